// Keeps the browser's sync (`storage.sync`: Chrome Sync, Firefox Sync) a mirror of the saves here, and merges in what
// other browsers put there (lib/saves/sync/pass.ts). IndexedDB stays the truth: sync only ever adds to it by the merge
// rule, and a failing sync never touches it. Changes here, arrivals from sync, the switch and every start schedule a pass.
import { browser } from '#imports';
import Dexie from 'dexie';
import { db as extensionDb } from '../db/store';
import { touchesSaves } from '../saves/sync/changes';
import { WRITE_LIMITS } from '../saves/sync/pacing';
import { databaseSide } from '../saves/sync/local';
import { syncPass, type SyncArea } from '../saves/sync/pass';
import { isOurItem } from '../saves/sync/items';
import { writeSyncStatus, type SyncStatus } from '../saves/sync/status';
import { onSettingChange, settingOn } from '../settings';
import { createPassScheduler } from './pass-scheduler';

export const PACE = {
  /** A burst of stars within this is one write. */
  batchMs: 400,
  /** After sync refused or failed. */
  retryMs: 60_000,
  writes: WRITE_LIMITS,
};

export interface SavesSync {
  /** Resolves once no pass is due or running. */
  settled(): Promise<void>;
  /** Stops listening and scheduling (a test's teardown). */
  stop(): void;
}

export function registerSavesSyncService({
  db = extensionDb,
  sync = browser.storage.sync as SyncArea,
  pace = PACE,
} = {}): SavesSync {
  /** When this worker wrote to sync (a restarted one starts afresh; a limit hit then is retried like any failure). */
  const writes: number[] = [];
  const tell = statusTeller();
  const passes = createPassScheduler(async () => {
    try {
      if (!(await settingOn('syncEnabled'))) return await tell({ state: 'off' });
      const outcome = await syncPass(databaseSide(db), sync, writes, pace.writes);
      if ('waitMs' in outcome) return passes.schedule(outcome.waitMs);
      await tell(outcome.status);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      console.warn(`Talk Companion: sync failed (${reason}); trying again in a minute.`);
      await tell({ state: 'waiting', reason, retryAt: Date.now() + pace.retryMs }).catch(() => undefined);
      passes.schedule(pace.retryMs);
    }
  });

  // A change here (by the background's one writer, or a merge), an arrival from another browser, the switch, and every
  // start. Never returns false: Dexie stops its chain of listeners at one that does, and the views would hear of no change.
  const onSavesChanged = (parts: Record<string, unknown>) =>
    void (touchesSaves(parts) && passes.schedule(pace.batchMs));
  // An arrival is merged at once: one more arriving while a pass runs gets a pass after it, and a merge is the same
  // however it is split. (Gathering arrivals for 50 ms cost each one 50–80 ms: syncMergeMs 216–248 against 136–167.)
  const onSyncChanged = (changes: Record<string, unknown>, area: string) =>
    area === 'sync' && Object.keys(changes).some(isOurItem) && passes.schedule(0);
  Dexie.on('storagemutated', onSavesChanged);
  browser.storage.onChanged.addListener(onSyncChanged);
  const stopSetting = onSettingChange('syncEnabled', () => passes.schedule(0));
  passes.schedule(0);

  return {
    settled: passes.settled,
    stop() {
      passes.stop();
      Dexie.on('storagemutated').unsubscribe(onSavesChanged);
      browser.storage.onChanged.removeListener(onSyncChanged);
      stopSetting();
    },
  };
}

/** Writes sync's status only when it changes: every write reaches every context's storage listeners, YouTube's tabs among them. */
function statusTeller(): (status: SyncStatus) => Promise<void> {
  let shown = '';
  return async (status) => {
    if (JSON.stringify(status) === shown) return;
    await writeSyncStatus(status);
    shown = JSON.stringify(status);
  };
}
