// The corpus quotes placed by the captions: found despite what automatic tracks do to speech, and never invented.
import { describe, expect, it } from 'vitest';
import { alignQuote, matchWords, timedWords } from '@/lib/timeline/align';
import { parseCaptions } from '@/lib/captions/parse';
import { captionLines, json3 } from '../../harness/captions';
import { realTalk } from '../seeds';

const { timed, untimed } = realTalk();
const FIRST_AT = 40 * 60 + 5;
const SECOND_AT = 23 * 60 + 40;

function trackWith(
  automatic: boolean,
  quotes = [
    { text: timed.text, at: FIRST_AT },
    { text: untimed.text, at: SECOND_AT },
  ],
) {
  const parsed = parseCaptions(json3(captionLines({ quotes, automatic }), automatic));
  if (!parsed.ok) throw new Error(parsed.reason);
  return timedWords(parsed.lines);
}

describe('placing a quote by the captions', () => {
  it.each([false, true])('finds both quotes where they are said (automatic track: %s)', (automatic) => {
    const captions = trackWith(automatic);
    const first = alignQuote(timed.text, captions)!;
    const second = alignQuote(untimed.text, captions)!;
    expect(Math.abs(first.start - FIRST_AT)).toBeLessThanOrEqual(2);
    expect(Math.abs(second.start - SECOND_AT)).toBeLessThanOrEqual(2);
    expect(first.confidence).toBeGreaterThan(automatic ? 0.6 : 0.9);
    expect(second.confidence).toBeGreaterThan(automatic ? 0.6 : 0.9);
  });

  it('reads "12:50" in the quote as the "1250" an automatic track writes', () => {
    expect(untimed.text).toContain('12:50');
    expect(matchWords(untimed.text)).toContain('1250');
    expect(trackWith(true).words).toContain('1250');
  });

  it('claims nothing for a quote the captions do not hold', () => {
    const captions = trackWith(true, [{ text: timed.text, at: FIRST_AT }]);
    expect(alignQuote(untimed.text, captions)).toBeUndefined();
    expect(
      alignQuote('Cooking pasta at home in ten minutes is easy when the water boils first.', captions),
    ).toBeUndefined();
  });

  it('claims nothing from an empty transcript', () => {
    expect(alignQuote(timed.text, timedWords([]))).toBeUndefined();
  });
});

describe('the rule of placing, word by word', () => {
  /** One caption line per second from 0, each of one word: word n is said at second n. */
  const said = (text: string) => timedWords(text.split(' ').map((word, n) => ({ start: n, end: n + 1, text: word })));

  it('matches words in lower case, without apostrophes, digits run together, punctuation out', () => {
    expect(matchWords("Don’t STOP: at 12:50, it's 3.5 hours")).toEqual([
      'dont',
      'stop',
      'at',
      '1250',
      'its',
      '35',
      'hours',
    ]);
    expect(matchWords('!!! —')).toEqual([]);
  });

  it('times each word of a line evenly across the line, and indexes every pair of neighbours once', () => {
    const captions = timedWords([
      { start: 10, end: 14, text: 'a b c d' },
      { start: 20, end: 21, text: '...' },
      { start: 30, end: 31, text: 'a b' },
    ]);
    expect(captions.words).toEqual(['a', 'b', 'c', 'd', 'a', 'b']);
    expect([...captions.times]).toEqual([10, 11, 12, 13, 30, 30.5]);
    expect([...captions.pairs]).toEqual([
      ['a b', [0, 4]],
      ['b c', [1]],
      ['c d', [2]],
      ['d a', [3]],
    ]);
  });

  it('claims nothing for a quote of one word', () =>
    expect(alignQuote('platform', said('the platform is'))).toBeUndefined());

  it('places a two-word quote where it is said, sure of it', () =>
    expect(alignQuote('platform is', said('the platform is here'))).toEqual({ start: 1, confidence: 1 }));

  it('begins at the earliest pair found, stepped back over the words before it; never before the captions', () => {
    // "a b" is said at 0 and at 3, "c d" at 6: the quote begins at 0, not at the second "a b".
    expect(alignQuote('a b c d', said('a b x a b y c d'))).toEqual({ start: 0, confidence: 0.67 });
    expect(alignQuote('it all a b c', said('a b c'))).toEqual({ start: 0, confidence: 0.5 });
  });

  it('counts pairs up to 12 words apart as one placement, not 13', () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `f${i}`).join(' ');
    // "w3 w4" begins 12 words after "w1 w2" would have the quote begin: one placement, two of three pairs.
    expect(alignQuote('w1 w2 w3 w4', said(`w1 w2 ${filler(12)} w3 w4`))).toEqual({ start: 0, confidence: 0.67 });
    expect(alignQuote('w1 w2 w3 w4', said(`w1 w2 ${filler(13)} w3 w4`))).toEqual({ start: 0, confidence: 0.33 });
  });

  it('claims a place from 3 pairs of 10 (30 %), not from fewer', () => {
    const quote = 'a b c d e f g h i j k';
    expect(alignQuote(quote, said('x a b c d y'))).toEqual({ start: 1, confidence: 0.3 });
    expect(alignQuote(quote, said('x a b c y'))).toBeUndefined();
  });

  it('ignores a pair said more than 12 times in the talk; the first of 12 places it', () => {
    const repeated = (times: number) =>
      Array.from(
        { length: times },
        (_, i) => `of the ${Array.from({ length: 20 }, (_, j) => `w${i}x${j}`).join(' ')}`,
      ).join(' ');
    expect(alignQuote('of the matter', said(repeated(13)))).toBeUndefined();
    expect(alignQuote('of the matter', said(repeated(12)))).toEqual({ start: 0, confidence: 0.5 });
  });
});
