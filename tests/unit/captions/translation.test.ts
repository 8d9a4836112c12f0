// The second line: YouTube's translation placed under the talk's lines by time, in both shapes YouTube gives (one cue
// per line, and cues split otherwise, without word timings); a quote's translation; the language a user starts with,
// and the list to choose from.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultSecondLanguage, languageChoices, youtubeLanguage } from '@/lib/captions/languages';
import { alignTranslation, quoteSpan, quoteTranslation } from '@/lib/captions/translation';
import type { CaptionLine } from '@/lib/model/captions';
import { captionLines, replicaTranslation } from '../../harness/captions';

const line = (start: number, end: number, text: string): CaptionLine => ({ start, end, text });
const lines = [
  line(1, 4, 'So when we think'),
  line(4, 7, 'about the platform'),
  line(7, 10, 'the question is how'),
  line(10, 13, 'the system behaves'),
];

describe("placing YouTube's translation under the talk's lines", () => {
  it('puts one cue under each line where YouTube keeps the lines as they are', () => {
    const cues = lines.map((each, at) => ({ ...each, text: `de ${at}` }));
    expect(alignTranslation(lines, cues)).toEqual(['de 0', 'de 1', 'de 2', 'de 3']);
  });

  it('puts a cue over two lines once, whole, under the line it shares most time with', () => {
    const cues = [
      line(1, 5, 'Also wenn wir über die Plattform nachdenken'),
      line(6.5, 13, 'ist die Frage, wie sich das System verhält'),
    ];
    expect(alignTranslation(lines, cues)).toEqual([
      'Also wenn wir über die Plattform nachdenken',
      '',
      'ist die Frage, wie sich das System verhält',
      '',
    ]);
  });

  it('joins two cues that fall within one line, in order, and places a cue between lines under the line before', () => {
    const cues = [line(7, 8.5, 'die Frage'), line(8.5, 10, 'ist wie'), line(30, 31, 'danach')];
    expect(alignTranslation(lines, cues)).toEqual(['', '', 'die Frage ist wie', 'danach']);
    expect(alignTranslation(lines, [line(0, 0.5, 'davor')])).toEqual(['davor', '', '', '']);
  });

  it("places every cue of the replica's automatic-track translation (two lines a cue) once, and no line gets another's words", () => {
    const track = captionLines({ quotes: [], automatic: true, duration: 300 });
    const cues = replicaTranslation(track, 'de', 2);
    const under = alignTranslation(track, cues);
    expect(under.filter(Boolean)).toEqual(cues.map((cue) => cue.text));
    under.forEach((text, at) => {
      if (text) expect(cues.find((cue) => cue.text === text)!.start).toBe(track[at]!.start);
    });
  });

  it('keeps every cue, whatever their times (a property)', () => {
    const cue = fc
      .tuple(fc.double({ min: 0, max: 20, noNaN: true }), fc.double({ min: 0, max: 5, noNaN: true }), fc.string())
      .map(([start, length, text]) => line(start, start + length, `<${text}>`));
    fc.assert(
      fc.property(fc.array(cue, { maxLength: 12 }), (cues) => {
        const under = alignTranslation(lines, cues).join(' ');
        for (const each of cues) expect(under).toContain(each.text);
      }),
    );
  });

  it('gives a quote the translated lines over the moment it is said, as many lines as its words', () => {
    const aligned = ['eins', 'zwei', 'drei', 'vier'];
    expect(quoteSpan(lines, 4, 'about the platform the question is how')).toEqual([1, 3]);
    expect(quoteTranslation(lines, aligned, 4, 'about the platform the question is how')).toBe('zwei drei');
    expect(quoteTranslation(lines, ['', 'zwei', '', ''], 4, 'about the platform the question is how')).toBe('zwei');
    expect(quoteTranslation(lines, aligned, 0.5, 'before any line')).toBe('');
  });
});

describe('the language of the second line', () => {
  it("spells the browser's languages as YouTube does", () => {
    expect(['de-AT', 'de', 'zh-CN', 'zh-TW', 'pt-BR', 'pt-PT', 'he', 'ja', 'es-419'].map(youtubeLanguage)).toEqual([
      'de',
      'de',
      'zh-Hans',
      'zh-Hant',
      'pt',
      'pt-PT',
      'iw',
      'ja',
      'es',
    ]);
  });

  it("is off for an English browser and the browser's own language otherwise", () => {
    expect(defaultSecondLanguage('en-US')).toBeNull();
    expect(defaultSecondLanguage('en-GB')).toBeNull();
    expect(defaultSecondLanguage('de')).toBe('de');
    expect(defaultSecondLanguage('zh-CN')).toBe('zh-Hans');
  });

  it("lists the browser's languages first, in its order, then every other language YouTube offers by name", () => {
    const offered = [
      { code: 'fr', name: 'French' },
      { code: 'de', name: 'German' },
      { code: 'en', name: 'English' },
      { code: 'ja', name: 'Japanese' },
      { code: 'af', name: 'Afrikaans' },
    ];
    const { yours, others } = languageChoices(offered, ['ja-JP', 'en-US', 'de', 'ko']);
    expect(yours.map((language) => language.code)).toEqual(['ja', 'de']);
    expect(others.map((language) => language.name)).toEqual(['Afrikaans', 'English', 'French']);
    const named = languageChoices(offered, ['de'], (code) => (code === 'de' ? 'Deutsch' : undefined));
    expect(named.yours).toEqual([{ code: 'de', name: 'Deutsch' }]);
  });
});
