// What the background answers about a talk's quotes for the page: the card's quotes, starring, saving by key.
import type { TalkDatabase } from './db';
import { favouriteOf } from './favourites';
import { quoteToSave, timedQuotes } from './sync';
import { timingsOf } from './timings';

/** A quote as the card on the page needs it: placed on the timeline (by the corpus or the user). */
export interface CardQuote {
  id: string;
  text: string;
  speaker: string;
  start: number;
}

export async function cardQuotes(db: TalkDatabase, talkId: string): Promise<{ quotes: CardQuote[]; saved: string[] }> {
  const [talk, timings] = await Promise.all([db.talks.get(talkId), timingsOf(db, talkId)]);
  const placed = timedQuotes(talk?.quotes ?? [], timings).map(({ quote, start }) => ({ id: quote.id, text: quote.text, speaker: quote.speaker, start }));
  const saved = await db.favourites.bulkGet(placed.map((quote) => quote.id));
  return { quotes: placed, saved: saved.flatMap((favourite) => (favourite ? [favourite.quoteId] : [])) };
}

/** Stars or un-stars a talk's quote by id; resolves with whether it is saved now (false for an unknown quote). */
export function toggleSavedById(db: TalkDatabase, talkId: string, quoteId: string): Promise<boolean> {
  return db.transaction('rw', [db.favourites, db.talks], async () => {
    if (await db.favourites.get(quoteId)) {
      await db.favourites.delete(quoteId);
      return false;
    }
    const talk = await db.talks.get(talkId);
    const quote = talk?.quotes.find((candidate) => candidate.id === quoteId);
    if (!quote || !talk) return false;
    await db.favourites.add(favouriteOf(quote, talk));
    return true;
  });
}

export type SaveByKeyResult = { saved: 'new' | 'already'; text: string } | { saved: 'none' };

/** Saves the quote being said at `time` (or the nearest within a minute); an already saved one stays as it is. */
export async function saveQuoteNear(db: TalkDatabase, talkId: string, time: number): Promise<SaveByKeyResult> {
  const [talk, timings] = await Promise.all([db.talks.get(talkId), timingsOf(db, talkId)]);
  const target = quoteToSave(timedQuotes(talk?.quotes ?? [], timings), time);
  if (!target || !talk) return { saved: 'none' };
  const added = await db.transaction('rw', db.favourites, async () => {
    if (await db.favourites.get(target.quote.id)) return false;
    await db.favourites.add(favouriteOf(target.quote, talk));
    return true;
  });
  return { saved: added ? 'new' : 'already', text: target.quote.text };
}
