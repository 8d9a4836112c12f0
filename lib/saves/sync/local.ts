// This browser's side of sync: its saves read as records, and records arriving from sync applied to its database by the
// merge rule (merge.ts).
import type { TalkDatabase } from '../../db/database';
import { localRecords, planMerge, type LocalSaves } from './merge';
import type { SyncRecord } from './records';

/** What a sync pass needs of a browser's saves: they as records, and arriving records merged in. */
export interface LocalSide {
  readRecords(now: number): Promise<Map<string, SyncRecord>>;
  /** Merges arriving records in, in one transaction with reading what is here; resolves with how many changed something. */
  applyArriving(arriving: Iterable<SyncRecord>, now: number): Promise<number>;
}

const readTables = async (db: TalkDatabase): Promise<LocalSaves> => {
  const [saves, timings, tombstones] = await Promise.all([
    db.saves.toArray(),
    db.timings.toArray(),
    db.tombstones.toArray(),
  ]);
  return { saves, timings, tombstones };
};

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

/** This browser's database as a pass of sync sees it. */
export const databaseSide = (db: TalkDatabase): LocalSide => ({
  readRecords: (now) => readLocalRecords(db, now),
  applyArriving: (arriving, now) => applyArriving(db, arriving, now),
});
