// One pass of the browser's sync, both ways: read what sync holds, merge what wins into this browser's database (one
// transaction), pack this browser's records within sync's limits, and write only what sync does not hold already,
// within the write rate. Two browsers that agree write nothing.
import type { LocalSide } from './local';
import { BROWSER_LIMITS, keyBytes, packRecords, quotaBytes, type Packed, type SyncLimits } from './pack';
import { writeWait, type WriteLimits } from './pacing';
import { isOurItem, readSyncItems } from './items';
import { sameRecord, travels, type HeldBack, type SyncRecord } from './records';
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
  const here = await local.merge([...arrived.records.values()], now);
  const packed = packKeepingRemovals(
    [...here.values()].filter((record) => travels(record, now)),
    arrived.records,
    limitsBeside(stored),
    arrived.heldBack,
  );
  if (
    !sameRecords(arrived.records, packed.carried) ||
    JSON.stringify(arrived.heldBack) !== JSON.stringify(packed.heldBack)
  ) {
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

/**
 * Packs this browser's records, keeping every removal sync carries for a key whose newer save here is held back: dropped,
 * the browsers still holding the removal would write it back, and this one drop it again, for ever. Sync then carries
 * the removal while the newer save stays in this browser, as any save held back does. Each round only adds removals,
 * which come first, so it ends within as many rounds as there are such keys (in practice one or two).
 */
function packKeepingRemovals(
  records: SyncRecord[],
  inSync: ReadonlyMap<string, SyncRecord>,
  limits: SyncLimits,
  heldBack: HeldBack | undefined,
): Packed {
  const kept = new Map<string, SyncRecord>();
  const removedHere = new Set(records.filter((record) => 'removed' in record).map((record) => record.key));
  for (;;) {
    const packed = packRecords([...records, ...kept.values()], limits, heldBack);
    const carried = new Set(packed.carried.map((record) => record.key));
    const dropped = [...inSync.values()].filter(
      (record) =>
        'removed' in record && !carried.has(record.key) && !kept.has(record.key) && !removedHere.has(record.key),
    );
    if (dropped.length === 0) return packed;
    for (const removal of dropped) kept.set(removal.key, removal);
  }
}

/** Sync's limits less what other keys (another version's items, say) take. */
function limitsBeside(stored: Record<string, unknown>): SyncLimits {
  const others = Object.entries(stored).filter(([key]) => !isOurItem(key));
  const bytes = others.reduce((sum, [key, value]) => sum + keyBytes(key) + quotaBytes(value), 0);
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
