// The one rule of where a quote or a save sits: the user's own timing, then the published time, then the captions.
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '@/lib/corpus';
import { markBeside, marksOf } from '@/lib/timeline/marks';
import {
  CAPTIONS_DISAGREE_SECONDS,
  lineAt,
  onTimeline,
  placedQuotes,
  placeQuotes,
  timedQuotes,
  timelineOf,
} from '@/lib/timeline/timeline';
import { captionsPlacing, realSeeds } from '../seeds';

const corpus = buildCorpus(realSeeds());
const published = corpus.quotes.find((quote) => quote.start !== null)!;
const untimed = corpus.quotes.find((quote) => quote.start === null)!;
const none = new Map<string, number>();
const startOf = (quote: typeof published, own: Map<string, number>, captions: Record<string, number> = {}) =>
  timelineOf(own, captionsPlacing(captions)).startOf(quote.id, quote.start);

describe('where a quote sits', () => {
  it("is the user's own timing first, over a published time and over the captions", () => {
    const own = new Map([
      [published.id, 100],
      [untimed.id, 200],
    ]);
    const captions = { [published.id]: 2400, [untimed.id]: 1420 };
    expect(startOf(published, own, captions)).toEqual({ start: 100, own: true, fromCaptions: false });
    expect(startOf(untimed, own, captions)).toEqual({ start: 200, own: true, fromCaptions: false });
  });

  it('is the published time next, with what the captions say beside it only when they contradict it', () => {
    const far = { [published.id]: published.start! - CAPTIONS_DISAGREE_SECONDS - 1 };
    const near = { [published.id]: published.start! - CAPTIONS_DISAGREE_SECONDS };
    expect(startOf(published, none, far)).toEqual({ start: 2481, own: false, fromCaptions: false, captionsSay: 2465 });
    expect(startOf(published, none, near)).toEqual({ start: 2481, own: false, fromCaptions: false });
  });

  it("is the captions' place for a quote without a published time, and nowhere without one", () => {
    expect(startOf(untimed, none, { [untimed.id]: 1420 })).toEqual({ start: 1420, own: false, fromCaptions: true });
    expect(startOf(untimed, none)).toEqual({ start: null, own: false, fromCaptions: false });
    expect(timelineOf(none, undefined).startOf(untimed.id, null)).toEqual({
      start: null,
      own: false,
      fromCaptions: false,
    });
  });

  it('leaves out of the timeline the quotes that have no place', () => {
    expect(
      timedQuotes(corpus.quotes, timelineOf(none, undefined)).map(({ quote, start }) => [quote.id, start]),
    ).toEqual([[published.id, 2481]]);
    const placed = timedQuotes(corpus.quotes, timelineOf(none, captionsPlacing({ [untimed.id]: 1420 })));
    expect(placed.map(({ quote, start }) => [quote.id, start])).toEqual([
      [published.id, 2481],
      [untimed.id, 1420],
    ]);
  });

  it('puts placed quotes on the timeline at their place', () => {
    const placed = placedQuotes(corpus.quotes, timelineOf(none, captionsPlacing({ [untimed.id]: 1420 })));
    expect(onTimeline(placed).map(({ quote, start }) => [quote.id, start])).toEqual([
      [published.id, 2481],
      [untimed.id, 1420],
    ]);
  });

  it("tells the talk's page whose each place is: the user's, the captions', or the published time", () => {
    const byCaptions = placedQuotes(corpus.quotes, timelineOf(none, captionsPlacing({ [untimed.id]: 1420 })));
    expect(byCaptions.map(({ id, start, timing }) => [id, start, timing])).toEqual([
      [published.id, 2481, undefined],
      [untimed.id, 1420, 'captions'],
    ]);
    const byUser = placedQuotes(
      corpus.quotes,
      timelineOf(new Map([[untimed.id, 600]]), captionsPlacing({ [untimed.id]: 1420 })),
    );
    expect(byUser.map(({ id, start, timing }) => [id, start, timing])).toEqual([
      [published.id, 2481, undefined],
      [untimed.id, 600, 'own'],
    ]);
  });
});

describe('the captions placing the quotes', () => {
  it('finds a quote where the captions say it, and none they do not say', () => {
    const words = untimed.text.split(' ');
    const lines = [
      { start: 10, end: 13, text: 'something else entirely, said before' },
      ...Array.from({ length: Math.ceil(words.length / 8) }, (_, index) => ({
        start: 1420 + index * 3,
        end: 1423 + index * 3,
        text: words.slice(index * 8, index * 8 + 8).join(' '),
      })),
    ];
    const placements = placeQuotes([published, untimed], lines);
    expect(Object.keys(placements)).toEqual([untimed.id]);
    expect(placements[untimed.id]!.start).toBe(1420);
  });

  it('says which line is being said: the last to start at or before the moment', () => {
    const lines = [{ start: 1 }, { start: 4 }, { start: 7 }];
    expect([0, 1, 3.9, 4, 100].map((time) => lineAt(lines, time))).toEqual([-1, 0, 0, 1, 2]);
    expect(lineAt([], 5)).toBe(-1);
  });
});

describe('the marks of a talk', () => {
  const quote = (id: string, start: number) => ({ id, start, text: `words of ${id}`, speaker: 'Ion Stoica' });
  const marks = marksOf([quote('b', 2481), quote('a', 1420)], new Set(['b']), [{ ...quote('line', 601), speaker: '' }]);

  it('are the placed quotes and the saved caption lines, in time order, saves marked', () => {
    expect(marks.map(({ id, start, saved }) => [id, start, saved])).toEqual([
      ['line', 601, true],
      ['a', 1420, false],
      ['b', 2481, true],
    ]);
  });

  it('lead the keys to the next and the previous one, passing the one playback is at', () => {
    expect(markBeside(marks, 0, 'next')).toBe(601);
    expect(markBeside(marks, 601, 'next')).toBe(1420);
    expect(markBeside(marks, 1420.4, 'previous')).toBe(601);
    expect(markBeside(marks, 2481, 'next')).toBeUndefined();
    expect(markBeside(marks, 601, 'previous')).toBeUndefined();
    expect(markBeside([], 50, 'next')).toBeUndefined();
  });

  it('count a mark within a second of playback as here: the next is more than a second ahead, the previous more than one behind', () => {
    expect(markBeside([{ start: 11 }], 10, 'next')).toBeUndefined();
    expect(markBeside([{ start: 11.5 }], 10, 'next')).toBe(11.5);
    expect(markBeside([{ start: 9 }], 10, 'previous')).toBeUndefined();
    expect(markBeside([{ start: 8.5 }], 10, 'previous')).toBe(8.5);
  });

  it('are the placed quotes alone when no caption line is saved', () => {
    expect(marksOf([quote('a', 5)], new Set()).map(({ id, saved }) => [id, saved])).toEqual([['a', false]]);
  });
});
