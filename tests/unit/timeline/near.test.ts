import { describe, expect, it } from 'vitest';
import { buildCorpus } from '@/lib/corpus';
import { currentChapter, NEAR_WINDOW, quoteBeingSaid, quotesNear, quoteToSave, speakingSeconds } from '@/lib/timeline/near';
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
