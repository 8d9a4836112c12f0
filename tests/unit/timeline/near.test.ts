import { describe, expect, it } from 'vitest';
import { buildCorpus } from '@/lib/corpus';
import {
  currentChapter,
  NEAR_WINDOW,
  nothingNear,
  quoteBeingSaid,
  quotesNear,
  quoteToSave,
  SAVE_REACH,
  speakingSeconds,
} from '@/lib/timeline/near';
import { timedQuotes, timelineOf } from '@/lib/timeline/timeline';
import { realSeeds } from '../seeds';

const corpus = buildCorpus(realSeeds());
const timed = timedQuotes(corpus.quotes, timelineOf(new Map(), undefined));
const first = corpus.quotes.find((quote) => quote.start === 2481)!;
const untimed = corpus.quotes.find((quote) => quote.start === null)!;
const firstEnds = 2481 + speakingSeconds(first.text);

describe('the current chapter', () => {
  it('is the last one that started', () => {
    expect(currentChapter(corpus.chapters, 0)?.start).toBe(0);
    expect(currentChapter(corpus.chapters, 35.9)?.start).toBe(0);
    expect(currentChapter(corpus.chapters, 36)?.start).toBe(36);
    expect(currentChapter(corpus.chapters, 1800)?.start).toBe(1770);
    expect(currentChapter(corpus.chapters, 2700)?.start).toBe(2088);
  });

  it('is none before the first chapter', () => {
    expect(currentChapter([{ start: 10 }], 5)).toBeUndefined();
  });
});

describe('quotes near now', () => {
  it('says a quote for about as long as its words take', () => {
    expect(speakingSeconds('one two three')).toBe(5);
    const words = first.text.split(/\s+/).length;
    expect(speakingSeconds(first.text)).toBe(Math.round(words / 2.5));
  });

  it('has the first quote being said at 41:30', () => {
    const near = quotesNear(timed, 41 * 60 + 30);
    expect(near.now.map((item) => item.quote.id)).toEqual([first.id]);
    expect(near.now[0]!.progress).toBeGreaterThan(0);
    expect(near.next).toEqual([]);
  });

  it('counts down to a quote within two minutes', () => {
    expect(quotesNear(timed, 2481 - 30).next).toMatchObject([{ quote: { id: first.id }, inSeconds: 30 }]);
    expect(quotesNear(timed, 2481 - NEAR_WINDOW - 1).next).toEqual([]);
  });

  it('keeps a quote as just said for two minutes after it ends', () => {
    expect(quotesNear(timed, firstEnds + 10).past).toMatchObject([{ quote: { id: first.id }, agoSeconds: 10 }]);
    expect(quotesNear(timed, firstEnds + NEAR_WINDOW + 1).past).toEqual([]);
  });

  it('shows nothing far from any quote, as at 0:20', () => {
    expect(quotesNear(timed, 20)).toEqual({ now: [], next: [], past: [] });
  });

  it('never places a quote without a time, unless the user timed it', () => {
    expect(timed.map((item) => item.quote.id)).toEqual([first.id]);
    const own = timedQuotes(corpus.quotes, timelineOf(new Map([[untimed.id, 600]]), undefined));
    expect(quotesNear(own, 605).now.map((item) => item.quote.id)).toEqual([untimed.id]);
  });
});

describe('the quote being said (what the card on the player shows)', () => {
  it('is the one quotesNear has first in "now", and none before it starts or after it ends', () => {
    expect(quoteBeingSaid(timed, 2481)?.quote.id).toBe(first.id);
    expect(quoteBeingSaid(timed, firstEnds - 1)?.quote.id).toBe(first.id);
    expect(quoteBeingSaid(timed, 2480)).toBeUndefined();
    expect(quoteBeingSaid(timed, firstEnds)).toBeUndefined();
  });

  it('is the earlier one where two overlap', () => {
    const both = timedQuotes(corpus.quotes, timelineOf(new Map([[untimed.id, 2485]]), undefined));
    expect(quoteBeingSaid(both, 2490)?.quote.id).toBe(first.id);
    expect(quoteBeingSaid([...both].reverse(), 2490)?.quote.id).toBe(quotesNear(both, 2490).now[0]!.quote.id);
  });
});

describe('the quote to save by key', () => {
  it('is the one being said now', () => {
    expect(quoteToSave(timed, 2490)?.quote.id).toBe(first.id);
  });

  it('else the nearest within a minute, before or after', () => {
    expect(quoteToSave(timed, 2481 - 45)?.quote.id).toBe(first.id);
    expect(quoteToSave(timed, firstEnds + 50)?.quote.id).toBe(first.id);
  });

  it('is none further away', () => {
    expect(quoteToSave(timed, 2481 - 61)).toBeUndefined();
    expect(quoteToSave(timed, firstEnds + 61)).toBeUndefined();
  });
});

describe('near now, at its edges', () => {
  // Quotes of 5 s each (two words say in less than the shortest saying): q10 at 10–15, q20 at 20–25, q30 at 30–35.
  const at = (id: string, start: number) => ({ quote: { id, text: 'two words' }, start });
  const three = [at('q30', 30), at('q10', 10), at('q20', 20)];
  const ids = (items: { quote: { id: string } }[]) => items.map((item) => item.quote.id);

  it('says a quote from its first second to just before its end, with how far through it is', () => {
    expect(ids(quotesNear([at('a', 10)], 10).now)).toEqual(['a']);
    expect(quotesNear([at('a', 10)], 12).now[0]!.progress).toBeCloseTo(0.4);
    expect(quotesNear([at('a', 10)], 15).now).toEqual([]);
    expect(ids(quotesNear([at('a', 10)], 15).past)).toEqual(['a']);
    expect(quotesNear([at('a', 10)], 9.5).now).toEqual([]);
  });

  it('counts down to a quote exactly two minutes away, and keeps one said exactly two minutes ago', () => {
    expect(quotesNear([at('a', 200)], 200 - NEAR_WINDOW).next).toMatchObject([{ inSeconds: NEAR_WINDOW }]);
    expect(quotesNear([at('a', 10)], 15 + NEAR_WINDOW).past).toMatchObject([{ agoSeconds: NEAR_WINDOW }]);
    expect(quotesNear([at('a', 10)], 10).next).toEqual([]);
  });

  it('orders what is said now and next by start, and what was just said latest first', () => {
    expect(ids(quotesNear(three, 0).next)).toEqual(['q10', 'q20', 'q30']);
    expect(ids(quotesNear(three, 100).past)).toEqual(['q30', 'q20', 'q10']);
    const overlapping = [at('late', 12), at('early', 10)];
    expect(ids(quotesNear(overlapping, 13).now)).toEqual(['early', 'late']);
  });

  it('tells when nothing is near', () => {
    expect(nothingNear(quotesNear(three, 500))).toBe(true);
    expect(nothingNear(quotesNear([at('past', 0), at('now', 10)], 12))).toBe(false);
    expect(nothingNear(quotesNear([at('now', 10), at('next', 20)], 12))).toBe(false);
    expect(nothingNear(quotesNear(three, 12))).toBe(false);
    expect(nothingNear(quotesNear(three, 100))).toBe(false);
    expect(nothingNear(quotesNear(three, 0))).toBe(false);
  });

  it('has the first of two quotes starting together being said, as quotesNear lists it', () => {
    const together = [at('first', 10), at('second', 10)];
    expect(quoteBeingSaid(together, 11)?.quote.id).toBe('first');
    expect(quoteBeingSaid([at('later', 12), at('earlier', 10)], 13)?.quote.id).toBe('earlier');
  });

  it('saves by key the quote being said, the one that began first where two overlap', () => {
    expect(quoteToSave([at('first', 10), at('second', 12)], 13)?.quote.id).toBe('first');
  });

  it('saves by key the nearest of several, a minute away at most', () => {
    expect(quoteToSave(three, 18)?.quote.id).toBe('q20'); // 3 s after q10 ends, 2 s before q20 starts
    expect(quoteToSave(three, 16)?.quote.id).toBe('q10');
    expect(quoteToSave([at('a', 100)], 100 - SAVE_REACH)?.quote.id).toBe('a');
    expect(quoteToSave([at('a', 10)], 15 + SAVE_REACH)?.quote.id).toBe('a');
    expect(quoteToSave([at('a', 100)], 100 - SAVE_REACH - 1)).toBeUndefined();
  });

  it("counts a quote's words however they are spaced", () => {
    const words = (count: number) => Array.from({ length: count }, (_, n) => `w${n}`);
    expect(speakingSeconds(words(14).join(' '))).toBe(6);
    expect(speakingSeconds(words(12).join(' '))).toBe(5);
    expect(speakingSeconds(`  ${words(12).join('  \n ')}  `)).toBe(5);
  });

  it('takes the chapter that started last, in whatever order the chapters come', () => {
    expect(currentChapter([{ start: 50 }, { start: 0 }, { start: 20 }], 30)?.start).toBe(20);
    expect(currentChapter([{ start: 20 }, { start: 0 }], 30)?.start).toBe(20);
    const same = [
      { start: 20, title: 'a' },
      { start: 20, title: 'b' },
    ];
    expect(currentChapter(same, 25)?.title).toBe('b');
  });
});
