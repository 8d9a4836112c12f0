// Search results for the talk shown. Fuse.js loads on the first search, not with the popup, and the index is built
// once per corpus version (the talk query only re-runs when the corpus tables change).
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { StoredTalk } from '@/lib/db';
import type { SearchIndex, SearchResult } from '@/lib/search';

type SearchModule = typeof import('@/lib/search');

/** Undefined while the search code loads. */
export function useSearch(query: string, talk: StoredTalk | undefined): SearchResult[] | undefined {
  const wanted = query.trim() !== '';
  const [engine, setEngine] = useState<SearchModule>();
  useEffect(() => {
    if (wanted && !engine) void import('@/lib/search').then(setEngine);
  }, [wanted, engine]);
  const index = useMemo<SearchIndex | undefined>(
    () => (engine && talk ? engine.buildSearchIndex(engine.searchItems(talk, talk.chapters, talk.quotes)) : undefined),
    [engine, talk],
  );
  return useMemo(() => (!wanted ? [] : engine && index ? engine.search(index, query) : undefined), [wanted, engine, index, query]);
}
