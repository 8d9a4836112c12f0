// Every form timedtext serves, read into lines of the talk's words; anything else says why, never throws.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCaptions } from '@/lib/captions/parse';

const fixture = (name: string) => readFileSync(resolve('tests/fixtures/captions', name), 'utf8');
const MANUAL = [
  { start: 0, end: 2.4, text: 'Welcome to BUILD, everyone.' },
  { start: 2.4, end: 5.5, text: "I'm Mark Russinovich, CTO of Azure & here with Ion." },
  { start: 5.5, end: 8.4, text: "Let's talk about 12:50 and Lean on Coq." },
];

describe('reading a caption track', () => {
  it.each(['manual.json3', 'manual.vtt', 'manual.srv1'])(
    'reads a manual track served as %s into the same lines',
    (name) => {
      const parsed = parseCaptions(fixture(name));
      expect(parsed).toEqual({ ok: true, lines: MANUAL });
    },
  );

  it.each(['automatic.json3', 'automatic.srv3'])(
    'reads an automatic track (%s) without its newline events, each line ending as the next begins',
    (name) => {
      const parsed = parseCaptions(fixture(name));
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      expect(parsed.lines.map((line) => line.text)).toEqual([
        'welcome to build everyone',
        "i'm mark russinovich cto of azure",
        expect.stringMatching(/^let's talk about (twelve fifty|1250) and lean on coke$/),
      ]);
      expect(parsed.lines.map((line) => [line.start, line.end])).toEqual([
        [0.16, 2.4],
        [2.4, 5.5],
        [5.5, 8.4],
      ]);
    },
  );

  it.each([
    ['an empty body', '', /empty/],
    ['a body cut off mid-way', fixture('truncated.json3'), /damaged/],
    ['a track with no words', fixture('no-words.json3'), /no words/],
    ['an HTML error page', '<!doctype html><title>Error 404</title>', /does not read/],
    ['JSON without events', '{"error": "pot required"}', /no events/],
  ])('gives "captions unavailable" with a reason for %s', (_, body, reason) => {
    const parsed = parseCaptions(body);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reason).toMatch(reason);
  });
});
