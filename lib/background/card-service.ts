// The background's side of the quote card on the page: its quotes, its star, the save-by-key command, and news of
// the user's stars and timings for the talk each tab plays.
import { liveQuery } from 'dexie';
import { browser } from '#imports';
import { saveQuoteNear, toggleFavourite } from '../favourites';
import { isQuoteRequest, isTalkRequest, onMessage, sendMessage, type TalkMarks } from '../messaging';
import { corpusReady } from '../seeding';
import { db } from '../store';
import type { Playback } from '../talk-tabs';

/** The user's stars and own timings among one talk's quotes. */
async function marksOf(talkId: string): Promise<TalkMarks> {
  const [favourites, timings] = await Promise.all([
    db.favourites.toArray(),
    db.timings.where('talkId').equals(talkId).toArray(),
  ]);
  return {
    saved: favourites.filter((favourite) => favourite.talkId === talkId).map((favourite) => favourite.quoteId),
    timings: timings.map((timing) => [timing.quoteId, timing.start]),
  };
}

export function registerCardService(
  playbackOf: (tabId: number) => Promise<Playback | undefined>,
  talkTabIds: () => Promise<number[]>,
): void {
  onMessage('cardQuotes', async ({ data }) => {
    if (!isTalkRequest(data)) return { quotes: [], saved: [], timings: [] };
    await corpusReady();
    const talk = await db.talks.get(data.talkId);
    const quotes = (talk?.quotes ?? []).map(({ id, text, speaker, start }) => ({ id, text, speaker, start }));
    return { quotes, ...(await marksOf(data.talkId)) };
  });
  onMessage('toggleSaved', ({ data }) => isQuoteRequest(data) && toggleFavourite(db, data.talkId, data.quoteId));

  // The keyboard command saves the quote being said in the tab the user is on, and confirms it there.
  browser.commands.onCommand.addListener(async (command, tab) => {
    const tabId = tab?.id;
    if (command !== 'save-current-quote' || tabId === undefined) return;
    const playing = await playbackOf(tabId);
    if (!playing) return;
    await corpusReady();
    const result = await saveQuoteNear(db, playing.talkId, playing.time);
    await sendMessage('savedByKey', result, tabId).catch(() => undefined);
  });

  // A star or a pin made anywhere shows on the card at once: both tables are watched (across contexts), and each
  // talk tab is sent its talk's marks. The first value is sent too: a worker that was stopped may have missed a change.
  liveQuery(() => Promise.all([db.favourites.toCollection().primaryKeys(), db.timings.toArray()])).subscribe(async () => {
    for (const tabId of await talkTabIds()) {
      const playing = await playbackOf(tabId);
      if (playing) void sendMessage('marksChanged', await marksOf(playing.talkId), tabId).catch(() => undefined);
    }
  });
}
