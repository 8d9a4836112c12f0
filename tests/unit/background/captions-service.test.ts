// The background's side of captions: a tab that starts playing the talk is asked to read them only when none are
// kept (or they are old), and what the content script read is checked, parsed and kept.
import 'fake-indexeddb/auto';
import { afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { captionLines, json3 } from '../../harness/captions';
import { deliver, playbackAt, sent } from '../messaging-mock';

vi.mock('@/lib/messaging', (original) =>
  import('../messaging-mock').then(({ mockMessaging }) => mockMessaging(original)),
);
const { registerCaptionsService, registerLanguageChoice } = await import('@/lib/background/captions-service');
const { secondLanguage, setSecondLanguage } = await import('@/lib/settings');
const { db } = await import('@/lib/db/store');
const { readTranscript } = await import('@/lib/db/reads');

let service: ReturnType<typeof registerCaptionsService>;
const talkId = 'brk227-c2453dc8';
const report = {
  talkId,
  videoId: 'QwC-J2KFTrM',
  outcome: 'track',
  track: { languageCode: 'en', name: 'English', vssId: '.en' },
  body: json3(captionLines({ quotes: [] })),
};

beforeAll(() => {
  service = registerCaptionsService({ answerWithinMs: 300 });
});
beforeEach(async () => {
  // The page's time to answer runs on the test's clock; a timer left by one test is dropped, never fired in the next.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  await db.transcripts.clear();
  await db.translations.clear();
  await fakeBrowser.storage.local.clear();
  await fakeBrowser.storage.sync.clear();
  fakeBrowser.i18n.getUILanguage = () => 'en-US';
  sent.length = 0;
});
afterEach(() => {
  vi.clearAllTimers();
  vi.useRealTimers();
});

const frame = (tabId: number, frameId: number, videoId?: string) => ({
  tabId,
  frameId,
  playback: playbackAt(10, { talkId, ...(videoId && { videoId }) }),
  seenAt: 1,
});

it('asks the frame that starts playing the talk to read its captions, and not again once they are kept', async () => {
  await service.talkFrameJoined(frame(3, 7));
  expect(sent).toEqual([{ type: 'readCaptions', data: { videoId: 'QwC-J2KFTrM' }, tabId: { tabId: 3, frameId: 7 } }]);

  await deliver('captions', report, 3);
  expect((await readTranscript(db, talkId))?.status).toBe('ready');
  await service.talkFrameJoined(frame(4, 0));
  expect(sent).toHaveLength(1);
});

it('says the captions are unavailable when the page never answers, and not before its time is up', async () => {
  const kept = () => db.transcripts.where('videoId').equals('SilentPage1').first();
  await service.talkFrameJoined(frame(5, 0, 'SilentPage1'));
  await vi.advanceTimersByTimeAsync(299);
  expect(await kept()).toBeUndefined();
  await vi.advanceTimersByTimeAsync(1);
  await vi.waitFor(async () =>
    expect(await kept()).toMatchObject({ status: 'unavailable', reason: 'the YouTube page did not answer' }),
  );
});

it('keeps nothing from a malformed report', async () => {
  await deliver('captions', { ...report, body: 42 }, 3);
  await deliver('captions', { ...report, videoId: undefined }, 3);
  expect(await db.transcripts.count()).toBe(0);
});

it("asks a German browser's talk frame for YouTube's German translation too, once, and keeps what it read", async () => {
  fakeBrowser.i18n.getUILanguage = () => 'de-DE';
  await service.talkFrameJoined(frame(3, 7));
  expect(sent).toContainEqual({
    type: 'readTranslation',
    data: { videoId: 'QwC-J2KFTrM', language: 'de' },
    tabId: { tabId: 3, frameId: 7 },
  });
  await deliver(
    'translation',
    { talkId, videoId: 'QwC-J2KFTrM', language: 'de', outcome: 'track', body: report.body },
    3,
  );
  expect(await db.translations.get(['QwC-J2KFTrM', 'de'])).toMatchObject({ status: 'ready' });
  sent.length = 0;
  await service.talkFrameJoined(frame(4, 0));
  expect(sent.filter((message) => message.type === 'readTranslation')).toEqual([]);
});

it('asks for no translation in an English browser, nor once the user turned the second line off', async () => {
  await service.talkFrameJoined(frame(3, 7));
  fakeBrowser.i18n.getUILanguage = () => 'ja';
  await setSecondLanguage(null);
  await service.talkFrameJoined(frame(3, 7));
  expect(sent.filter((message) => message.type === 'readTranslation')).toEqual([]);
});

it('says the translation is unavailable when the page never answers, and keeps nothing from a malformed report', async () => {
  await setSecondLanguage('fr');
  await service.talkFrameJoined(frame(5, 0, 'SilentPage1'));
  await vi.advanceTimersByTimeAsync(300);
  await vi.waitFor(async () =>
    expect(await db.translations.get(['SilentPage1', 'fr'])).toMatchObject({
      status: 'unavailable',
      reason: 'the YouTube page did not answer',
    }),
  );
  await deliver(
    'translation',
    { talkId, videoId: 'QwC-J2KFTrM', language: 'not a language', outcome: 'untranslatable' },
    3,
  );
  await deliver('translation', { talkId, videoId: 'QwC-J2KFTrM', language: 'de', outcome: 'track', body: 7 }, 3);
  expect(await db.translations.get(['QwC-J2KFTrM', 'de'])).toBeUndefined();
});

it("remembers the language a view chooses (or none), and then has the talk's tabs read it", async () => {
  const then = vi.fn();
  registerLanguageChoice(then);
  await deliver('setSecondLanguage', { language: 'es' });
  expect(await secondLanguage()).toBe('es');
  expect(then).toHaveBeenCalledTimes(1);
  await deliver('setSecondLanguage', { language: null });
  expect(await secondLanguage()).toBeNull();
  await deliver('setSecondLanguage', { language: '<script>' });
  expect(await secondLanguage()).toBeNull();
  expect(then).toHaveBeenCalledTimes(2);
});
