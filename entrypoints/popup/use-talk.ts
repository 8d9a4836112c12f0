// The live data a view shows: the talk with its chapters and quotes, the favourites and the user's own timings.
// Each is read once for the first screen (all at once, as the view starts) and then kept live.
import { useEffect, useState } from 'preact/hooks';
import { quoteIdsOf, type Favourite, type StoredTalk } from '@/lib/db';
import { savedNewestFirst } from '@/lib/favourites';
import { useLiveQuery } from '@/lib/live';
import { cardEnabled, onCardEnabledChange } from '@/lib/settings';
import { db } from '@/lib/store';

type TalkData = { talk: StoredTalk; chapters: StoredTalk['chapters']; quotes: StoredTalk['quotes'] } | undefined;
type Favourites = { saved: Favourite[]; inCorpus: Set<string> };

/** The talk a tab plays, or else the first talk installed. One read: the talk's row holds its chapters and quotes. */
async function readTalk(talkId: string | undefined): Promise<TalkData> {
  const talk = talkId ? await db.talks.get(talkId) : await db.talks.orderBy('id').first();
  return talk && { talk, chapters: talk.chapters, quotes: talk.quotes };
}

async function readFavourites(): Promise<Favourites> {
  const saved = await savedNewestFirst(db);
  return { saved, inCorpus: await quoteIdsOf(db, saved.map((favourite) => favourite.talkId)) };
}

/** The user's own timings for quotes the corpus gives no time, as quote id → second. */
async function readOwnTimings(): Promise<Map<string, number>> {
  return new Map((await db.timings.toArray()).map((timing) => [timing.quoteId, timing.start]));
}

/** What the first screen shows, read in parallel so the view paints in one go. */
export interface FirstScreen {
  talkId: string | undefined;
  talk: TalkData;
  favourites: Favourites;
  timings: Map<string, number>;
}

export async function readFirstScreen(talkId: string | undefined): Promise<FirstScreen> {
  const [talk, favourites, timings] = await Promise.all([readTalk(talkId), readFavourites(), readOwnTimings()]);
  return { talkId, talk, favourites, timings };
}

export function useTalk(talkId: string | undefined, first?: FirstScreen) {
  const data = useLiveQuery(() => readTalk(talkId), [talkId], first && first.talkId === talkId ? { value: first.talk } : undefined);
  return { data };
}

export function useOwnTimings(first?: FirstScreen): Map<string, number> {
  const timings = useLiveQuery(readOwnTimings, [], first && { value: first.timings });
  return timings.status === 'ready' ? timings.value : new Map();
}

export function useFavourites(first?: FirstScreen): Favourites {
  const favourites = useLiveQuery(readFavourites, [], first && { value: first.favourites });
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
