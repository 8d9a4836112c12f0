// The talk as one Markdown note: front matter a YAML parser reads, the chapters as headings with the saves under
// them, their notes kept literal, timestamped links, and the user's own timings marked.
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { saveOf } from '@/lib/saves/write/saves';
import { talkFileName } from '@/lib/corpus/talk';
import { talkNote } from '@/lib/saves/talk-note';
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
