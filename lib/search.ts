// One search over a talk's quotes (text, speaker, topics), chapters and themes: typo-tolerant, ranked, with highlights.
import Fuse, { type FuseResultMatch } from 'fuse.js';
import type { Chapter, Quote, Talk } from './corpus/types';

export type SearchItem =
  | { kind: 'quote'; key: string; quote: Quote; text: string; speaker: string; topics: string[] }
  | { kind: 'chapter'; key: string; chapter: Chapter; title: string }
  | { kind: 'theme'; key: string; theme: string };

/** [start, end) ranges of a field's text to highlight. */
export type Highlights = Partial<Record<'text' | 'speaker' | 'topics' | 'title' | 'theme', [number, number][]>>;

export interface SearchResult {
  item: SearchItem;
  highlights: Highlights;
}

export type SearchIndex = Fuse<SearchItem>;

const MIN_HIGHLIGHT = 3;

export function searchItems(talk: Talk, chapters: Chapter[], quotes: Quote[]): SearchItem[] {
  return [
    ...quotes.map((quote): SearchItem => ({ kind: 'quote', key: `q:${quote.id}`, quote, text: quote.text, speaker: quote.speaker, topics: quote.topics })),
    ...chapters.map((chapter): SearchItem => ({ kind: 'chapter', key: `c:${chapter.talkId}:${chapter.start}`, chapter, title: chapter.title })),
    ...talk.themes.map((theme, index): SearchItem => ({ kind: 'theme', key: `t:${talk.id}:${index}`, theme })),
  ];
}

/** Built once per corpus version; every keystroke only queries it. */
export function buildSearchIndex(items: SearchItem[]): SearchIndex {
  return new Fuse(items, {
    keys: [
      { name: 'title', weight: 2 },
      { name: 'speaker', weight: 1.5 },
      { name: 'topics', weight: 1.5 },
      { name: 'theme', weight: 1.5 },
      { name: 'text', weight: 1 },
    ],
    includeMatches: true,
    includeScore: true,
    // Quotes are long: a word deep inside one counts as much as one at its start.
    ignoreLocation: true,
    threshold: 0.34,
    minMatchCharLength: MIN_HIGHLIGHT,
    // Words separated by spaces must each match (fuzzily), in any order.
    useExtendedSearch: true,
  });
}

export function search(index: SearchIndex, query: string, limit = 30): SearchResult[] {
  const words = query.trim().replace(/[!'=^$|"]/g, ' ').split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return index.search(words.join(' '), { limit }).map(({ item, matches }) => ({ item, highlights: highlightsOf(matches ?? []) }));
}

/** Fuse marks the letters that matched; a reader wants whole words marked. */
function highlightsOf(matches: readonly FuseResultMatch[]): Highlights {
  const highlights: Highlights = {};
  for (const match of matches) {
    const key = match.key as keyof Highlights;
    // Topics are an array: highlights are only kept for the text-like fields shown as one string.
    if (!match.value || key === 'topics') continue;
    const ranges = match.indices
      .filter(([start, end]) => end - start + 1 >= MIN_HIGHLIGHT)
      .map(([start, end]) => wordAround(match.value!, start, end + 1));
    highlights[key] = mergeRanges([...(highlights[key] ?? []), ...ranges]);
  }
  return highlights;
}

function wordAround(text: string, start: number, end: number): [number, number] {
  while (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!)) start--;
  while (end < text.length && /[\p{L}\p{N}]/u.test(text[end]!)) end++;
  return [start, end];
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  const merged: [number, number][] = [];
  for (const range of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}
