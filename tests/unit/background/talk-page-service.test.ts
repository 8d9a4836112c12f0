// The background's side of the talk's page: its placed quotes and saves, the save-by-key command, the line to replay,
// and news pushed with its payload.
import 'fake-indexeddb/auto';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { PageQuotes } from '@/lib/model/messages';
import type { Playback } from '@/lib/model/playback';

import { deliver, sent } from '../messaging-mock';

vi.mock('@/lib/messaging', (original) =>
  import('../messaging-mock').then(({ mockMessaging }) => mockMessaging(original)),
);
const { registerTalkPageService } = await import('@/lib/background/talk-page-service');
const { corpusReady } = await import('@/lib/db/seeding');
const { db } = await import('@/lib/db/store');
const { pinTiming } = await import('@/lib/saves/write/timings');
const { setSecondLanguage } = await import('@/lib/settings');

const ask = deliver;
let talkId: string;
let playing: Playback | undefined;
let command: (name: string, tab?: { id?: number }) => Promise<void> = async () => undefined;

beforeAll(async () => {
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(
    (listener) => void (command = listener as typeof command),
  );
  await corpusReady();
  talkId = (await db.talks.toCollection().first())!.id;
  registerTalkPageService(
    async (tabId) => (tabId === 3 && playing ? { tabId, frameId: 2, playback: playing, seenAt: 1 } : undefined),
    async () => (playing ? [3] : []),
  );
});
beforeEach(async () => {
  await Promise.all([db.saves.clear(), db.timings.clear(), db.transcripts.clear(), db.translations.clear()]);
  await fakeBrowser.storage.local.clear();
  playing = undefined;
  sent.length = 0;
});

describe('the talk page service', () => {
  it('gives the page the quotes placed on the timeline, which are saved, and its chapters', async () => {
    const answer = (await ask('pageQuotes', { talkId })) as PageQuotes;
    expect(answer.talkId).toBe(talkId);
    expect(answer.quotes.map((quote) => quote.start)).toEqual([2481]);
    expect(answer.saved).toEqual([]);
    expect(answer.savedLines).toEqual([]);
    expect(answer.chapters).toHaveLength(10);
    expect(answer.chapters[0]).toEqual({ start: 0, title: 'Introduction and session overview at BUILD conference' });
    expect(await ask('pageQuotes', { talkId: 42 })).toEqual({
      talkId: '',
      quotes: [],
      saved: [],
      savedLines: [],
      chapters: [],
      withSlide: [],
    });
  });

  it('gives the caption lines the user saved as saves of the page, apart from the quotes', async () => {
    const line = {
      quoteId: `${talkId}/captions/QwC-J2KFTrM@6000`,
      talkId,
      savedAt: 1,
      text: 'a line of the captions',
      speaker: '',
      talkTitle: 'z',
      videoId: 'QwC-J2KFTrM',
      start: 600,
      source: 'captions' as const,
      changedAt: 1,
    };
    await db.saves.add(line);
    const answer = (await ask('pageQuotes', { talkId })) as PageQuotes;
    expect(answer.savedLines).toEqual([{ id: line.quoteId, text: line.text, speaker: '', start: 600 }]);
    expect(answer.saved).toEqual([line.quoteId]);
  });

  it('gives the talk window the slide kept with a save, and nothing for a save without one', async () => {
    const image = 'data:image/jpeg;base64,/9j/2wBDAA==';
    await db.slides.bulkPut([
      { quoteId: 'kept', talkId, time: 2481, image, width: 1280, height: 720, bytes: 9 },
      { quoteId: 'during-an-ad', talkId, time: 2481, missing: 'ad' },
    ]);
    expect(await ask('slideOf', { quoteId: 'kept' })).toEqual({ image, width: 1280, height: 720 });
    expect(await ask('slideOf', { quoteId: 'during-an-ad' })).toBeNull();
    expect(await ask('slideOf', { quoteId: 'never-saved' })).toBeNull();
    expect(await ask('slideOf', { quoteId: '' })).toBeNull();
    await db.slides.clear();
  });

  it('says which caption line is being said, for the video whose captions are kept', async () => {
    const lines = [
      { start: 10, end: 14, text: 'one' },
      { start: 14, end: 20, text: 'two' },
    ];
    await db.transcripts.put({
      videoId: 'QwC-J2KFTrM',
      trackId: '.en',
      talkId,
      fetchedAt: Date.UTC(2026, 11, 5),
      status: 'ready',
      lines,
      placements: {},
    });
    expect(await ask('lineAt', { talkId, videoId: 'QwC-J2KFTrM', time: 16.5 })).toEqual(lines[1]);
    expect(await ask('lineAt', { talkId, videoId: 'QwC-J2KFTrM', time: 3 })).toBeNull();
    expect(await ask('lineAt', { talkId, videoId: 'R3upl0adX1z', time: 16.5 })).toBeNull();
    expect(await ask('lineAt', { talkId, time: 16.5 })).toBeNull();
  });

  it("gives the line being said and the page's quote their second line, in the user's language, where it is kept", async () => {
    const quote = (await db.talks.get(talkId))!.quotes.find((each) => each.start !== null)!;
    const words = quote.text.split(' ');
    // The captions say the quote over two lines 76 s before the corpus's published moment (where they place it), and
    // something else at that moment: the quote's translation is of the lines its words are said over.
    const said = quote.start! - 76;
    const lines = [
      { start: said - 4, end: said, text: 'before it' },
      { start: said, end: said + 4, text: words.slice(0, 8).join(' ') },
      { start: said + 4, end: said + 8, text: words.slice(8).join(' ') },
      { start: quote.start!, end: quote.start! + 4, text: 'something else' },
      { start: quote.start! + 4, end: quote.start! + 8, text: 'and more of it' },
    ];
    await db.transcripts.put({
      videoId: 'QwC-J2KFTrM',
      trackId: '.en',
      talkId,
      fetchedAt: 1,
      status: 'ready',
      lines,
      placements: { [quote.id]: { start: said, confidence: 1 } },
    });
    await db.translations.put({
      videoId: 'QwC-J2KFTrM',
      language: 'de',
      fetchedAt: 1,
      status: 'ready',
      lines: lines.map((line, at) => ({ ...line, text: `Zeile ${at}` })),
    });
    const line = { talkId, videoId: 'QwC-J2KFTrM', time: quote.start! + 5 };
    expect(await ask('lineAt', line)).toEqual(lines[4]);
    expect(((await ask('pageQuotes', { talkId })) as PageQuotes).second).toBeUndefined();

    await setSecondLanguage('de');
    expect(await ask('lineAt', line)).toEqual({ ...lines[4], second: 'Zeile 4' });
    const { second } = (await ask('pageQuotes', { talkId })) as PageQuotes;
    expect(second).toEqual({ language: 'de', quotes: { [quote.id]: 'Zeile 1 Zeile 2' } });
    // A language without a translation kept: no second line.
    await setSecondLanguage('fr');
    expect(await ask('lineAt', line)).toEqual(lines[4]);
  });

  it('asks the tab where the keyboard command was pressed to save where its player is, not where it last reported', async () => {
    playing = { talkId, videoId: 'QwC-J2KFTrM', time: 300, duration: 2800, paused: true, rate: 1, ad: false };
    await command('save-current-quote', { id: 3 });
    await command('another-command', { id: 3 });
    expect(sent).toEqual([{ type: 'saveKeyPressed', data: undefined, tabId: { tabId: 3, frameId: 2 } }]);
  });

  it("tells each talk tab its page's placed quotes and stars, with the payload and its talk, whichever context changed them", async () => {
    playing = { talkId, videoId: 'QwC-J2KFTrM', time: 600, duration: 2800, paused: false, rate: 1, ad: false };
    const talk = (await db.talks.get(talkId))!;
    const untimed = talk.quotes.find((quote) => quote.start === null)!;
    await pinTiming(db, untimed.talkId, untimed.id, 600);
    const placed = (data: unknown) => (data as PageQuotes).quotes.map((quote) => [quote.id, quote.start]);
    await vi.waitFor(() =>
      expect(sent.at(-1)).toMatchObject({ type: 'pageQuotesChanged', tabId: 3, data: { talkId } }),
    );
    await vi.waitFor(() => expect(placed(sent.at(-1)!.data)).toContainEqual([untimed.id, 600]));
    // Said whose the time is: the marks' tooltips say "your timing".
    const timingOf = (id: string) => (sent.at(-1)!.data as PageQuotes).quotes.find((quote) => quote.id === id)?.timing;
    expect([timingOf(untimed.id), timingOf(talk.quotes.find((quote) => quote.start !== null)!.id)]).toEqual([
      'own',
      undefined,
    ]);
    const save = {
      quoteId: untimed.id,
      talkId,
      savedAt: 1,
      text: 'x',
      speaker: 'y',
      talkTitle: 'z',
      videoId: null,
      start: null,
      changedAt: 1,
    };
    await db.saves.bulkAdd([save, { ...save, quoteId: 'other-talk/quote', talkId: 'other-talk' }]);
    await vi.waitFor(() => expect((sent.at(-1)?.data as PageQuotes).saved).toEqual([untimed.id]));
  });
});
