// The background's side of the quote card on the page: its quotes, its star, the save-by-key command, and news of
// the user's stars and timings for the talk each tab plays.
import { liveQuery } from 'dexie';
import { browser } from '#imports';
import { saveQuoteNear, toggleFavourite } from '../favourites';
import { isQuoteRequest, isSaveAtRequest, isTalkRequest, onMessage, sendMessage, type CardData } from '../messaging';
import { corpusReady } from '../seeding';
import { db } from '../store';
import { timedQuotes } from '../sync';
import type { Playback } from '../talk-tabs';
import { timingsOf } from '../timings';
import { captionStarts, transcriptOfTalk } from '../view-data';

/** The talk's quotes placed on the timeline (the user's timing, the corpus's, the captions'), and which are saved. */
async function cardData(talkId: string): Promise<CardData> {
  const [talk, timings, transcript, favourites] = await Promise.all([
    db.talks.get(talkId),
    timingsOf(db, talkId),
    transcriptOfTalk(db, talkId),
    db.favourites.toArray(),
  ]);
  return {
    quotes: timedQuotes(talk?.quotes ?? [], timings, captionStarts(transcript)).map(({ quote, start }) => ({ id: quote.id, text: quote.text, speaker: quote.speaker, start })),
    saved: favourites.filter((favourite) => favourite.talkId === talkId).map((favourite) => favourite.quoteId),
  };
}

export function registerCardService(
  playbackOf: (tabId: number) => Promise<Playback | undefined>,
  talkTabIds: () => Promise<number[]>,
): void {
  onMessage('cardQuotes', async ({ data }) => {
    if (!isTalkRequest(data)) return { quotes: [], saved: [] };
    await corpusReady();
    return cardData(data.talkId);
  });
  onMessage('toggleSaved', ({ data }) => isQuoteRequest(data) && toggleFavourite(db, data.talkId, data.quoteId));

  // The keyboard command saves the quote being said in the tab the user is on: the tab's card says where its player
  // is (saveQuoteAt) and confirms what was saved. A tab not showing the talk has no card and ignores it.
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command === 'save-current-quote' && tab?.id !== undefined) await sendMessage('saveKeyPressed', undefined, tab.id).catch(() => undefined);
  });
  onMessage('saveQuoteAt', async ({ data }) => {
    if (!isSaveAtRequest(data)) return { saved: 'none' };
    await corpusReady();
    return saveQuoteNear(db, data.talkId, data.time, captionStarts(await transcriptOfTalk(db, data.talkId)));
  });

  // A star, a pin or captions read show on the card at once: their tables are watched (across contexts), and each
  // talk tab is sent its card's quotes and stars. The first value is sent too: a worker that was stopped may have missed a change.
  const watched = () => Promise.all([db.favourites.toCollection().primaryKeys(), db.timings.toArray(), db.transcripts.toCollection().keys()]);
  liveQuery(watched).subscribe(async () => {
    for (const tabId of await talkTabIds()) {
      const playing = await playbackOf(tabId);
      if (playing) void sendMessage('cardChanged', await cardData(playing.talkId), tabId).catch(() => undefined);
    }
  });
}
