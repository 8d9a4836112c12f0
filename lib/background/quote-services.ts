// The background's answers about quotes for the page: the card's quotes and star, and the save-by-key command.
import { liveQuery } from 'dexie';
import { browser } from '#imports';
import { isQuoteRequest, isTalkRequest, onMessage, sendMessage, type Playback } from '../messaging';
import { cardQuotes, saveQuoteNear, toggleSavedById } from '../quote-service';
import { corpusReady } from '../seeding';
import { db } from '../store';

export function registerQuoteServices(
  playbackOf: (tabId: number) => Promise<Playback | undefined>,
  talkTabIds: () => Promise<number[]>,
): void {
  onMessage('cardQuotes', async ({ data }) => {
    if (!isTalkRequest(data)) return { quotes: [], saved: [] };
    await corpusReady();
    return cardQuotes(db, data.talkId);
  });
  onMessage('toggleSaved', ({ data }) => isQuoteRequest(data) && toggleSavedById(db, data.talkId, data.quoteId));

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

  // A star made in a view shows on the card at once, not at the next quote: the favourites are watched (across
  // contexts) and every talk tab told. The first value is the favourites as they are, not a change.
  let first = true;
  liveQuery(() => db.favourites.toCollection().primaryKeys()).subscribe(async () => {
    if (first) {
      first = false;
      return;
    }
    for (const tabId of await talkTabIds()) void sendMessage('savedChanged', undefined, tabId).catch(() => undefined);
  });
}
