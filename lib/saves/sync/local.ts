// This browser's side of sync: its saves read as records, and records arriving from sync applied to its database.
import type { TalkDatabase } from '../../db/database';
import { quoteIdOfKey, TOMBSTONE_MS, type SavedKind } from '../tombstones';
import { localRecords, recordsToApply } from './merge';
import type { SyncRecord } from './records';

export async function readLocalRecords(db: TalkDatabase, now = Date.now()): Promise<Map<string, SyncRecord>> {
  const [saves, timings, tombstones] = await Promise.all([db.saves.toArray(), db.timings.toArray(), db.tombstones.toArray()]);
  return localRecords(saves, timings, tombstones, now);
}

/**
 * Applies what beats this browser's own records, in one transaction with the reading, so a star made meanwhile is
 * never overwritten by an older copy. Forgets expired removals. Resolves with how many records changed something.
 */
export function applyArriving(db: TalkDatabase, arriving: Iterable<SyncRecord>, now = Date.now()): Promise<number> {
  return db.transaction('rw', [db.saves, db.timings, db.tombstones], async () => {
    const expired = await db.tombstones.filter((tombstone) => tombstone.removedAt < now - TOMBSTONE_MS).primaryKeys();
    const changes = recordsToApply(await readLocalRecords(db, now), arriving);
    const removals = changes.filter((record) => 'removed' in record);
    const removedIds = (kind: SavedKind) => removals.flatMap((record) => quoteIdOfKey(kind, record.key) ?? []);
    // Only real writes: an empty one still tells every view and the sync service that the saves changed.
    const unlessEmpty = <T>(rows: T[], write: (rows: T[]) => Promise<unknown>) => (rows.length > 0 ? write(rows) : undefined);
    const keptKeys = changes.filter((record) => !('removed' in record)).map((record) => record.key);
    await Promise.all([
      unlessEmpty(changes.flatMap((record) => ('save' in record ? [record.save] : [])), (rows) => db.saves.bulkPut(rows)),
      unlessEmpty(changes.flatMap((record) => ('timing' in record ? [record.timing] : [])), (rows) => db.timings.bulkPut(rows)),
      unlessEmpty(removedIds('f'), (ids) => db.saves.bulkDelete(ids)),
      unlessEmpty(removedIds('t'), (ids) => db.timings.bulkDelete(ids)),
      unlessEmpty([...expired, ...keptKeys], (keys) => db.tombstones.bulkDelete(keys)),
      unlessEmpty(removals.map((record) => ({ key: record.key, removedAt: record.at })), (rows) => db.tombstones.bulkPut(rows)),
    ]);
    return changes.length;
  });
}
