// This browser's side of sync: its saves read as records, and records arriving from sync applied to its database by the
// merge rule (merge.ts).
import type { TalkDatabase } from '../../db/database';
import { localRecords, planMerge, type LocalSaves } from './merge';
import type { SyncRecord } from './records';

/** What a sync pass needs of a browser's saves: arriving records merged in, and then they as records. */
export interface LocalSide {
  /**
   * Merges arriving records in (in one transaction with reading what is here) and resolves with this browser's records
   * after it. Where nothing arriving wins, nothing is written.
   */
  merge(arriving: SyncRecord[], now: number): Promise<Map<string, SyncRecord>>;
}

/** The three tables, read at one moment (in the transaction running, or a read-only one of their own). */
const readTables = (db: TalkDatabase): Promise<LocalSaves> =>
  db.transaction('r', [db.saves, db.timings, db.tombstones], async () => {
    const [saves, timings, tombstones] = await Promise.all([
      db.saves.toArray(),
      db.timings.toArray(),
      db.tombstones.toArray(),
    ]);
    return { saves, timings, tombstones };
  });

export async function readLocalRecords(db: TalkDatabase, now = Date.now()): Promise<Map<string, SyncRecord>> {
  return localRecords(await readTables(db), now);
}

/**
 * Applies what beats this browser's own records, in one transaction with the reading, so a star made meanwhile is
 * never overwritten by an older copy. Forgets expired removals. A save removed takes its slide with it; a save made
 * in another browser is marked as having its slide there (planMerge). Resolves with how many records changed something.
 */
export function applyArriving(db: TalkDatabase, arriving: Iterable<SyncRecord>, now = Date.now()): Promise<number> {
  return db.transaction('rw', [db.saves, db.timings, db.tombstones, db.slides], async () => {
    const tables = await readTables(db);
    const plan = planMerge(tables, arriving, now);
    // Only real writes: an empty one still tells every view and the sync service that the saves changed.
    const unlessEmpty = <T>(rows: T[], write: (rows: T[]) => Promise<unknown>) =>
      rows.length > 0 ? write(rows) : undefined;
    await Promise.all([
      unlessEmpty(plan.putSaves, (rows) => db.saves.bulkPut(rows)),
      unlessEmpty(plan.putTimings, (rows) => db.timings.bulkPut(rows)),
      unlessEmpty(plan.deleteSaves, (ids) => db.saves.bulkDelete(ids)),
      unlessEmpty(plan.deleteSaves, (ids) => db.slides.bulkDelete(ids)),
      unlessEmpty(plan.deleteTimings, (ids) => db.timings.bulkDelete(ids)),
      unlessEmpty(plan.forgetTombstones, (keys) => db.tombstones.bulkDelete(keys)),
      unlessEmpty(plan.putTombstones, (rows) => db.tombstones.bulkPut(rows)),
    ]);
    return plan.changed;
  });
}

/**
 * This browser's database as a pass of sync sees it. A first read decides whether anything arriving wins at all (most
 * passes find nothing new); only then does the merge run, reading again in its own transaction, so a change made
 * between the two is merged with, never over.
 */
export const databaseSide = (db: TalkDatabase): LocalSide => ({
  async merge(arriving, now) {
    const tables = await readTables(db);
    if (isEmptyPlan(planMerge(tables, arriving, now))) return localRecords(tables, now);
    await applyArriving(db, arriving, now);
    return readLocalRecords(db, now);
  },
});

const isEmptyPlan = (plan: ReturnType<typeof planMerge>) =>
  Object.values(plan).every((part) => (Array.isArray(part) ? part.length === 0 : true)) && plan.changed === 0;
