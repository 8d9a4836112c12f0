// What search looks through: each item a talk's search covers, and its fields with what a word there is worth.
import { aboutFacts, type Fact } from './about';
import type { CaptionLine } from '../model/captions';
import type { Chapter, Quote, SpeakerProfile, Talk } from '../model/corpus';
import type { Save } from '../model/save';

export type SearchItem =
  | { kind: 'quote'; key: string; quote: Quote; text: string; speaker: string; role: string; topics: string[] }
  | { kind: 'chapter'; key: string; chapter: Chapter; title: string }
  /** Something the About view shows: a theme, a speaker, a profile, the track… */
  | { kind: 'fact'; key: string; fact: Fact; text: string }
  /** A save: a quote from another talk (found by its words and its note), or one of this talk's (by its note). */
  | { kind: 'saved'; key: string; save: Save; text: string; speaker: string; note: string; noteOnly: boolean }
  /** A line of the talk's captions, and its second line (YouTube's translation; '' where none). */
  | { kind: 'caption'; key: string; line: CaptionLine; text: string; second: string };

export type Field = 'text' | 'speaker' | 'role' | 'topics' | 'title' | 'note' | 'second';

/** A word in a short, heavily weighted field (a chapter title) outranks one deep in a long quote. */
const WEIGHTS: Record<Exclude<Field, 'second'>, number> = {
  title: 2,
  speaker: 1.5,
  topics: 1.5,
  role: 1.2,
  text: 1,
  note: 1.2,
};
/** Below a corpus quote holding the same words: the quote is the talk's own record of them. */
const CAPTION_WEIGHT = 0.6;

/**
 * Everything a talk's search covers: its quotes, chapters, what the About view shows, and its captions' lines, each
 * with its second line (`second`, by line) where YouTube's translation is kept.
 */
export function searchItems(
  talk: Talk,
  chapters: Chapter[],
  quotes: Quote[],
  profiles: SpeakerProfile[] = [],
  lines: CaptionLine[] = [],
  second: string[] = [],
): SearchItem[] {
  return [
    ...quotes.map((quote): SearchItem => ({
      kind: 'quote',
      key: `q:${quote.id}`,
      quote,
      text: quote.text,
      speaker: quote.speaker,
      role: quote.role ?? '',
      topics: quote.topics,
    })),
    ...chapters.map((chapter): SearchItem => ({
      kind: 'chapter',
      key: `c:${chapter.talkId}:${chapter.start}`,
      chapter,
      title: chapter.title,
    })),
    ...aboutFacts(talk, profiles).map((fact): SearchItem => ({
      kind: 'fact',
      key: `f:${talk.id}:${fact.key}`,
      fact,
      text: fact.text,
    })),
    ...lines.map((line, at): SearchItem => ({
      kind: 'caption',
      key: `l:${talk.id}:${at}`,
      line,
      text: line.text,
      second: second[at] ?? '',
    })),
  ];
}

/**
 * The user's saves: those of other talks than the one shown, by their words and notes; and those of the talk shown
 * that carry a note, by the note alone (their words are the talk's own items already).
 */
export function savedItems(saves: Save[], shownTalkId: string | undefined): SearchItem[] {
  return saves
    .filter((save) => save.talkId !== shownTalkId || save.note)
    .map((save) => ({
      kind: 'saved',
      key: `s:${save.quoteId}`,
      save,
      text: save.text,
      speaker: save.speaker,
      note: save.note ?? '',
      noteOnly: save.talkId === shownTalkId,
    }));
}

/** The searchable strings of an item, by field (each topic is a string of its own), with their weights. */
export function fieldsOf(item: SearchItem): [Field, string, number][] {
  switch (item.kind) {
    case 'quote':
      return [
        ['text', item.text, WEIGHTS.text],
        ['speaker', item.speaker, WEIGHTS.speaker],
        ['role', item.role, WEIGHTS.role],
        ...item.topics.map((topic): [Field, string, number] => ['topics', topic, WEIGHTS.topics]),
      ];
    case 'chapter':
      return [['title', item.title, WEIGHTS.title]];
    case 'fact':
      return [['text', item.text, item.fact.weight]];
    case 'saved': {
      const note: [Field, string, number][] = item.note ? [['note', item.note, WEIGHTS.note]] : [];
      return item.noteOnly
        ? note
        : [['text', item.text, WEIGHTS.text], ['speaker', item.speaker, WEIGHTS.speaker], ...note];
    }
    case 'caption':
      return [
        ['text', item.text, CAPTION_WEIGHT],
        ['second', item.second, CAPTION_WEIGHT],
      ];
  }
}
