// Where each quote and each save sits on the talk's timeline, for every view, the card, the marks, the keys and the
// exports. The one precedence rule: the user's own timing, then the published time, then the captions' placement.
import { alignQuote, timedWords, type Placement } from './align';
import type { CaptionLine } from '../captions/parse';
import type { Quote } from '../corpus/types';
import type { StoredTranscript } from '../db/database';

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
 * Where a quote sits: the user's own timing wins, then the corpus's published time, then where the captions place
 * it; else nowhere ("time unknown"). A published time the captions contradict stays, with what they say beside it.
 */
export function quoteStart(
  publishedStart: number | null,
  quoteId: string,
  ownTimings: ReadonlyMap<string, number>,
  captions: ReadonlyMap<string, number> = new Map(),
): QuoteStart {
  const own = ownTimings.get(quoteId);
  const placed = captions.get(quoteId);
  if (own !== undefined) return { start: own, own: true, fromCaptions: false };
  if (publishedStart !== null) {
    const disagree = placed !== undefined && Math.abs(placed - publishedStart) > CAPTIONS_DISAGREE_SECONDS;
    return { start: publishedStart, own: false, fromCaptions: false, ...(disagree && { captionsSay: placed }) };
  }
  return placed === undefined ? { start: null, own: false, fromCaptions: false } : { start: placed, own: false, fromCaptions: true };
}

/** What the timeline needs of a quote: which one, and its words (how long it takes to say). */
export type QuoteLike = Pick<Quote, 'id' | 'text'>;

/** A quote placed on the timeline. */
export interface TimedQuote<Q extends QuoteLike = Quote> {
  quote: Q;
  start: number;
}

/** The quotes that have a place by the precedence rule, in the corpus's order; the others are left out. */
export function timedQuotes<Q extends QuoteLike & Pick<Quote, 'start'>>(
  quotes: Q[],
  ownTimings: ReadonlyMap<string, number> = new Map(),
  captions: ReadonlyMap<string, number> = new Map(),
): TimedQuote<Q>[] {
  return quotes.flatMap((quote) => {
    const { start } = quoteStart(quote.start, quote.id, ownTimings, captions);
    return start === null ? [] : [{ quote, start }];
  });
}

/** Where the kept captions place a talk's quotes, as quote id → start. */
export function captionStarts(transcript: Pick<StoredTranscript, 'placements'> | undefined): Map<string, number> {
  return new Map(Object.entries(transcript?.placements ?? {}).map(([quoteId, placement]) => [quoteId, placement.start]));
}

/** Places each quote the captions say (quote id → start and confidence); a quote they do not say has no entry. */
export function placeQuotes(quotes: QuoteLike[], lines: CaptionLine[]): Record<string, Placement> {
  const words = timedWords(lines);
  const placements: Record<string, Placement> = {};
  for (const quote of quotes) {
    const placed = alignQuote(quote.text, words);
    if (placed) placements[quote.id] = placed;
  }
  return placements;
}

/** The caption line being said at `time`: the last to start at or before it (-1 before the first). */
export function lineAt(lines: Pick<CaptionLine, 'start'>[], time: number): number {
  let low = 0;
  let high = lines.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (lines[middle]!.start <= time) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** A mark on the seek bar: a quote at its place, or a save (a starred quote, a starred caption line). */
export interface Mark {
  id: string;
  start: number;
  text: string;
  speaker: string;
  saved: boolean;
  /** Whose the start is when not the published time. */
  timing?: 'own' | 'captions';
}

/** The marks of a talk in time order: its placed quotes (saved or not), then the caption lines the user saved. */
export function marksOf(placed: Omit<Mark, 'saved'>[], saved: ReadonlySet<string>, savedLines: Omit<Mark, 'saved'>[] = []): Mark[] {
  const marks = [...placed.map((quote) => ({ ...quote, saved: saved.has(quote.id) })), ...savedLines.map((line) => ({ ...line, saved: true }))];
  return marks.sort((a, b) => a.start - b.start);
}

/** Marks closer than this to where playback is count as "here": the next one is after them, the previous before. */
const HERE_SECONDS = 1;

/** The start of the next mark after `time`, or of the one before it; undefined at either end. */
export function markBeside(marks: Pick<Mark, 'start'>[], time: number, direction: 'next' | 'previous'): number | undefined {
  const starts = marks.map((item) => item.start);
  return direction === 'next' ? starts.find((start) => start > time + HERE_SECONDS) : starts.findLast((start) => start < time - HERE_SECONDS);
}
