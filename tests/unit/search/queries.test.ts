// What a person types first, and what they should get: the top results in order, or nothing at all. A query a row
// names finds at least these results first; a row with no results must stay a miss.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, search, searchItems, type SearchResult } from '@/lib/search/search';
import { realTalk } from '../seeds';

const { corpus, talk } = realTalk();
const index = buildSearchIndex(searchItems(talk, corpus.chapters, corpus.quotes, corpus.profiles));
const firstWords = (text: string) => text.split(' ').slice(0, 3).join(' ');
/** quote:FIRST WORDS, chapter:FIRST WORDS, fact:KEY (theme:6, speaker:0, track…). */
const label = ({ item }: SearchResult) =>
  item.kind === 'fact'
    ? `fact:${item.fact.key}`
    : `${item.kind}:${firstWords(item.kind === 'chapter' ? item.title : item.text)}`;

const FIRST_QUOTE = 'quote:I think that';
const SECOND_QUOTE = 'quote:I do think';
const MARK = 'fact:speaker:0';
const ION = 'fact:speaker:1';
const ION_PROFILE = 'fact:profile:1';

const QUERIES: [query: string, first: string[]][] = [
  // Speakers, their roles and organisations
  ['Russinovich', [MARK]],
  ['russinovch', [MARK]],
  ['Mark', [MARK]],
  ['Azure', [MARK]],
  ['CTO', [MARK]],
  ['Databricks', [FIRST_QUOTE, SECOND_QUOTE, ION]],
  ['Anyscale', [ION, 'fact:description', ION_PROFILE]],
  ['Berkeley', [ION]],
  ['professor', [ION]],
  ['Apache Spark', [ION]],
  ['executive chair', [ION_PROFILE]],
  ['Stanford', [ION_PROFILE]],
  ['Stoica Databricks', [FIRST_QUOTE, SECOND_QUOTE, ION]],
  // Word forms: the exact word first, then other forms of it
  ['verification', [FIRST_QUOTE, 'chapter:Developer experience, code', SECOND_QUOTE]],
  ['verify', [FIRST_QUOTE, 'chapter:Developer experience, code', SECOND_QUOTE]],
  ['verifying', [SECOND_QUOTE, FIRST_QUOTE, 'chapter:Developer experience, code']],
  ['specify', [FIRST_QUOTE]],
  ['specification', [FIRST_QUOTE, ION_PROFILE]],
  ['generated', [SECOND_QUOTE, FIRST_QUOTE]],
  ['generation', [FIRST_QUOTE]],
  ['supercomputer', ['chapter:Evolution of data', 'fact:theme:1']],
  ['optimisation', ['chapter:Optimization layers in', 'chapter:Open source AI', 'fact:theme:4']],
  ['distribute', ['chapter:Discussion on fundamentals', 'fact:theme:0']],
  // Typos
  ['Stoika', [FIRST_QUOTE, SECOND_QUOTE, ION]],
  // A typo finds the other forms of the word it stands for ("…more and more in kind of verifying").
  ['verifcation', [FIRST_QUOTE, 'chapter:Developer experience, code', SECOND_QUOTE]],
  ['confidentail', ['chapter:Security, confidential computing,', 'fact:theme:6']],
  // The talk's details
  ['BRK227', ['fact:code', 'fact:link']],
  ['Microsoft Build', ['fact:event']],
  ['Cloud platform', ['fact:track']],
  ['Breakout', ['fact:format']],
  ['Intermediate', ['fact:level']],
  ['English', ['fact:language']],
  ['multimodal', ['fact:overview', 'fact:description']],
  ['first-come', ['fact:description']],
  ['governance', ['fact:theme:6', 'fact:description']],
  // Chapters, themes and quotes as before
  ['agentic', ['chapter:Emergence of agentic', 'fact:theme:3']],
  ['serverless', ['chapter:Modern serverless computing', 'fact:theme:2']],
  ['vllm ray', ['chapter:Speaker backgrounds and']],
  ['load balancers', [FIRST_QUOTE]],
  ['axiomatic', [FIRST_QUOTE]],
  ['correctness', [SECOND_QUOTE]],
  ['formal verification', [FIRST_QUOTE]],
  // Misses that must stay misses
  ['Coq', []],
  ['zqxwvy', []],
  ['pasta', []],
  ['pasta recipe', []],
  ['serverless balancers', []],
];

describe('a table of queries', () => {
  it.each(QUERIES)('"%s" finds %j first', (query, first) => {
    const found = search(index, query).map(label);
    if (first.length === 0) expect(found).toEqual([]);
    else expect(found.slice(0, first.length)).toEqual(first);
  });
});

describe('precision', () => {
  it('allows no typo in a word of three letters or fewer', () => {
    for (const query of ['Coq', 'cot', 'Rey', 'Raz']) expect(search(index, query)).toEqual([]);
    expect(search(index, 'Ray').map(label)).toEqual(['chapter:Speaker backgrounds and']);
  });

  it('ranks the word itself, then another form of it, then a typo', () => {
    const chapter = (start: number, title: string) => ({
      kind: 'chapter' as const,
      key: `c:${start}`,
      chapter: { talkId: 't', start, title },
      title,
    });
    const chapters = buildSearchIndex([
      chapter(1, 'Verifying the code'),
      chapter(2, 'Verificaton by hand'),
      chapter(3, 'Formal verification'),
    ]);
    expect(search(chapters, 'verification').map(({ item }) => item.kind === 'chapter' && item.chapter.start)).toEqual([
      3, 1, 2,
    ]);
  });

  it('highlights the forms of the word it matched', () => {
    const result = search(index, 'verification').find((found) => label(found) === SECOND_QUOTE)!;
    const text = result.item.kind === 'quote' ? result.item.text : '';
    expect((result.highlights.text ?? []).map(([start, end]) => text.slice(start, end))).toContain('verifying');
  });
});
