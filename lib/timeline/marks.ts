// The marks of a talk on the seek bar, and the keys that move between them: its placed quotes and the user's saves.
import type { PlacedQuote } from '../model/talk';

/** A mark on the seek bar: a quote at its place, or a save (a starred quote, a starred caption line). */
export interface Mark extends PlacedQuote {
  saved: boolean;
}

/** The marks of a talk in time order: its placed quotes (saved or not), then the caption lines the user saved. */
export function marksOf(placed: PlacedQuote[], saved: ReadonlySet<string>, savedLines: PlacedQuote[] = []): Mark[] {
  const marks = [
    ...placed.map((quote) => ({ ...quote, saved: saved.has(quote.id) })),
    ...savedLines.map((line) => ({ ...line, saved: true })),
  ];
  return marks.sort((a, b) => a.start - b.start);
}

/** Marks closer than this to where playback is count as "here": the next one is after them, the previous before. */
const HERE_SECONDS = 1;

/** The start of the next mark after `time`, or of the one before it; undefined at either end. */
export function markBeside(
  marks: Pick<Mark, 'start'>[],
  time: number,
  direction: 'next' | 'previous',
): number | undefined {
  const starts = marks.map((item) => item.start);
  return direction === 'next'
    ? starts.find((start) => start > time + HERE_SECONDS)
    : starts.findLast((start) => start < time - HERE_SECONDS);
}
