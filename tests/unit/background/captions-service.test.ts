// The background's side of captions: a tab that starts playing the talk is asked to read them only when none are
// kept (or they are old), and what the content script read is checked, parsed and kept.
import 'fake-indexeddb/auto';
import { afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { captionLines, json3 } from '../../harness/captions';
import { deliver, playbackAt, sent } from '../messaging-mock';

vi.mock('@/lib/messaging', (original) =>
  import('../messaging-mock').then(({ mockMessaging }) => mockMessaging(original)),
);
const { registerCaptionsService } = await import('@/lib/background/captions-service');
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
