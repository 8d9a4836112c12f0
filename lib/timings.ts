// The user's own timing for a quote without one: pinned to a playback moment, undoable. Where it ranks: lib/timeline.ts.
import type { Quote } from './corpus/types';
import type { OwnTiming, TalkDatabase } from './db';

export function pinTiming(db: TalkDatabase, quote: Quote, start: number): Promise<string> {
  return db.timings.put({ quoteId: quote.id, talkId: quote.talkId, start: Math.floor(start), pinnedAt: Date.now() });
}

export function unpinTiming(db: TalkDatabase, quoteId: string): Promise<void> {
  return db.timings.delete(quoteId);
}

export async function timingsOf(db: TalkDatabase, talkId: string): Promise<Map<string, number>> {
  const timings = await db.timings.where('talkId').equals(talkId).toArray();
  return new Map(timings.map((timing) => [timing.quoteId, timing.start]));
}

/** Adds imported timings for quotes the user has not timed here; their own timing here wins. */
export function mergeTimings(db: TalkDatabase, incoming: OwnTiming[]): Promise<number> {
  return db.transaction('rw', db.timings, async () => {
    const present = await db.timings.bulkGet(incoming.map((timing) => timing.quoteId));
    const fresh = incoming.filter((_, index) => !present[index]);
    await db.timings.bulkPut(fresh);
    return fresh.length;
  });
}
