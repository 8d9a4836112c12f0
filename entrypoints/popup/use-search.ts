// Search results for the talk shown. Fuse.js loads on the first search, not with the popup, and the index is built
// once per corpus version (the talk query only re-runs when the corpus tables change).
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Chapter, Quote, Talk } from '@/lib/corpus/types';
import type { SearchIndex, SearchResult } from '@/lib/search';

type SearchModule = typeof import('@/lib/search');
type TalkData = { talk: Talk; chapters: Chapter[]; quotes: Quote[] };

/** Undefined while the search code loads. */
export function useSearch(query: string, data: TalkData | undefined): SearchResult[] | undefined {
  const wanted = query.trim() !== '';
  const [engine, setEngine] = useState<SearchModule>();
  useEffect(() => {
    if (wanted && !engine) void import('@/lib/search').then(setEngine);
  }, [wanted, engine]);
  const index = useMemo<SearchIndex | undefined>(
    () => (engine && data ? engine.buildSearchIndex(engine.searchItems(data.talk, data.chapters, data.quotes)) : undefined),
    [engine, data],
  );
  return useMemo(() => (!wanted ? [] : engine && index ? engine.search(index, query) : undefined), [wanted, engine, index, query]);
}
