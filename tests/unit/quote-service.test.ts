import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCorpus } from '@/lib/corpus';
import { seedCorpus, TalkDatabase } from '@/lib/db';
import { cardQuotes, saveQuoteNear, toggleSavedById } from '@/lib/quote-service';
import { pinTiming } from '@/lib/timings';
import { realSeeds } from './seeds';

const corpus = buildCorpus(realSeeds());
const talk = corpus.talks[0]!;
const timed = corpus.quotes.find((quote) => quote.start !== null)!;
const untimed = corpus.quotes.find((quote) => quote.start === null)!;
let db: TalkDatabase;

beforeEach(async () => {
  db = new TalkDatabase(`service-${Math.random()}`);
  await seedCorpus(db, corpus, 'v1');
});
afterEach(() => db.delete());

describe('the page card\'s quotes', () => {
  it('are the timed ones, plus the ones the user pinned', async () => {
    expect((await cardQuotes(db, talk.id)).quotes.map((quote) => quote.id)).toEqual([timed.id]);
    await pinTiming(db, untimed, 600);
    const { quotes } = await cardQuotes(db, talk.id);
    expect(quotes).toContainEqual({ id: untimed.id, text: untimed.text, speaker: 'Ion Stoica', start: 600 });
  });

  it('can be starred and un-starred by id', async () => {
    expect(await toggleSavedById(db, talk.id, timed.id)).toBe(true);
    expect((await cardQuotes(db, talk.id)).saved).toEqual([timed.id]);
    expect(await toggleSavedById(db, talk.id, timed.id)).toBe(false);
    expect(await toggleSavedById(db, talk.id, 'no/such-quote')).toBe(false);
    expect(await toggleSavedById(db, 'no-such-talk', timed.id)).toBe(false);
    expect(await db.favourites.count()).toBe(0);
  });
});

describe('saving by key', () => {
  it('saves the quote being said, once', async () => {
    expect(await saveQuoteNear(db, talk.id, 2490)).toEqual({ saved: 'new', text: timed.text });
    expect(await saveQuoteNear(db, talk.id, 2495)).toEqual({ saved: 'already', text: timed.text });
    expect((await db.favourites.toArray()).map((f) => f.quoteId)).toEqual([timed.id]);
  });

  it('saves nothing far from any quote', async () => {
    expect(await saveQuoteNear(db, talk.id, 20)).toEqual({ saved: 'none' });
    expect(await db.favourites.count()).toBe(0);
  });
});
