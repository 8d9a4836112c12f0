// The talk as one Markdown note: front matter a YAML parser reads, the chapters as headings with the saves under
// them, their notes kept literal, timestamped links, and the user's own timings marked.
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { saveOf } from '@/lib/saves/write/saves';
import { talkFileName } from '@/lib/corpus/talk';
import { talkNote } from '@/lib/saves/talk-note';
import { saveTranslation } from '@/lib/captions/translation';
import { timelineOf } from '@/lib/timeline/timeline';
import { captionsPlacing, realTalk } from '../seeds';

const { corpus, talk, timed, untimed } = realTalk();
const chapters = corpus.chapters.filter((chapter) => chapter.talkId === talk.id).sort((a, b) => a.start - b.start);
const line = {
  ...saveOf(timed, talk, 3),
  quoteId: `${talk.id}/captions/QwC-J2KFTrM@6010`,
  text: 'we spent years on locality',
  speaker: '',
  start: 601,
  source: 'captions' as const,
};
const saves = [{ ...saveOf(timed, talk, 1), note: '# Ask Ion\n- about Lean' }, saveOf(untimed, talk, 2), line];
const note = (own = new Map<string, number>(), captions: Record<string, number> = {}) =>
  talkNote({
    talk,
    chapters,
    saves,
    timeline: timelineOf(own, captionsPlacing(captions)),
    savedOn: new Date('2026-12-01T09:00:00Z'),
  });

const frontMatter = (markdown: string) =>
  parse(/^---\n([\s\S]*?)\n---\n/.exec(markdown)![1]!) as Record<string, unknown>;
const headings = (markdown: string) => markdown.split('\n').filter((text) => text.startsWith('## '));

describe('the talk as a note', () => {
  it('opens with front matter: title, event, speakers, the day saved and the link', () => {
    expect(frontMatter(note())).toEqual({
      title: 'Distributed systems to AI platforms with Mark Russinovich & Ion Stoica',
      event: 'Microsoft Build 2026',
      speakers: ['Mark Russinovich', 'Ion Stoica'],
      saved: '2026-12-01',
      link: 'https://www.youtube.com/watch?v=QwC-J2KFTrM',
    });
  });

  it('puts each save under its chapter in time order, the untimed one last, with links to the moment', () => {
    const markdown = note();
    const chapterOf = (seconds: number) => `## ${chapters.filter((chapter) => chapter.start <= seconds).at(-1)!.title}`;
    expect(headings(markdown)).toEqual([chapterOf(601), chapterOf(2481), '## Time unknown']);
    expect(markdown).toContain('— from the captions, [10:01](https://www.youtube.com/watch?v=QwC-J2KFTrM&t=601s)');
    expect(markdown).toContain('— Ion Stoica, [41:21](https://www.youtube.com/watch?v=QwC-J2KFTrM&t=2481s)');
    expect(markdown).toContain('— Ion Stoica, time unknown');
  });

  it('keeps notes as written, their Markdown made literal so they stay under their quote', () => {
    expect(note()).toContain(
      '— Ion Stoica, [41:21](https://www.youtube.com/watch?v=QwC-J2KFTrM&t=2481s)\n\n\\# Ask Ion\n\\- about Lean\n',
    );
    expect(headings(note())).not.toContain('# Ask Ion');
  });

  it("marks the user's own timing, and the captions' placement", () => {
    expect(note(new Map([[untimed.id, 600]]))).toContain(
      '— Ion Stoica, [10:00 (my timing)](https://www.youtube.com/watch?v=QwC-J2KFTrM&t=600s)',
    );
    expect(note(new Map(), { [untimed.id]: 1420 })).toContain(
      '[≈ 23:40](https://www.youtube.com/watch?v=QwC-J2KFTrM&t=1420s)',
    );
  });

  it('is named for the talk', () => {
    expect(talkFileName(talk, '', 'md')).toBe(
      'BRK227 Distributed systems to AI platforms with Mark Russinovich Ion Stoica.md',
    );
  });
});

describe('the talk as a note, line by line', () => {
  it('writes exactly this for a talk with no event and no video of its own, a save before the first chapter and a slide', () => {
    const bare = { ...talk, event: undefined, videoIds: [], speakers: [{ name: 'Ion Stoica' }] } as typeof talk;
    const early = { ...saveOf(timed, talk, 1), videoId: 'abcdefghijk', start: 5, text: 'first line\nsecond line' };
    const late = {
      ...line,
      videoId: null,
      start: 2000,
      note: '  - a list\n1. one\n2) two\n+ plus\n> quoted\n---\nplain',
    };
    const markdown = talkNote({
      talk: bare,
      chapters: [{ ...chapters[1]!, start: 100, title: 'The one chapter' }],
      saves: [late, early],
      timeline: timelineOf(new Map(), captionsPlacing({})),
      savedOn: new Date('2026-12-01T23:59:00Z'),
      slides: new Map([[early.quoteId, 'slides/first.jpg']]),
    });
    expect(markdown).toBe(
      [
        '---',
        `title: "${talk.title}"`,
        'speakers:',
        '  - "Ion Stoica"',
        'saved: 2026-12-01',
        `link: "https://www.youtube.com/watch?v=abcdefghijk"`,
        '---',
        '',
        `# ${talk.title}`,
        '',
        '## Before the first chapter',
        '',
        '> first line',
        '> second line',
        '',
        '— Ion Stoica, [0:05](https://www.youtube.com/watch?v=abcdefghijk&t=5s)',
        '',
        '![Slide at 0:05](slides/first.jpg)',
        '',
        '## The one chapter',
        '',
        '> we spent years on locality',
        '',
        '— from the captions, [33:20](https://www.youtube.com/watch?v=abcdefghijk&t=2000s)',
        '',
        '  \\- a list',
        '\\1. one',
        '\\2) two',
        '\\+ plus',
        '\\> quoted',
        '\\---',
        'plain',
        '',
      ].join('\n'),
    );
  });

  it('says when a save has no moment, and links nothing when no video is known', () => {
    const bare = { ...talk, videoIds: [] } as typeof talk;
    const unplaced = { ...saveOf(untimed, talk, 1), videoId: null };
    const markdown = talkNote({
      talk: bare,
      chapters,
      saves: [unplaced],
      timeline: timelineOf(new Map(), captionsPlacing({})),
      savedOn: new Date('2026-12-01T09:00:00Z'),
      slides: new Map([[unplaced.quoteId, 'slides/x.jpg']]),
    });
    expect(markdown).toContain('## Time unknown\n\n');
    expect(markdown).toContain('— Ion Stoica, time unknown\n\n![Slide at its moment](slides/x.jpg)\n');
    // No video known anywhere: the link is a search for the talk.
    expect(frontMatter(markdown).link).toBe(
      'https://www.youtube.com/results?search_query=Distributed%20systems%20to%20AI%20platforms%20with%20Mark%20Russinovich%20%26%20Ion%20Stoica%20BRK227',
    );
    expect(markdown).not.toContain('](https://www.youtube.com/watch');
  });
});

describe('the talk as a note, with the second line', () => {
  it("puts each save's translation under its words, in its quote, and nothing under a save with none", () => {
    // The captions: the saved line at 601 s, and the timed quote over two lines from its published moment.
    const lines = [
      { start: 601, end: 604, text: line.text },
      { start: timed.start!, end: timed.start! + 4, text: timed.text.split(' ').slice(0, 8).join(' ') },
      { start: timed.start! + 4, end: timed.start! + 8, text: timed.text.split(' ').slice(8).join(' ') },
    ].sort((a, b) => a.start - b.start);
    const aligned = lines.map((each) =>
      each.start === 601 ? 'wir verbrachten Jahre mit Lokalität' : `Zeile ${each.start}`,
    );
    const markdown = talkNote({
      talk,
      chapters,
      saves,
      timeline: timelineOf(new Map(), captionsPlacing({})),
      savedOn: new Date('2026-12-01T09:00:00Z'),
      second: (save, start) => saveTranslation({ lines, placements: {} }, aligned, save, start),
    }).split('\n');
    const under = (words: string) =>
      markdown.slice(markdown.indexOf(`> ${words}`) + 1, markdown.indexOf(`> ${words}`) + 3);
    expect(under(line.text)).toEqual(['>', '> wir verbrachten Jahre mit Lokalität']);
    expect(under(timed.text)).toEqual(['>', `> Zeile ${timed.start} Zeile ${timed.start! + 4}`]);
    // The untimed quote has no moment, so no translation.
    expect(under(untimed.text)[0]).toBe('');
  });
});
