// One pass of the browser's sync, both ways: read what sync holds, merge what wins into this browser's database (one
// transaction), pack this browser's records within sync's limits, and write only what sync does not hold already,
// within the write rate. Two browsers that agree write nothing.
import type { LocalSide } from './local';
import { BROWSER_LIMITS, packRecords, quotaBytes, type SyncLimits } from './pack';
import { writeWait, type WriteLimits } from './pacing';
import { isOurItem, readSyncItems, sameRecord, travels, type SyncRecord } from './records';
import type { SyncStatus } from './status';

/** The browser's sync storage, as much of it as a pass uses. */
export interface SyncArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/** What the pass found: sync's state to show, or that the write must wait this long for the rate limits. */
export type PassOutcome = { status: SyncStatus } | { waitMs: number };

/**
 * `local`: this browser's saves (its database; a simulated browser's tables in tests). `writes`: when this worker wrote to
 * sync (the pass adds its own); a restarted worker starts afresh.
 */
export async function syncPass(
  local: LocalSide,
  sync: SyncArea,
  writes: number[],
  limits: WriteLimits,
  clock: () => number = Date.now,
): Promise<PassOutcome> {
  const now = clock();
  const stored = await sync.get(null);
  const arrived = readSyncItems(stored, now);
  await local.applyArriving(arrived.records.values(), now);
  const here = await local.readRecords(now);
  const packed = packRecords(
    [...here.values()].filter((record) => travels(record, now)),
    limitsBeside(stored),
  );
  if (!sameRecords(arrived.records, packed.carried)) {
    const stale = arrived.ourKeys.filter((key) => !(key in packed.items));
    const changed = Object.entries(packed.items).filter(
      ([key, records]) => JSON.stringify(stored[key]) !== JSON.stringify(records),
    );
    const ops = Number(stale.length > 0) + Number(changed.length > 0);
    const waitMs = writeWait(writes, ops, clock(), limits);
    if (waitMs > 0) return { waitMs };
    writes.push(...Array<number>(ops).fill(clock()));
    writes.splice(0, Math.max(0, writes.length - limits.perHour));
    // Removed first: until then the stale items still count against the quota.
    if (stale.length > 0) await sync.remove(stale);
    if (changed.length > 0) await sync.set(Object.fromEntries(changed));
  }
  const saves = (records: Iterable<SyncRecord>) => [...records].filter((record) => 'save' in record).length;
  return { status: { state: 'on', carried: saves(packed.carried), total: saves(here.values()) } };
}

/** Sync's limits less what other keys (another version's items, say) take. */
function limitsBeside(stored: Record<string, unknown>): SyncLimits {
  const others = Object.entries(stored).filter(([key]) => !isOurItem(key));
  const bytes = others.reduce((sum, [key, value]) => sum + quotaBytes(key) + quotaBytes(value), 0);
  return {
    ...BROWSER_LIMITS,
    totalBytes: BROWSER_LIMITS.totalBytes - bytes,
    items: BROWSER_LIMITS.items - others.length,
  };
}

/** Whether sync already carries exactly these records, however they are packed. */
function sameRecords(inSync: ReadonlyMap<string, SyncRecord>, carried: SyncRecord[]): boolean {
  return (
    inSync.size === carried.length &&
    carried.every((record) => {
      const there = inSync.get(record.key);
      return there !== undefined && sameRecord(there, record);
    })
  );
}
