// Where each quote and each save sits on the talk's timeline, for every view, the card, the marks, the keys and the
// exports. The one precedence rule: the user's own timing, then the published time, then the captions' placement.
import type { PlacedQuote } from '../model/talk';
import { alignQuote, timedWords } from './align';
import type { CaptionLine, Placement, StoredTranscript } from '../model/captions';
import type { Quote } from '../model/corpus';

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
 * Where quotes sit: built once from everything that places them, so no one who asks can leave an input out. Every view,
 * the background (for the card, the marks and the keys) and the exports ask it.
 */
export interface Timeline {
  /** Where a quote (or a save of one) sits, given the time the corpus publishes for it. */
  startOf(quoteId: string, published: number | null): QuoteStart;
}

/** `ownTimings`: the user's own, quote id → second; `captions`: the kept transcript, whose placements place the quotes. */
export function timelineOf(
  ownTimings: ReadonlyMap<string, number>,
  captions: Pick<StoredTranscript, 'placements'> | undefined,
): Timeline {
  const placed = new Map(
    Object.entries(captions?.placements ?? {}).map(([quoteId, placement]) => [quoteId, placement.start]),
  );
  return { startOf: (quoteId, published) => quoteStart(published, ownTimings.get(quoteId), placed.get(quoteId)) };
}

/**
 * The rule: the user's own timing wins, then the corpus's published time, then where the captions place it; else
 * nowhere ("time unknown"). A published time the captions contradict stays, with what they say beside it.
 */
function quoteStart(published: number | null, own: number | undefined, placed: number | undefined): QuoteStart {
  if (own !== undefined) return { start: own, own: true, fromCaptions: false };
  if (published !== null) {
    const disagree = placed !== undefined && Math.abs(placed - published) > CAPTIONS_DISAGREE_SECONDS;
    return { start: published, own: false, fromCaptions: false, ...(disagree && { captionsSay: placed }) };
  }
  return placed === undefined
    ? { start: null, own: false, fromCaptions: false }
    : { start: placed, own: false, fromCaptions: true };
}

/** What the timeline needs of a quote: which one, and its words (how long it takes to say). */
export type QuoteLike = Pick<Quote, 'id' | 'text'>;

/** A quote placed on the timeline. */
export interface TimedQuote<Q extends QuoteLike = Quote> {
  quote: Q;
  start: number;
}

/** The quotes that have a place, in the corpus's order; the others are left out. */
export function timedQuotes(quotes: Quote[], timeline: Timeline): TimedQuote[] {
  return quotes.flatMap((quote) => {
    const { start } = timeline.startOf(quote.id, quote.start);
    return start === null ? [] : [{ quote, start }];
  });
}

/** The talk's quotes that have a place, as the talk's page gets them. */
export function placedQuotes(quotes: Quote[], timeline: Timeline): PlacedQuote[] {
  return quotes.flatMap((quote) => {
    const { start, own, fromCaptions } = timeline.startOf(quote.id, quote.start);
    if (start === null) return [];
    return [
      {
        id: quote.id,
        text: quote.text,
        speaker: quote.speaker,
        start,
        ...(own ? { timing: 'own' as const } : fromCaptions && { timing: 'captions' as const }),
      },
    ];
  });
}

/** Placed quotes on the timeline, for the rules that ask what is said when (lib/timeline/near.ts). */
export const onTimeline = (placed: PlacedQuote[]): TimedQuote<PlacedQuote>[] =>
  placed.map((quote) => ({ quote, start: quote.start }));

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
