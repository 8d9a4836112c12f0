import { describe, expect, it } from 'vitest';
import { buildCorpus } from '@/lib/corpus';
import { buildSearchIndex, search, searchItems, type SearchResult } from '@/lib/search';
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
});
