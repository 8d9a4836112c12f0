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

  it('reads an automatic track as YouTube served it (json3, recorded 2025): its window event and newline-only events left out', () => {
    // tests/fixtures/captions/README.md: a real body's first 80 s, in YouTube's own layout. Its newline events carry
    // no duration at times, and its words are punctuated: automatic tracks are, since 2025.
    const parsed = parseCaptions(fixture('asr-recorded-2025.json3'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.lines.slice(0, 4)).toEqual([
      { start: 12.42, end: 15.58, text: '[Music]' },
      { start: 26, end: 27.96, text: "What you're seeing and hearing is the" },
      { start: 27.96, end: 32, text: 'Canate 354. before a wonderful marriage' },
      { start: 32, end: 35.77, text: 'of technology and traditional' },
    ]);
    expect(parsed.lines).toHaveLength(23);
    expect(parsed.lines.every((line) => line.text.trim() !== '' && line.end > line.start)).toBe(true);
    expect(parsed.lines.at(-1)).toMatchObject({ start: 78.54, text: '[Music]' });
  });

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

describe('reading a caption track, at the edges of each form', () => {
  const lines = (body: string) => {
    const parsed = parseCaptions(body);
    if (!parsed.ok) throw new Error(parsed.reason);
    return parsed.lines;
  };
  const json3 = (events: object[]) => JSON.stringify({ events });

  it('after a byte-order mark and blank lines', () => {
    expect(lines('\uFEFF\n  WEBVTT\n\n00:01.000 --> 00:02.000\nhello')).toEqual([{ start: 1, end: 2, text: 'hello' }]);
    expect(lines(`\uFEFF${json3([{ tStartMs: 0, dDurationMs: 1000, segs: [{ utf8: 'hi' }] }])}`)).toHaveLength(1);
  });

  it('srv3 and srv1 with an XML declaration on its own line; neither when the tag is not first', () => {
    expect(
      lines(
        '<?xml version="1.0" encoding="utf-8" ?>\n<timedtext format="3"><body><p t="1500" d="500">so</p></body></timedtext>',
      ),
    ).toEqual([{ start: 1.5, end: 2, text: 'so' }]);
    expect(lines('<?xml version="1.0"?>\n<transcript><text start="2.5" dur="1">well</text></transcript>')).toEqual([
      { start: 2.5, end: 3.5, text: 'well' },
    ]);
    for (const body of [
      'Not captions <timedtext><p t="0">x</p></timedtext>',
      'Not captions <?xml version="1.0"?><timedtext><p t="0">x</p></timedtext>',
      'Nor <?xml version="1.0"?><transcript><text start="0">x</text></transcript>',
      'Nor <transcript><text start="0">x</text></transcript>',
    ])
      expect(parseCaptions(body)).toEqual({
        ok: false,
        reason: 'the caption track is in a form this extension does not read',
      });
  });

  it('a paragraph or text without its time is left out, the rest kept', () => {
    expect(lines('<timedtext><body><p d="500">lost</p><p t="1000" d="500">kept</p></body></timedtext>')).toEqual([
      { start: 1, end: 1.5, text: 'kept' },
    ]);
    expect(lines('<transcript><text dur="1">lost</text><text start="3" dur="1">kept</text></transcript>')).toEqual([
      { start: 3, end: 4, text: 'kept' },
    ]);
  });

  it("without markup: srv1's tags, escaped twice, are taken out", () =>
    expect(
      lines(
        '<transcript><text start="0" dur="1">&amp;lt;font color=&amp;quot;#E5E5E5&amp;quot;&amp;gt;loud&amp;lt;/font&amp;gt; words</text></transcript>',
      ),
    ).toEqual([{ start: 0, end: 1, text: 'loud words' }]));

  it('every entity: named, decimal, hexadecimal either case; a code point that is none stays as written', () =>
    expect(
      lines(
        '<timedtext><body><p t="0" d="1000">&amp; &lt; &gt; &quot; &apos; a&nbsp;b &#9786; &#x263A; &#X263a; &#0; &#x110000; &#x10FFFF; &bogus;</p></body></timedtext>',
      )[0]!.text,
    ).toBe('& < > " \' a b ☺ ☺ ☺ &#0; &#x110000; \u{10FFFF} &bogus;'));

  it('WebVTT: hours, minutes and seconds; a cue ends at a blank line, or a line of spaces, or the end of the file', () =>
    expect(
      lines('WEBVTT\n\n01:02:03.500 --> 01:02:05.000\nfirst\nsecond\n   \nnot a cue\n\n02:03.250 --> 02:04.000\nlast'),
    ).toEqual([
      { start: 123.25, end: 124, text: 'last' },
      { start: 3723.5, end: 3725, text: 'first second' },
    ]));

  it('tidied: in time order, blank, negative and untimed lines out, spaces made one, no line ending before it starts', () =>
    expect(
      lines(
        json3([
          { tStartMs: 9000, dDurationMs: 1000, segs: [{ utf8: 'later' }] },
          { tStartMs: 1000, dDurationMs: 1000, segs: [{ utf8: '  two\n' }, {}, { utf8: '  words ' }] },
          { tStartMs: 4000, dDurationMs: 0, segs: [{ utf8: 'no length' }] },
          { tStartMs: -1000, dDurationMs: 500, segs: [{ utf8: 'before the start' }] },
          { tStartMs: 5000, dDurationMs: 500, segs: [{ utf8: ' \n ' }] },
          { dDurationMs: 500, segs: [{ utf8: 'no time' }] },
          { tStartMs: '7000', dDurationMs: 500, segs: [{ utf8: 'a time as text' }] },
          { tStartMs: 8000, dDurationMs: 500, segs: [{ utf8: 'a\uFEFFb' }] },
        ]),
      ),
    ).toEqual([
      { start: 1, end: 2, text: 'two words' },
      { start: 4, end: 6, text: 'no length' },
      { start: 8, end: 8.5, text: 'a b' },
      { start: 9, end: 10, text: 'later' },
    ]));
});
