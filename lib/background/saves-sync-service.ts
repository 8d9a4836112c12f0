// Keeps the browser's sync (`storage.sync`: Chrome Sync, Firefox Sync) a mirror of the saves here, and merges in what
// other browsers put there. IndexedDB stays the truth: sync only ever adds to it by the merge rule, and a failing sync
// never touches it. One pass does both directions; changes here and arrivals from sync schedule one.
import { browser } from '#imports';
import Dexie from 'dexie';
import { onMessage } from '../messaging';
import { touchesSaves } from '../saves/sync/changes';
import { applyArriving, readLocalRecords } from '../saves/sync/local';
import { BROWSER_LIMITS, packRecords, quotaBytes, type SyncLimits } from '../saves/sync/pack';
import { WRITE_LIMITS, writeWait } from '../saves/sync/pacing';
import { isOurItem, readSyncItems, sameRecord, travels, type SyncRecord } from '../saves/sync/records';
import { writeSyncStatus, type SyncStatus } from '../saves/sync/status';
import { onSettingChange, settingOn } from '../settings';
import { db as extensionDb } from '../db/store';

export const PACE = {
  /** A burst of stars within this is one write. */
  batchMs: 400,
  /** After sync refused or failed. */
  retryMs: 60_000,
  writes: WRITE_LIMITS,
};

type SyncArea = Pick<typeof browser.storage.sync, 'get' | 'set' | 'remove'>;

export interface SavesSync {
  /** Resolves once no pass is due or running. */
  settled(): Promise<void>;
  /** Stops listening and scheduling (a test's teardown). */
  stop(): void;
}

export function registerSavesSyncService({ db = extensionDb, sync = browser.storage.sync as SyncArea, pace = PACE } = {}): SavesSync {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dueAt = Infinity;
  let stopped = false;
  let running: Promise<void> | undefined;
  let again = false;
  /** When this worker wrote to sync (a restarted one starts afresh; a limit hit then is retried like any failure). */
  const writes: number[] = [];
  // Written only when it changes: every write reaches every context's storage listeners, YouTube's tabs among them.
  let statusShown = '';
  const tell = async (status: SyncStatus) => {
    if (JSON.stringify(status) === statusShown) return;
    await writeSyncStatus(status);
    statusShown = JSON.stringify(status);
  };

  const schedule = (delay: number) => {
    if (stopped || Date.now() + delay >= dueAt) return;
    clearTimeout(timer);
    dueAt = Date.now() + delay;
    timer = setTimeout(run, delay);
  };

  function run(): void {
    dueAt = Infinity;
    timer = undefined;
    if (running) return void (again = true);
    running = pass()
      .catch(async (error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        console.warn(`Talk Companion: sync failed (${reason}); trying again in a minute.`);
        await tell({ state: 'waiting', reason, retryAt: Date.now() + pace.retryMs }).catch(() => undefined);
        schedule(pace.retryMs);
      })
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          schedule(0);
        }
      });
  }

  async function pass(): Promise<void> {
    if (!(await settingOn('syncEnabled'))) return tell({ state: 'off' });
    const now = Date.now();
    const stored = (await sync.get(null)) as Record<string, unknown>;
    const arrived = readSyncItems(stored, now);
    await applyArriving(db, arrived.records.values(), now);
    const local = await readLocalRecords(db, now);
    const packed = packRecords([...local.values()].filter((record) => travels(record, now)), limitsBeside(stored));
    if (!sameRecords(arrived.records, packed.carried)) {
      const stale = arrived.ourKeys.filter((key) => !(key in packed.items));
      const changed = Object.entries(packed.items).filter(([key, records]) => JSON.stringify(stored[key]) !== JSON.stringify(records));
      const ops = Number(stale.length > 0) + Number(changed.length > 0);
      const wait = writeWait(writes, ops, Date.now(), pace.writes);
      if (wait > 0) return schedule(wait);
      writes.push(...Array<number>(ops).fill(Date.now()));
      writes.splice(0, Math.max(0, writes.length - pace.writes.perHour));
      // Removed first: until then the stale items still count against the quota.
      if (stale.length > 0) await sync.remove(stale);
      if (changed.length > 0) await sync.set(Object.fromEntries(changed));
    }
    const saves = (records: Iterable<SyncRecord>) => [...records].filter((record) => 'save' in record).length;
    await tell({ state: 'on', carried: saves(packed.carried), total: saves(local.values()) });
  }

  // A change here (in any view, the card, a merge), an arrival from another browser, the switch, and every start.
  // Never returns false: Dexie stops its chain of listeners at one that does, and the views would hear of no change.
  const onSavesChanged = (parts: Record<string, unknown>) => void (touchesSaves(parts) && schedule(pace.batchMs));
  const onSyncChanged = (changes: Record<string, unknown>, area: string) => area === 'sync' && Object.keys(changes).some(isOurItem) && schedule(50);
  Dexie.on('storagemutated', onSavesChanged);
  browser.storage.onChanged.addListener(onSyncChanged);
  const stops = [onMessage('savesChanged', () => schedule(pace.batchMs)), onSettingChange('syncEnabled', () => schedule(0))];
  schedule(0);

  return {
    async settled() {
      while (running || dueAt !== Infinity) await (running ?? new Promise((resolve) => setTimeout(resolve, Math.max(0, dueAt - Date.now()) + 1)));
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      dueAt = Infinity;
      Dexie.on('storagemutated').unsubscribe(onSavesChanged);
      browser.storage.onChanged.removeListener(onSyncChanged);
      stops.forEach((stop) => stop());
    },
  };
}

/** Sync's limits less what other keys (another version's items, say) take. */
function limitsBeside(stored: Record<string, unknown>): SyncLimits {
  const others = Object.entries(stored).filter(([key]) => !isOurItem(key));
  const bytes = others.reduce((sum, [key, value]) => sum + quotaBytes(key) + quotaBytes(value), 0);
  return { ...BROWSER_LIMITS, totalBytes: BROWSER_LIMITS.totalBytes - bytes, items: BROWSER_LIMITS.items - others.length };
}

/** Whether sync already carries exactly these records, however they are packed. */
function sameRecords(inSync: ReadonlyMap<string, SyncRecord>, carried: SyncRecord[]): boolean {
  return inSync.size === carried.length && carried.every((record) => {
    const there = inSync.get(record.key);
    return there !== undefined && sameRecord(there, record);
  });
}
