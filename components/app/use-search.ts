// Search results for the talk shown (with its captions) and the user's saved quotes from other talks. Fuse.js loads
// on the first search, not with the popup; the talk's search index is built once per corpus version and captions read (the
// live queries only re-run when those change), the small index of other talks' saved quotes whenever saves do.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { SpeakerProfile } from '@/lib/model/corpus';
import type { Save } from '@/lib/model/save';
import type { StoredTalk } from '@/lib/model/talk';
import type { StoredTranscript } from '@/lib/model/captions';
import type { SearchIndex, SearchResult } from '@/lib/search/search';
import { asError, type Live } from './use-live-query';

type SearchModule = typeof import('@/lib/search/search');

/** Loading while the search code loads; failed if it cannot be fetched. */
export function useSearch(
  query: string,
  talk: StoredTalk | undefined,
  profiles: SpeakerProfile[],
  saved: Save[],
  transcript: StoredTranscript | undefined,
  /** Each line's second line, where YouTube's translation is kept. */
  second?: string[],
): Live<SearchResult[]> {
  const wanted = query.trim() !== '';
  const [engine, setEngine] = useState<SearchModule>();
  const [failed, setFailed] = useState<Error>();
  useEffect(() => {
    if (wanted && !engine) import('@/lib/search/search').then(setEngine, (error: unknown) => setFailed(asError(error)));
  }, [wanted, engine]);
  const talkSearchIndex = useMemo<SearchIndex | undefined>(
    () =>
      engine && talk
        ? engine.buildSearchIndex(
            engine.searchItems(talk, talk.chapters, talk.quotes, profiles, transcript?.lines, second),
          )
        : undefined,
    [engine, talk, profiles, transcript, second],
  );
  const savedIndex = useMemo(
    () => engine?.buildSearchIndex(engine.savedItems(saved, talk?.id)),
    [engine, saved, talk?.id],
  );
  return useMemo<Live<SearchResult[]>>(() => {
    if (!wanted) return { status: 'ready', value: [] };
    if (!engine) return failed ? { status: 'error', error: failed } : { status: 'loading' };
    if (!talkSearchIndex || !savedIndex) return { status: 'loading' };
    return {
      status: 'ready',
      value: engine.mergeResults([engine.search(talkSearchIndex, query), engine.search(savedIndex, query)]),
    };
  }, [wanted, failed, engine, talkSearchIndex, savedIndex, query]);
}
