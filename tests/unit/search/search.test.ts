import { describe, expect, it } from 'vitest';
import { buildCorpus } from '@/lib/corpus';
import { saveOf } from '@/lib/saves/write/saves';
import {
  buildSearchIndex,
  mergeResults,
  savedItems,
  search,
  searchItems,
  type SearchItem,
  type SearchResult,
} from '@/lib/search/search';
import { syntheticSeeds } from '../../bench/synthetic';
import { realSeeds } from '../seeds';

const corpus = buildCorpus(realSeeds());
const index = buildSearchIndex(searchItems(corpus.talks[0]!, corpus.chapters, corpus.quotes, corpus.profiles));

const firstWords = (text: string) => text.split(' ').slice(0, 3).join(' ');
/** quote:FIRST WORDS, chapter:FIRST WORDS, fact:KEY (theme:6, speaker:0, track…), saved:FIRST WORDS. */
const label = ({ item }: SearchResult) =>
  item.kind === 'fact'
    ? `fact:${item.fact.key}`
    : `${item.kind}:${firstWords(item.kind === 'chapter' ? item.title : item.text)}`;
const labels = (query: string) => search(index, query).map(label);
const marked = (text: string, ranges: [number, number][] = []) => ranges.map(([start, end]) => text.slice(start, end));

describe('search', () => {
  it('finds the speaker despite a typo, on both of his quotes first', () => {
    const results = search(index, 'Stoika');
    expect(results.map(label).slice(0, 3)).toEqual(['quote:I think that', 'quote:I do think', 'fact:speaker:1']);
    const first = results[0]!;
    expect(first.item.kind === 'quote' && marked(first.item.speaker, first.highlights.speaker)).toEqual(['Stoica']);
  });

  it('finds the quote on formal verification and the chapter on code verification from "verifcation"', () => {
    expect(labels('verifcation').slice(0, 2)).toEqual(['quote:I think that', 'chapter:Developer experience, code']);
  });

  it('finds the security chapter before the theme from "confidentail", highlighting the whole word', () => {
    const results = search(index, 'confidentail');
    expect(results.map(label)).toEqual(['chapter:Security, confidential computing,', 'fact:theme:6']);
    const chapter = results[0]!;
    expect(chapter.item.kind === 'chapter' && marked(chapter.item.title, chapter.highlights.title)).toEqual([
      'confidential',
    ]);
  });

  it('ranks a chapter title hit above a word buried in a quote', () => {
    expect(labels('agentic').slice(0, 2)).toEqual(['chapter:Emergence of agentic', 'fact:theme:3']);
    expect(labels('agentic').at(-2)).toBe('quote:I do think');
  });

  it('needs every word of a query to match', () => {
    expect(labels('load balancers')).toEqual(['quote:I think that']);
    expect(labels('serverless balancers')).toEqual([]);
  });

  it('finds nothing for nonsense, and for an empty query', () => {
    expect(search(index, 'xqzzv blorp')).toEqual([]);
    expect(search(index, '   ')).toEqual([]);
  });

  it('takes Fuse operators in a query as plain text', () => {
    expect(() => search(index, "'spark | ^ray !vllm $")).not.toThrow();
    expect(labels("'spark")[0]).toBe('chapter:Speaker backgrounds and');
  });

  it('finds a word from its first letters, as the user types it', () => {
    expect(labels('verif').slice(0, 2)).toEqual(labels('verification').slice(0, 2));
    expect(labels('verif')).toContain('chapter:Developer experience, code');
  });

  it('ranks the word itself above a longer word that holds it, and above a typo', () => {
    const chapter = (start: number, title: string): SearchItem => ({
      kind: 'chapter',
      key: `c:${start}`,
      chapter: { talkId: 't', start, title },
      title,
    });
    const chapters = buildSearchIndex([
      chapter(1, 'Workloads at scale'),
      chapter(2, 'Lead times at scale'),
      chapter(3, 'Load tests at scale'),
    ]);
    expect(search(chapters, 'load').map(({ item }) => item.kind === 'chapter' && item.title)).toEqual([
      'Load tests at scale',
      'Workloads at scale',
      'Lead times at scale',
    ]);
  });
});

describe('search by the second line', () => {
  const lines = [
    { start: 10, end: 13, text: 'the scheduler is aware of locality' },
    { start: 13, end: 16, text: 'models bring new shapes of work' },
  ];
  const second = ['der Planer kennt die Lokalität', ''];
  const withSecond = buildSearchIndex(searchItems(corpus.talks[0]!, [], [], [], lines, second));

  it('finds a caption line by a word of its translation, and says the second line matched', () => {
    const [found] = search(withSecond, 'Planer');
    expect(found?.item).toMatchObject({ kind: 'caption', text: lines[0]!.text, second: second[0] });
    expect(marked(second[0]!, found?.highlights.second)).toEqual(['Planer']);
    expect(found?.highlights.text).toBeUndefined();
  });

  it('still finds a line by its own words, the translation unmarked', () => {
    const [found] = search(withSecond, 'scheduler');
    expect(marked(lines[0]!.text, found?.highlights.text)).toEqual(['scheduler']);
    expect(found?.highlights.second).toBeUndefined();
    const without = search(buildSearchIndex(searchItems(corpus.talks[0]!, [], [], [], lines)), 'Planer');
    expect(without.filter(({ item }) => item.kind === 'caption')).toEqual([]);
  });
});

describe('search over many talks', () => {
  const many = buildCorpus(syntheticSeeds({ talks: 40, quotesPerTalk: 20, chaptersPerTalk: 8 }));
  const manyIndex = buildSearchIndex(
    many.talks.flatMap((talk) =>
      searchItems(
        talk,
        many.chapters.filter((c) => c.talkId === talk.id),
        many.quotes.filter((q) => q.talkId === talk.id),
      ),
    ),
  );

  it('puts the chapter whose title is the query first, among 40 talks', () => {
    for (const chapter of [many.chapters[3]!, many.chapters[170]!, many.chapters.at(-1)!]) {
      const first = search(manyIndex, chapter.title)[0]!;
      expect(first.item.kind === 'chapter' && first.item.chapter).toEqual(chapter);
    }
  });

  it('finds a speaker despite a typo: all their quotes, and only what names them', () => {
    const speaker = many.quotes[0]!.speaker;
    const typo = speaker.split(' ')[1]!.replace(/(.)(.)$/, '$2$1');
    const results = search(manyIndex, `${speaker.split(' ')[0]} ${typo}`, 1000);
    const quotes = results.filter(({ item }) => item.kind === 'quote');
    expect(quotes.length).toBe(many.quotes.filter((quote) => quote.speaker === speaker).length);
    expect(
      results.every(({ item }) =>
        item.kind === 'quote' ? item.speaker === speaker : item.kind === 'fact' && item.text.includes(speaker),
      ),
    ).toBe(true);
  });

  it("finds the user's saved quotes from other talks, never twice those of the talk shown", () => {
    const [shown, other] = many.talks;
    const quoteOf = (talkId: string) => many.quotes.find((quote) => quote.talkId === talkId)!;
    const saves = [saveOf(quoteOf(shown!.id), shown!), saveOf(quoteOf(other!.id), other!)];
    const shownIndex = buildSearchIndex(
      searchItems(
        shown!,
        many.chapters.filter((c) => c.talkId === shown!.id),
        many.quotes.filter((q) => q.talkId === shown!.id),
      ),
    );
    const savedIndex = buildSearchIndex(savedItems(saves, shown!.id));
    const query = quoteOf(other!.id).text.split(' ').slice(0, 4).join(' ');
    const found = mergeResults([search(shownIndex, query), search(savedIndex, query)]);
    expect(
      found.filter(({ item }) => item.kind === 'saved').map(({ item }) => item.kind === 'saved' && item.save.talkTitle),
    ).toEqual([other!.title]);
    expect(savedItems(saves, shown!.id)).toHaveLength(1);
    // Best first, whichever index a result came from.
    expect(found.map(({ score }) => score)).toEqual([...found.map(({ score }) => score)].sort((a, b) => b - a));
  });

  it('finds saves by the words of their notes, in the talk shown and in others, and the note only for the talk shown', () => {
    const [shown, other] = many.talks;
    const quoteOf = (talkId: string) => many.quotes.find((quote) => quote.talkId === talkId)!;
    const saves = [
      { ...saveOf(quoteOf(shown!.id), shown!), note: 'Ask the team about zebrafish pipelines' },
      { ...saveOf(quoteOf(other!.id), other!), note: 'Compare with the zebrafish talk' },
    ];
    const savedIndex = buildSearchIndex(savedItems(saves, shown!.id));
    const found = search(savedIndex, 'zebrafish').map(({ item }) => item.kind === 'saved' && item.save.talkId);
    expect(found.sort()).toEqual([shown!.id, other!.id].sort());
    // The talk shown's own words are found as its quote, not again as a save.
    expect(
      search(savedIndex, quoteOf(shown!.id).text.split(' ').slice(0, 4).join(' ')).filter(
        ({ item }) => item.kind === 'saved' && item.save.talkId === shown!.id,
      ),
    ).toEqual([]);
  });
});
