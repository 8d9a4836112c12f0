// The user's own timing for a quote without one: pinned to a playback moment, synced like the others, undoable.
import type { Quote } from './corpus/types';
import type { OwnTiming, TalkDatabase } from './db';

/** A published time the captions place further away than this is shown beside where they place it. */
export const CAPTIONS_DISAGREE_SECONDS = 15;

export interface QuoteStart {
  start: number | null;
  /** The start is the user's own timing. */
  own: boolean;
  /** The start is where the captions place a quote the corpus gives no time ("≈"). */
  fromCaptions: boolean;
  /** Where the captions place a quote whose published time they contradict. */
  captionsSay?: number;
}

/**
 * Where a quote sits on the timeline: the user's own timing wins, then the corpus's published time, then where the
 * captions place it; else nowhere ("time unknown").
 */
export function quoteStart(
  corpusStart: number | null,
  quoteId: string,
  ownTimings: ReadonlyMap<string, number>,
  captions: ReadonlyMap<string, number> = new Map(),
): QuoteStart {
  const own = ownTimings.get(quoteId);
  const placed = captions.get(quoteId);
  if (own !== undefined) return { start: own, own: true, fromCaptions: false };
  if (corpusStart !== null) {
    const disagree = placed !== undefined && Math.abs(placed - corpusStart) > CAPTIONS_DISAGREE_SECONDS;
    return { start: corpusStart, own: false, fromCaptions: false, ...(disagree && { captionsSay: placed }) };
  }
  return placed === undefined ? { start: null, own: false, fromCaptions: false } : { start: placed, own: false, fromCaptions: true };
}

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
