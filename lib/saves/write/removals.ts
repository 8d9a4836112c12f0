// Removals remembered (and forgotten when the user saves again), so sync does not bring back what was removed here.
import type { TalkDatabase } from '../../db/database';
import { savedKey, type SavedKind } from '../tombstones';

/** Call inside a transaction that includes `db.tombstones`. */
export function remember(db: TalkDatabase, kind: SavedKind, quoteId: string, at = Date.now()): Promise<string> {
  return db.tombstones.put({ key: savedKey(kind, quoteId), removedAt: at });
}

/** The user saved these again here: their old removals no longer apply. */
export function forget(db: TalkDatabase, kind: SavedKind, quoteIds: string[]): Promise<void> {
  return db.tombstones.bulkDelete(quoteIds.map((id) => savedKey(kind, id)));
}
