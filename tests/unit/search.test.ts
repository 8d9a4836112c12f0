import { describe, expect, it } from 'vitest';
import { buildCorpus } from '@/lib/corpus';
import { buildSearchIndex, search, searchItems, type SearchItem, type SearchResult } from '@/lib/search';
import { syntheticSeeds } from '../bench/synthetic';
import { realSeeds } from './seeds';

const corpus = buildCorpus(realSeeds());
const index = buildSearchIndex(searchItems(corpus.talks[0]!, corpus.chapters, corpus.quotes));

const firstWords = (text: string) => text.split(' ').slice(0, 3).join(' ');
const label = ({ item }: SearchResult) =>
  `${item.kind}:${firstWords(item.kind === 'quote' ? item.text : item.kind === 'chapter' ? item.title : item.theme)}`;
const labels = (query: string) => search(index, query).map(label);
const marked = (text: string, ranges: [number, number][] = []) => ranges.map(([start, end]) => text.slice(start, end));

describe('search', () => {
  it('finds the speaker despite a typo, on both of his quotes', () => {
    const results = search(index, 'Stoika');
    expect(results.map(label)).toEqual(['quote:I think that', 'quote:I do think']);
    const first = results[0]!;
    expect(first.item.kind === 'quote' && marked(first.item.speaker, first.highlights.speaker)).toEqual(['Stoica']);
  });

  it('finds the quote on formal verification and the chapter on code verification from "verifcation"', () => {
    expect(labels('verifcation').slice(0, 2)).toEqual(['quote:I think that', 'chapter:Developer experience, code']);
  });

  it('finds the security chapter before the theme from "confidentail", highlighting the whole word', () => {
    const results = search(index, 'confidentail');
    expect(results.map(label)).toEqual(['chapter:Security, confidential computing,', 'theme:Security, governance, and']);
    const chapter = results[0]!;
    expect(chapter.item.kind === 'chapter' && marked(chapter.item.title, chapter.highlights.title)).toEqual(['confidential']);
  });

  it('ranks a chapter title hit above a word buried in a quote', () => {
    expect(labels('agentic')).toEqual(['chapter:Emergence of agentic', 'theme:Architectural implications of', 'quote:I do think']);
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
    expect(labels("'spark")).toEqual(['chapter:Speaker backgrounds and']);
  });

  it('finds a word from its first letters, as the user types it', () => {
    expect(labels('verif').slice(0, 2)).toEqual(labels('verification').slice(0, 2));
    expect(labels('verif')).toContain('chapter:Developer experience, code');
  });

  it('ranks the word itself above a longer word that holds it, and above a typo', () => {
    const chapter = (start: number, title: string): SearchItem => ({ kind: 'chapter', key: `c:${start}`, chapter: { talkId: 't', start, title }, title });
    const chapters = buildSearchIndex([chapter(1, 'Workloads at scale'), chapter(2, 'Lead times at scale'), chapter(3, 'Load tests at scale')]);
    expect(search(chapters, 'load').map(({ item }) => item.kind === 'chapter' && item.title)).toEqual(['Load tests at scale', 'Workloads at scale', 'Lead times at scale']);
  });
});

describe('search over many talks', () => {
  const many = buildCorpus(syntheticSeeds({ talks: 40, quotesPerTalk: 20, chaptersPerTalk: 8 }));
  const manyIndex = buildSearchIndex(
    many.talks.flatMap((talk) => searchItems(talk, many.chapters.filter((c) => c.talkId === talk.id), many.quotes.filter((q) => q.talkId === talk.id))),
  );

  it('puts the chapter whose title is the query first, among 40 talks', () => {
    for (const chapter of [many.chapters[3]!, many.chapters[170]!, many.chapters.at(-1)!]) {
      const first = search(manyIndex, chapter.title)[0]!;
      expect(first.item.kind === 'chapter' && first.item.chapter).toEqual(chapter);
    }
  });

  it('finds a speaker despite a typo, and only their quotes', () => {
    const speaker = many.quotes[0]!.speaker;
    const typo = speaker.split(' ')[1]!.replace(/(.)(.)$/, '$2$1');
    const results = search(manyIndex, `${speaker.split(' ')[0]} ${typo}`, 1000);
    expect(results.length).toBe(many.quotes.filter((quote) => quote.speaker === speaker).length);
    expect(results.every(({ item }) => item.kind === 'quote' && item.speaker === speaker)).toBe(true);
  });
});
