// The transcript to take away, each format read back the way other tools read it: SRT and WebVTT by well-kept
// parsers, the text and Markdown line by line.
import { createRequire } from 'node:module';
import SrtParser from 'srt-parser-2';
import { describe, expect, it } from 'vitest';
import type { CaptionLine } from '@/lib/model/captions';
import { toMarkdown, toSrt, toText, toWebVtt, transcriptFile } from '@/lib/captions/exports';
import { realTalk } from '../seeds';

const webvtt = createRequire(import.meta.url)('node-webvtt') as {
  parse(
    text: string,
    options?: { strict?: boolean },
  ): { valid: boolean; cues: { start: number; end: number; text: string }[] };
};
const { corpus, talk } = realTalk();
const chapters = corpus.chapters.filter((chapter) => chapter.talkId === talk.id).sort((a, b) => a.start - b.start);

// Lines as captions give them, with what would trip a format up: markup characters, "-->", a line break, an hour.
const lines: CaptionLine[] = [
  { start: 1, end: 4, text: 'So when we think about the platform' },
  { start: 40.25, end: 43.5, text: 'formal proofs & <specs> --> code' },
  { start: 1800, end: 1803, text: 'confidential computing,\nacross regions' },
  { start: 3725.5, end: 3725.5, text: 'the end *is* near [really]' },
];

describe('the transcript as subtitles', () => {
  it('is SRT that a parser reads back line for line, with the times', () => {
    const cues = new SrtParser().fromSrt(toSrt(lines));
    expect(cues.map((cue) => [cue.startSeconds, cue.text])).toEqual([
      [1, lines[0]!.text],
      [40.25, lines[1]!.text],
      [1800, 'confidential computing, across regions'],
      [3725.5, lines[3]!.text],
    ]);
    expect(cues[0]!.startTime).toBe('00:00:01,000');
    expect(cues[3]!.endSeconds).toBeGreaterThan(cues[3]!.startSeconds);
  });

  it('is WebVTT that a strict parser accepts, its markup characters escaped', () => {
    const parsed = webvtt.parse(toWebVtt(lines), { strict: true });
    expect(parsed.valid).toBe(true);
    expect(parsed.cues.map((cue) => cue.start)).toEqual([1, 40.25, 1800, 3725.5]);
    expect(parsed.cues[1]!.text).toBe('formal proofs &amp; &lt;specs&gt; --&gt; code');
    expect(parsed.cues[2]!.text).toBe('confidential computing, across regions');
  });
});

describe("the transcript with its second line (YouTube's translation) under each line", () => {
  // A translation under the first two lines and the last; none under the third, as where no cue falls.
  const second = [
    'Also wenn wir über die Plattform nachdenken',
    'formale Beweise & <Spezifikationen>',
    '',
    'das Ende *ist* nah',
  ];

  it('is SRT with both lines in each cue, read back by a parser', () => {
    const cues = new SrtParser().fromSrt(toSrt(lines, second));
    expect(cues.map((cue) => cue.text)).toEqual([
      `${lines[0]!.text}\n${second[0]}`,
      `${lines[1]!.text}\n${second[1]}`,
      'confidential computing, across regions',
      `${lines[3]!.text}\n${second[3]}`,
    ]);
    expect(cues.map((cue) => cue.startSeconds)).toEqual([1, 40.25, 1800, 3725.5]);
  });

  it('is WebVTT with both lines in each cue, escaped, that a strict parser accepts', () => {
    const parsed = webvtt.parse(toWebVtt(lines, second), { strict: true });
    expect(parsed.valid).toBe(true);
    expect(parsed.cues[0]!.text).toBe(`${lines[0]!.text}\n${second[0]}`);
    expect(parsed.cues[1]!.text).toBe(
      'formal proofs &amp; &lt;specs&gt; --&gt; code\nformale Beweise &amp; &lt;Spezifikationen&gt;',
    );
    expect(parsed.cues[2]!.text).toBe('confidential computing, across regions');
  });

  it('is text and Markdown with the translation under each line it has', () => {
    expect(toText(lines, second).split('\n').slice(0, 3)).toEqual([
      '[0:01] So when we think about the platform',
      '    Also wenn wir über die Plattform nachdenken',
      '[0:40] formal proofs & <specs> --> code',
    ]);
    const markdown = toMarkdown(talk, chapters, lines, 'QwC-J2KFTrM', second).split('\n');
    const first = markdown.findIndex((item) => item.includes('So when we think'));
    expect(markdown[first]).toMatch(/So when we think about the platform\\$/);
    expect(markdown[first + 1]).toBe('  Also wenn wir über die Plattform nachdenken');
    expect(markdown).toContain('  das Ende \\*ist\\* nah');
    expect(markdown.some((item) => item.endsWith('across regions\\'))).toBe(false);
  });
});

describe('the transcript as notes', () => {
  it('is plain text, each line with its time', () => {
    expect(toText(lines).split('\n')).toEqual([
      '[0:01] So when we think about the platform',
      '[0:40] formal proofs & <specs> --> code',
      '[30:00] confidential computing, across regions',
      '[1:02:05] the end *is* near [really]',
      '',
    ]);
  });

  it('is Markdown: title, speakers and link first, the chapters as headings, each line linked to its moment', () => {
    const markdown = toMarkdown(talk, chapters, lines, 'QwC-J2KFTrM').split('\n');
    expect(markdown[0]).toBe('# Distributed systems to AI platforms with Mark Russinovich & Ion Stoica');
    expect(markdown).toContain('Speakers: Mark Russinovich, Ion Stoica');
    expect(markdown).toContain('Watch: <https://www.youtube.com/watch?v=QwC-J2KFTrM>');
    // The chapters the lines fall in: the first two, security at 29:30, and the last.
    const holding = (seconds: number) => chapters.filter((chapter) => chapter.start <= seconds).at(-1)!.title;
    expect(markdown.filter((line) => line.startsWith('## '))).toEqual(
      [1, 40.25, 1800, 3725.5].map((seconds) => `## ${holding(seconds)}`),
    );
    expect(markdown).toContain(
      '- [0:40](https://www.youtube.com/watch?v=QwC-J2KFTrM&t=40s) formal proofs & \\<specs\\> --\\> code',
    );
    expect(markdown).toContain(
      '- [1:02:05](https://www.youtube.com/watch?v=QwC-J2KFTrM&t=3725s) the end \\*is\\* near \\[really\\]',
    );
  });

  it('is a file named for the talk', () => {
    expect(transcriptFile('srt', talk, chapters, lines, 'QwC-J2KFTrM').name).toBe(
      'BRK227 Distributed systems to AI platforms with Mark Russinovich Ion Stoica transcript.srt',
    );
    // Read from no known video: the talk's own link, and the lines without links of their own.
    const unlinked = transcriptFile('md', talk, chapters, lines, null).text;
    expect(unlinked).toContain('Watch: <https://www.youtube.com/watch?v=QwC-J2KFTrM>');
    expect(unlinked).toContain('\n- 0:40 formal proofs');
  });
});

describe('the transcript files, exactly as written', () => {
  const two: CaptionLine[] = [
    { start: 1, end: 4, text: '  So when we think \n about it ' },
    { start: 40.25, end: 43.5, text: 'formal proofs' },
  ];

  it('SRT: cues numbered from 1, a blank line between them, the text on one line', () =>
    expect(toSrt(two)).toBe(
      '1\n00:00:01,000 --> 00:00:04,000\nSo when we think about it\n\n2\n00:00:40,250 --> 00:00:43,500\nformal proofs\n',
    ));

  it('Markdown: one blank line between the head, each chapter heading and its lines', () => {
    const [first, second] = chapters;
    const next = { start: second!.start + 1, end: second!.start + 2, text: 'next' };
    const markdown = toMarkdown(talk, [first!, second!], [two[0]!, next], null);
    expect(markdown).toBe(
      [
        '# Distributed systems to AI platforms with Mark Russinovich & Ion Stoica',
        '',
        'Speakers: Mark Russinovich, Ion Stoica',
        'Watch: <https://www.youtube.com/watch?v=QwC-J2KFTrM>',
        '',
        `## ${first!.title}`,
        '',
        '- 0:01 So when we think about it',
        '',
        `## ${second!.title}`,
        '',
        `- ${Math.floor((second!.start + 1) / 60)}:${String((second!.start + 1) % 60).padStart(2, '0')} next`,
        '',
      ].join('\n'),
    );
  });

  it('each format with its type', () => {
    const file = (format: 'srt' | 'vtt' | 'txt' | 'md') => transcriptFile(format, talk, chapters, two, null);
    expect(file('srt')).toMatchObject({ type: 'application/x-subrip', text: toSrt(two) });
    expect(file('vtt')).toMatchObject({ type: 'text/vtt', text: toWebVtt(two) });
    expect(file('txt')).toMatchObject({ type: 'text/plain', text: toText(two) });
    expect(file('md')).toMatchObject({ type: 'text/markdown', text: toMarkdown(talk, chapters, two, null) });
    expect(new Set(['srt', 'vtt', 'txt', 'md'].map((format) => file(format as 'srt').name)).size).toBe(4);
  });
});

describe('the Markdown transcript, at its edges', () => {
  const [, second] = chapters;
  const line = (start: number, text: string) => ({ start, end: start + 1, text });

  it('heads each chapter once, and gives lines before the first chapter no heading', () => {
    const markdown = toMarkdown(
      talk,
      [second!],
      [line(1, 'before'), line(second!.start, 'one'), line(second!.start + 2, 'two')],
      null,
    );
    expect(markdown.split('\n').filter((row) => row.startsWith('## '))).toEqual([`## ${second!.title}`]);
    expect(markdown).toContain('- 0:01 before\n\n## ');
  });

  it('names no speakers when the talk has none, and links a search for it when no video is known', () => {
    const markdown = toMarkdown({ ...talk, speakers: [], videoIds: [] }, chapters, [line(1, 'words')], null);
    expect(markdown.split('\n').slice(0, 4)).toEqual([
      '# Distributed systems to AI platforms with Mark Russinovich & Ion Stoica',
      '',
      expect.stringMatching(/^Watch: </),
      '',
    ]);
    expect(markdown).toContain(
      'Watch: <https://www.youtube.com/results?search_query=Distributed%20systems%20to%20AI%20platforms%20with%20Mark%20Russinovich%20%26%20Ion%20Stoica%20BRK227>',
    );
  });
});
