// The background's side of the quote card: its quotes and marks, its star, and news pushed with its payload.
import 'fake-indexeddb/auto';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { CardData } from '@/lib/messaging';
import type { Playback } from '@/lib/talk-tabs';

import { deliver, sent } from '../messaging-mock';

vi.mock('@/lib/messaging', (original) => import('../messaging-mock').then(({ mockMessaging }) => mockMessaging(original)));
const { registerCardService } = await import('@/lib/background/card-service');
const { corpusReady } = await import('@/lib/seeding');
const { db } = await import('@/lib/store');
const { pinTiming } = await import('@/lib/timings');

const ask = deliver;
let talkId: string;
let playing: Playback | undefined;
let command: (name: string, tab?: { id?: number }) => Promise<void> = async () => undefined;

beforeAll(async () => {
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((listener) => void (command = listener as typeof command));
  await corpusReady();
  talkId = (await db.talks.toCollection().first())!.id;
  registerCardService(async (tabId) => (tabId === 3 ? playing : undefined), async () => (playing ? [3] : []));
});
beforeEach(async () => {
  await Promise.all([db.favourites.clear(), db.timings.clear()]);
  playing = undefined;
  sent.length = 0;
});

describe('the card service', () => {
  it('gives the card the quotes placed on the timeline, and which are saved', async () => {
    const answer = (await ask('cardQuotes', { talkId })) as CardData;
    expect(answer.quotes.map((quote) => quote.start)).toEqual([2481]);
    expect(answer.saved).toEqual([]);
    expect(await ask('cardQuotes', { talkId: 42 })).toEqual({ quotes: [], saved: [] });
  });

  it('stars and un-stars from the card, through the favourites', async () => {
    const { quotes } = (await ask('cardQuotes', { talkId })) as { quotes: { id: string }[] };
    expect(await ask('toggleSaved', { talkId, quoteId: quotes[0]!.id })).toBe(true);
    expect(await db.favourites.count()).toBe(1);
    expect(await ask('toggleSaved', { talkId, quoteId: quotes[0]!.id })).toBe(false);
    expect(await ask('toggleSaved', { talkId })).toBe(false);
  });

  it('asks the tab where the keyboard command was pressed to save where its player is, not where it last reported', async () => {
    playing = { talkId, videoId: 'QwC-J2KFTrM', time: 300, duration: 2800, paused: true, rate: 1, ad: false };
    await command('save-current-quote', { id: 3 });
    await command('another-command', { id: 3 });
    expect(sent).toEqual([{ type: 'saveKeyPressed', data: undefined, tabId: 3 }]);
  });

  it('saves the quote nearest the moment the tab gives, and says what it did', async () => {
    expect(await ask('saveQuoteAt', { talkId, time: 2490 })).toMatchObject({ saved: 'new', text: expect.stringMatching(/^I think that in theoretical/) });
    expect(await ask('saveQuoteAt', { talkId, time: 2441 })).toMatchObject({ saved: 'already' });
    expect(await ask('saveQuoteAt', { talkId, time: 300 })).toEqual({ saved: 'none' });
    expect(await ask('saveQuoteAt', { talkId, time: 'now' })).toEqual({ saved: 'none' });
    expect(await db.favourites.count()).toBe(1);
  });

  it('tells each talk tab its card\'s placed quotes and stars, with the payload, whichever context changed them', async () => {
    playing = { talkId, videoId: 'QwC-J2KFTrM', time: 600, duration: 2800, paused: false, rate: 1, ad: false };
    const talk = (await db.talks.get(talkId))!;
    const untimed = talk.quotes.find((quote) => quote.start === null)!;
    await pinTiming(db, untimed, 600);
    const placed = (data: unknown) => (data as CardData).quotes.map((quote) => [quote.id, quote.start]);
    await vi.waitFor(() => expect(sent.at(-1)).toMatchObject({ type: 'cardChanged', tabId: 3 }));
    await vi.waitFor(() => expect(placed(sent.at(-1)!.data)).toContainEqual([untimed.id, 600]));
    const favourite = { quoteId: untimed.id, talkId, savedAt: 1, text: 'x', speaker: 'y', talkTitle: 'z', videoId: null, start: null };
    await db.favourites.bulkAdd([favourite, { ...favourite, quoteId: 'other-talk/quote', talkId: 'other-talk' }]);
    await vi.waitFor(() => expect((sent.at(-1)?.data as CardData).saved).toEqual([untimed.id]));
  });
});
