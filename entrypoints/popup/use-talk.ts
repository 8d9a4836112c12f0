// The live data a view shows: the talk with its chapters and quotes, the favourites, and the search index.
import { useEffect, useState } from 'preact/hooks';
import { quoteIdsOf } from '@/lib/db';
import { savedNewestFirst } from '@/lib/favourites';
import { useLiveQuery } from '@/lib/live';
import { cardEnabled, onCardEnabledChange } from '@/lib/settings';
import { db } from '@/lib/store';

/** The talk a tab plays, or else the first talk installed. */
export function useTalk(talkId: string | undefined) {
  const data = useLiveQuery(async () => {
    // One read: the talk's row holds its chapters and quotes.
    const talk = talkId ? await db.talks.get(talkId) : await db.talks.orderBy('id').first();
    return talk && { talk, chapters: talk.chapters, quotes: talk.quotes };
  }, [talkId]);
  return { data };
}

/** The user's own timings for quotes the corpus gives no time, as quote id → second. */
export function useOwnTimings(): Map<string, number> {
  const timings = useLiveQuery(async () => new Map((await db.timings.toArray()).map((t) => [t.quoteId, t.start])), []);
  return timings.status === 'ready' ? timings.value : new Map();
}

export function useFavourites() {
  const favourites = useLiveQuery(async () => {
    const saved = await savedNewestFirst(db);
    const inCorpus = await quoteIdsOf(db, saved.map((favourite) => favourite.talkId));
    return { saved, inCorpus };
  }, []);
  return favourites.status === 'ready' ? favourites.value : { saved: [], inCorpus: new Set<string>() };
}

/** Whether the quote card shows on the player, kept in step with every other view. */
export function useCardEnabled(): boolean | undefined {
  const [enabled, setEnabled] = useState<boolean>();
  useEffect(() => {
    void cardEnabled().then(setEnabled);
    return onCardEnabledChange(setEnabled);
  }, []);
  return enabled;
}
