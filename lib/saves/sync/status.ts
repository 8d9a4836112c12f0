// What sync is doing, as the background last found it, kept in this browser's storage for the views to show.
import { browser } from '#imports';

export type SyncStatus =
  | { state: 'off' }
  /** Sync carries `carried` of the `total` saves here (all of them unless full). */
  | { state: 'on'; carried: number; total: number }
  /** The browser's sync refused or failed; the background tries again from `retryAt`. */
  | { state: 'waiting'; reason: string; retryAt: number };

const KEY = 'savesSyncStatus';

export async function readSyncStatus(): Promise<SyncStatus | undefined> {
  return (await browser.storage.local.get(KEY))[KEY] as SyncStatus | undefined;
}

export function writeSyncStatus(status: SyncStatus): Promise<void> {
  return browser.storage.local.set({ [KEY]: status });
}

/** Calls back whenever the status changes; returns the unsubscribe. */
export function onSyncStatusChange(callback: (status: SyncStatus) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes[KEY]?.newValue) callback(changes[KEY].newValue as SyncStatus);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
