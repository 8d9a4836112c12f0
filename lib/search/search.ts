// One search over everything a talk knows (see items.ts) and the user's saved quotes: word forms and typos
// tolerated, ranked, with highlights.
import Fuse from 'fuse.js';
import { stemmer } from 'stemmer';
import { fieldsOf, type Field, type SearchItem } from './items';

// The views load this module on their first search: it brings what builds the index with it.
export { savedItems, searchItems, type SearchItem } from './items';

/** [start, end) ranges of a field's text to highlight. */
export type Highlights = Partial<Record<Field, [number, number][]>>;

export interface SearchResult {
  item: SearchItem;
  highlights: Highlights;
  /** Higher is better; comparable between results of one query, whatever index they came from. */
  score: number;
}

/**
 * A word index: Fuse matches each query word against the corpus's distinct words (typo-tolerant, and small however
 * many talks there are), and postings lead from those words to the items holding them. Fuse over every item's text
 * instead costs seconds once a thousand talks are installed.
 */
export interface SearchIndex {
  items: SearchItem[];
  /** The distinct words, beside each the set of its letters as bits (see `lettersOf`) and its stem. */
  words: string[];
  letters: Int32Array;
  stems: string[];
  /** Word → the items holding it, each with what the word is worth there (field weight ÷ √field length). */
  postings: Map<string, { items: Int32Array; worth: Float64Array }>;
}

const THRESHOLD = 0.34;
/** Query words this short allow no typo: "coq" must not find "cot", "now" and "code". */
const SHORT_WORD = 3;
/** What a match is worth by kind, before the field's worth (at most 2) breaks ties within a kind. */
const EXACT = 20;
const WORD_FORM = 10;
const MIN_HIGHLIGHT = 3;
const WORD = /[\p{L}\p{N}]+/gu;

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
    for (const [, text, weight] of fieldsOf(item)) {
      const words = tokensOf(text);
      const worth = weight / Math.sqrt(words.length);
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
  for (const [word, list] of lists)
    postings.set(word, { items: Int32Array.from(list.items), worth: Float64Array.from(list.worth) });
  const words = [...postings.keys()];
  return {
    items,
    words,
    letters: Int32Array.from(words, lettersOf),
    stems: words.map((word) => stemmer(word)),
    postings,
  };
}

/**
 * Two stems are forms of one word when equal, or when one extends the other by a letter or two: Porter's stemmer
 * gives "verif" for verification but "verifi" for verify and verifying.
 */
function sameWord(queryStem: string, stem: string): boolean {
  if (queryStem === stem) return true;
  const [short, long] = queryStem.length < stem.length ? [queryStem, stem] : [stem, queryStem];
  return short.length >= 5 && long.length - short.length <= 2 && long.startsWith(short);
}

/** The corpus words a query word stands for, with what each match is worth: the word, another form of it, a typo. */
function matchesOf(index: SearchIndex, queryWord: string): Map<string, number> {
  const matches = new Map<string, number>();
  const queryStem = stemmer(queryWord);
  index.words.forEach((word, at) => {
    if (word === queryWord) matches.set(word, EXACT);
    else if (sameWord(queryStem, index.stems[at]!)) matches.set(word, WORD_FORM);
  });
  const partial = (word: string, closeness: number) => {
    // A longer word holding the query (typing "verif") is worth a little less the more it adds.
    if (!matches.has(word)) matches.set(word, closeness * Math.sqrt(Math.min(1, queryWord.length / word.length)) * 0.9);
  };
  if (queryWord.length <= SHORT_WORD) {
    for (const word of index.words) if (word.startsWith(queryWord)) partial(word, 1);
    return matches;
  }
  // Fuse only sees the words that could match: a match with k typos (the threshold allows k up to this) covers at
  // least (length - k) letters of a word; each typo loses at most one of the query word's letters, and at most two
  // of its distinct letter pairs.
  const typos = Math.floor(THRESHOLD * queryWord.length);
  const letters = lettersOf(queryWord);
  const needed = bitCount(letters) - typos;
  const pairs = [...new Set(Array.from({ length: queryWord.length - 1 }, (_, at) => queryWord.slice(at, at + 2)))];
  const pairsNeeded = pairs.length - 2 * typos;
  const holdsPairs = (word: string) =>
    pairsNeeded <= 0 || pairs.filter((pair) => word.includes(pair)).length >= pairsNeeded;
  const candidates = index.words.filter(
    (word, at) =>
      word.length >= queryWord.length - typos && bitCount(letters & index.letters[at]!) >= needed && holdsPairs(word),
  );
  const fuse = new Fuse(candidates, {
    includeScore: true,
    ignoreLocation: true,
    ignoreFieldNorm: true,
    threshold: THRESHOLD,
  });
  const typoed = fuse.search(queryWord);
  for (const { item: word, score = 0 } of typoed) partial(word, 1 - score / THRESHOLD);
  // A typo stands for a word, and so for its other forms too: "verifcation" is "verification", and "verifying".
  for (const { item: word } of typoed) {
    const stem = index.stems[index.words.indexOf(word)]!;
    const worth = matches.get(word)!;
    index.words.forEach(
      (other, at) => !matches.has(other) && sameWord(stem, index.stems[at]!) && matches.set(other, worth * 0.9),
    );
  }
  return matches;
}

/** Every query word must match somewhere in an item; the best-placed, closest matches rank first. */
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
    for (const [word, kind] of matchesOf(index, queryWord)) {
      matched.add(word);
      const posting = index.postings.get(word)!;
      // The kind of match decides; the field's worth orders matches of one kind. A typo's worth scales with it.
      const tier = kind >= WORD_FORM ? kind : 0;
      const scale = kind >= WORD_FORM ? 1 : kind;
      for (let at = 0; at < posting.items.length; at++) {
        const item = posting.items[at]!;
        const score = tier + scale * posting.worth[at]!;
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
  return topItems(
    candidates!.filter((item) => hits[item] === queryWords.length),
    total,
    limit,
  ).map((item) => ({
    item: index.items[item]!,
    highlights: highlightsOf(index.items[item]!, matched),
    score: total[item]!,
  }));
}

/** Results of one query from several indexes, best first. */
export function mergeResults(lists: SearchResult[][], limit = 30): SearchResult[] {
  return lists
    .flat()
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
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
      if (word[0].length >= MIN_HIGHLIGHT && matched.has(word[0].toLowerCase()))
        ranges.push([word.index, word.index + word[0].length]);
    }
    if (ranges.length > 0) highlights[field] = ranges;
  }
  return highlights;
}
