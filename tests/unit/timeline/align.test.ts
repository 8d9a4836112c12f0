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
