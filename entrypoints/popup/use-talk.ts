// The live data a view shows: the talk with its chapters and quotes, the favourites, and the search index.
import { useEffect, useState } from 'preact/hooks';
import { chaptersOf, quotesOf } from '@/lib/db';
import { savedNewestFirst } from '@/lib/favourites';
import { useLiveQuery } from '@/lib/live';
import { cardEnabled, onCardEnabledChange } from '@/lib/settings';
import { db } from '@/lib/store';

/** The talk a tab plays, or else the first talk installed. */
export function useTalk(talkId: string | undefined) {
  const data = useLiveQuery(async () => {
    const talk = talkId ? await db.talks.get(talkId) : await db.talks.orderBy('id').first();
    if (!talk) return undefined;
    const [chapters, quotes] = await Promise.all([chaptersOf(db, talk.id), quotesOf(db, talk.id)]);
    return { talk, chapters, quotes };
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
    const present = await db.quotes.bulkGet(saved.map((favourite) => favourite.quoteId));
    return { saved, inCorpus: new Set(present.flatMap((quote) => (quote ? [quote.id] : []))) };
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
