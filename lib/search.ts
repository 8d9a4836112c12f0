// One search over a talk's quotes (text, speaker, topics), chapters and themes: typo-tolerant, ranked, with highlights.
import Fuse from 'fuse.js';
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

/**
 * A word index: Fuse matches each query word against the corpus's distinct words (typo-tolerant, and small however
 * many talks there are), and postings lead from those words to the items holding them. Fuse over every item's text
 * instead costs seconds once a thousand talks are installed.
 */
export interface SearchIndex {
  items: SearchItem[];
  /** The distinct words, and beside each the set of its letters as bits (see `lettersOf`). */
  words: string[];
  letters: Int32Array;
  /** Word → the items holding it, each with what the word is worth there (field weight ÷ √field length). */
  postings: Map<string, { items: Int32Array; worth: Float64Array }>;
}

type Field = keyof Highlights;

/** A word in a short, heavily weighted field (a chapter title) outranks one deep in a long quote. */
const WEIGHTS: Record<Field, number> = { title: 2, speaker: 1.5, topics: 1.5, theme: 1.5, text: 1 };
const THRESHOLD = 0.34;
const MIN_HIGHLIGHT = 3;
const WORD = /[\p{L}\p{N}]+/gu;

export function searchItems(talk: Talk, chapters: Chapter[], quotes: Quote[]): SearchItem[] {
  return [
    ...quotes.map((quote): SearchItem => ({ kind: 'quote', key: `q:${quote.id}`, quote, text: quote.text, speaker: quote.speaker, topics: quote.topics })),
    ...chapters.map((chapter): SearchItem => ({ kind: 'chapter', key: `c:${chapter.talkId}:${chapter.start}`, chapter, title: chapter.title })),
    ...talk.themes.map((theme, index): SearchItem => ({ kind: 'theme', key: `t:${talk.id}:${index}`, theme })),
  ];
}

/** The searchable strings of an item, by field (each topic is a string of its own). */
function fieldsOf(item: SearchItem): [Field, string][] {
  if (item.kind === 'quote') return [['text', item.text], ['speaker', item.speaker], ...item.topics.map((topic): [Field, string] => ['topics', topic])];
  return item.kind === 'chapter' ? [['title', item.title]] : [['theme', item.theme]];
}

/** A word's letters as bits (letters that share a bit only make the test above looser, never wrong). */
function lettersOf(word: string): number {
  let bits = 0;
  for (let at = 0; at < word.length; at++) bits |= 1 << (word.charCodeAt(at) % 31);
  return bits;
}

function bitCount(value: number): number {
  let count = 0;
  for (let rest = value; rest !== 0; rest &= rest - 1) count++;
  return count;
}

const tokensOf = (text: string) => text.toLowerCase().match(WORD) ?? [];

/** Built once per corpus version; every keystroke only queries it. */
export function buildSearchIndex(items: SearchItem[]): SearchIndex {
  const lists = new Map<string, { items: number[]; worth: number[] }>();
  items.forEach((item, index) => {
    const worths = new Map<string, number>();
    for (const [field, text] of fieldsOf(item)) {
      const words = tokensOf(text);
      const worth = WEIGHTS[field] / Math.sqrt(words.length);
      for (const word of words) worths.set(word, Math.max(worths.get(word) ?? 0, worth));
    }
    for (const [word, worth] of worths) {
      const list = lists.get(word) ?? { items: [], worth: [] };
      if (!lists.has(word)) lists.set(word, list);
      list.items.push(index);
      list.worth.push(worth);
    }
  });
  const postings: SearchIndex['postings'] = new Map();
  for (const [word, list] of lists) postings.set(word, { items: Int32Array.from(list.items), worth: Float64Array.from(list.worth) });
  const words = [...postings.keys()];
  return { items, words, letters: Int32Array.from(words, lettersOf), postings };
}

/** The corpus words a query word stands for, with how well each matches (1 = the word itself). */
function matchesOf(index: SearchIndex, queryWord: string): Map<string, number> {
  const matches = new Map<string, number>();
  // Fuse only sees the words that could match: a match with k typos (the threshold allows k up to this) covers at
  // least (length - k) letters of a word, and each typo loses at most one of the query word's letters.
  const typos = Math.floor(THRESHOLD * queryWord.length);
  const letters = lettersOf(queryWord);
  const needed = bitCount(letters) - typos;
  const candidates = index.words.filter((word, at) => word.length >= queryWord.length - typos && bitCount(letters & index.letters[at]!) >= needed);
  const fuse = new Fuse(candidates, { includeScore: true, ignoreLocation: true, ignoreFieldNorm: true, threshold: THRESHOLD });
  for (const { item: word, score = 0 } of fuse.search(queryWord)) {
    // A typo costs in proportion to its errors; a longer word holding the query (typing "verif") a little less.
    const closeness = 1 - score / THRESHOLD;
    matches.set(word, word === queryWord ? 1 : closeness * Math.sqrt(Math.min(1, queryWord.length / word.length)) * 0.9);
  }
  return matches;
}

/** Every query word must match (typo-tolerant) somewhere in an item; the best-placed matches rank first. */
export function search(index: SearchIndex, query: string, limit = 30): SearchResult[] {
  const queryWords = [...new Set(tokensOf(query))];
  if (queryWords.length === 0) return [];
  // Typed arrays over all items, not maps: a common word can stand in thousands of items.
  const total = new Float64Array(index.items.length);
  const best = new Float64Array(index.items.length);
  const hits = new Uint8Array(index.items.length);
  const matched = new Set<string>();
  let candidates: number[] | undefined;
  for (const queryWord of queryWords) {
    const touched: number[] = [];
    for (const [word, closeness] of matchesOf(index, queryWord)) {
      matched.add(word);
      const posting = index.postings.get(word)!;
      for (let at = 0; at < posting.items.length; at++) {
        const item = posting.items[at]!;
        const score = closeness * posting.worth[at]!;
        if (best[item] === 0) touched.push(item);
        if (score > best[item]!) best[item] = score;
      }
    }
    for (const item of touched) {
      total[item]! += best[item]!;
      hits[item]!++;
      best[item] = 0;
    }
    // Items must match every word: the first word's items are the only candidates.
    candidates ??= touched;
  }
  return topItems(candidates!.filter((item) => hits[item] === queryWords.length), total, limit).map((item) => ({
    item: index.items[item]!,
    highlights: highlightsOf(index.items[item]!, matched),
  }));
}

/** The `limit` best-scoring items, best first (ties in corpus order), without sorting every candidate. */
function topItems(candidates: number[], score: Float64Array, limit: number): number[] {
  const top: number[] = [];
  const before = (a: number, b: number) => score[a]! > score[b]! || (score[a] === score[b] && a < b);
  for (const item of candidates) {
    if (top.length === limit && !before(item, top[limit - 1]!)) continue;
    let at = top.length === limit ? limit - 1 : top.length;
    while (at > 0 && before(item, top[at - 1]!)) {
      top[at] = top[at - 1]!;
      at--;
    }
    top[at] = item;
  }
  return top;
}

/** Whole words marked wherever a matched word stands (topics are shown as a list, so they carry no marks). */
function highlightsOf(item: SearchItem, matched: Set<string>): Highlights {
  const highlights: Highlights = {};
  for (const [field, text] of fieldsOf(item)) {
    if (field === 'topics') continue;
    const ranges: [number, number][] = [];
    for (const word of text.matchAll(WORD)) {
      if (word[0].length >= MIN_HIGHLIGHT && matched.has(word[0].toLowerCase())) ranges.push([word.index, word.index + word[0].length]);
    }
    if (ranges.length > 0) highlights[field] = ranges;
  }
  return highlights;
}
