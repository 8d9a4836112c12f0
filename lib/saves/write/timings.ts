// The user's own timing for a quote without one: pinned to a playback moment, undoable. Where it ranks:
// lib/timeline/timeline.ts.
import type { OwnTiming } from '../../model/save';
import type { TalkDatabase } from '../../db/database';
import { forget, remember } from './removals';
import { KIND } from '../tombstones';

/** Pins a quote of the talk to a second; resolves with whether it did (not for a quote the talk lacks). */
export function pinTiming(
  db: TalkDatabase,
  talkId: string,
  quoteId: string,
  start: number,
  now = Date.now(),
): Promise<boolean> {
  return db.transaction('rw', [db.timings, db.tombstones, db.talks], async () => {
    if (!(await db.talks.get(talkId))?.quotes.some((quote) => quote.id === quoteId)) return false;
    await db.timings.put({ quoteId, talkId, start: Math.floor(start), pinnedAt: now, changedAt: now });
    await forget(db, KIND.timing, [quoteId]);
    return true;
  });
}

/** Takes the user's timing back; the removal is remembered for sync. */
export function unpinTiming(db: TalkDatabase, quoteId: string): Promise<void> {
  return db.transaction('rw', [db.timings, db.tombstones], async () => {
    await db.timings.delete(quoteId);
    await remember(db, KIND.timing, quoteId);
  });
}

/** Adds imported timings for quotes the user has not timed here; their own timing here wins. */
export function mergeTimings(
  db: TalkDatabase,
  incoming: Omit<OwnTiming, 'changedAt'>[],
  now = Date.now(),
): Promise<number> {
  return db.transaction('rw', [db.timings, db.tombstones], async () => {
    const present = await db.timings.bulkGet(incoming.map((timing) => timing.quoteId));
    const fresh = incoming.filter((_, index) => !present[index]).map((timing) => ({ ...timing, changedAt: now }));
    await db.timings.bulkPut(fresh);
    await forget(
      db,
      KIND.timing,
      fresh.map((timing) => timing.quoteId),
    );
    return fresh.length;
  });
}
