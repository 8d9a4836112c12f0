// Saving quotes: a favourite keeps its own copy of the quote, so it outlives the quote leaving the corpus.
import type { Quote, Talk } from './corpus/types';
import type { Favourite, TalkDatabase } from './db';

export function favouriteOf(quote: Quote, talk: Talk, savedAt = Date.now()): Favourite {
  return {
    quoteId: quote.id,
    talkId: talk.id,
    savedAt,
    text: quote.text,
    speaker: quote.speaker,
    talkTitle: talk.title,
    videoId: talk.videoIds[0] ?? null,
    start: quote.start,
  };
}

/** Stars or un-stars a quote; resolves with whether it is saved now. */
export function toggleFavourite(db: TalkDatabase, quote: Quote, talk: Talk): Promise<boolean> {
  return db.transaction('rw', db.favourites, async () => {
    if (await db.favourites.get(quote.id)) {
      await db.favourites.delete(quote.id);
      return false;
    }
    await db.favourites.add(favouriteOf(quote, talk));
    return true;
  });
}

/** Adds the ones not saved yet; a favourite already there stays as it is. */
export function mergeFavourites(db: TalkDatabase, incoming: Favourite[]): Promise<{ added: number; existing: number }> {
  return db.transaction('rw', db.favourites, async () => {
    const present = new Set((await db.favourites.bulkGet(incoming.map((f) => f.quoteId))).flatMap((f) => (f ? [f.quoteId] : [])));
    const fresh = [...new Map(incoming.filter((f) => !present.has(f.quoteId)).map((f) => [f.quoteId, f])).values()];
    await db.favourites.bulkAdd(fresh);
    return { added: fresh.length, existing: incoming.length - fresh.length };
  });
}

export function savedNewestFirst(db: TalkDatabase): Promise<Favourite[]> {
  return db.favourites.orderBy('savedAt').reverse().toArray();
}
