// What a save, an own timing and a slide from outside (an import file, another browser's sync) must be to be taken,
// field by field at the edges of its kind (tests/unit/kinds.ts).
import { describe, expect, it } from 'vitest';
import { isFileSlide, isWholeSave, isWholeTiming, noteProblem } from '@/lib/saves/checks';
import { expectFields, id, moment, oneOf, orAbsent, orNull, words, type Kind } from '../kinds';

const save = {
  quoteId: 'brk227-x/1234',
  talkId: 'brk227-x',
  savedAt: 1_780_000_000_000,
  text: 'Words.',
  speaker: 'Ion Stoica',
  talkTitle: 'Distributed systems to AI platforms',
  videoId: 'QwC-J2KFTrM',
  start: 600,
};
/** A note: up to 2,000 characters, none too. */
const note: Kind = { takes: ['', 'x'.repeat(2000)], refuses: ['x'.repeat(2001), 5, null] };
/** A YouTube video's id: eleven letters, digits, - and _. */
const videoId: Kind = {
  takes: ['QwC-J2KFTrM', 'a_b-0123456'],
  refuses: ['QwC-J2KFTr', 'QwC-J2KFTrMx', 'QwC J2KFTrM', '', 5, ['QwC-J2KFTrM']],
};

describe('a save from outside', () => {
  it('is taken only when each field is of its kind', () =>
    expectFields(isWholeSave, save, {
      quoteId: id,
      talkId: id,
      savedAt: moment,
      text: words(20_000),
      source: orAbsent(oneOf('captions')),
      speaker: id,
      talkTitle: words(500),
      videoId: { takes: [null, ...videoId.takes], refuses: [undefined, ...videoId.refuses] },
      start: orNull(moment),
      note: orAbsent(note),
      noteAt: orAbsent(moment),
    }));

  it('goes without a speaker only when it is a line of the captions, which name none', () => {
    expect(isWholeSave({ ...save, source: 'captions', speaker: '' })).toBe(true);
    expectFields(isWholeSave, { ...save, source: 'captions' }, { speaker: { takes: ['', 'a'], refuses: [null, 5] } });
    expect(isWholeSave({ ...save, speaker: '' })).toBe(false);
  });
});

it('an own timing from outside is taken only when each field is of its kind', () =>
  expectFields(
    isWholeTiming,
    { quoteId: 'brk227-x/1234', talkId: 'brk227-x', start: 600, pinnedAt: 1_780_000_000_000 },
    { quoteId: id, talkId: id, start: moment, pinnedAt: moment },
  ));

describe('a slide from an export file', () => {
  const jpeg = (base64: string) => `data:image/jpeg;base64,${base64}`;
  const slide = { quoteId: 'brk227-x/1234', time: 600, image: jpeg('/9j/4AAQ'), width: 1280, height: 720 };
  /** A side of the image: a whole number of pixels, 1 to 4096. */
  const side: Kind = { takes: [1, 4096], refuses: [0, 4097, 1.5, '640', null, undefined] };

  it('is taken only as a JPEG data URL of at most 4,000,000 characters, of a sensible size', () =>
    expectFields(isFileSlide, slide, {
      quoteId: id,
      time: moment,
      width: side,
      height: side,
      image: {
        takes: [jpeg('AA=='), jpeg('+/09az'), jpeg('A'.repeat(4_000_000 - jpeg('').length))],
        refuses: [
          jpeg('A'.repeat(4_000_001 - jpeg('').length)),
          jpeg(''),
          'data:image/png;base64,AAAA',
          ` ${jpeg('AAAA')}`,
          `${jpeg('AAAA')}!`,
          jpeg('AA=A'),
          jpeg('AA AA'),
          `${jpeg('AAAA')}\n<script>`,
          5,
          undefined,
        ],
      },
    }));
});

describe("a note's problem", () => {
  it('is none up to 2,000 characters, the empty note too', () => {
    expect(noteProblem('')).toBeUndefined();
    expect(noteProblem('x'.repeat(2000))).toBeUndefined();
  });

  it('says how long it may be and how long it is, and that nothing was cut', () =>
    expect(noteProblem('x'.repeat(12_345))).toBe(
      'A note holds at most 2,000 characters; this one has 12,345. Nothing was cut: shorten it to save it.',
    ));

  it('is that a note is plain text, when it is anything else', () => {
    for (const value of [5, null, undefined, ['x']]) expect(noteProblem(value)).toBe('A note is plain text.');
  });
});
