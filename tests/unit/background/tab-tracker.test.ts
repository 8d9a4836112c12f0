// The background's record of the tabs playing the talk: what a view is served, the badge, and a worker restart.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { deliver, handlers, playbackAt } from '../messaging-mock';

vi.mock('@/lib/messaging', (original) =>
  import('../messaging-mock').then(({ mockMessaging }) => mockMessaging(original)),
);
const { registerTabTracker } = await import('@/lib/background/tab-tracker');

const playback = (time: number, paused = false) => playbackAt(time, { paused });
// As the talk's page sends them: its playback, or that it left the talk (naming the video it was on).
const fromTab = (tabId: number, data?: unknown) =>
  deliver(data === undefined ? 'leftTalk' : 'playback', data ?? { videoId: 'QwC-J2KFTrM' }, tabId);
let badges: Record<number, string>;

beforeEach(() => {
  fakeBrowser.reset();
  handlers.clear();
  badges = {};
  vi.spyOn(fakeBrowser.action, 'setBadgeText').mockImplementation(
    async ({ tabId, text }) => void (badges[tabId!] = text ?? ''),
  );
  vi.spyOn(fakeBrowser.action, 'setTitle').mockResolvedValue(undefined);
});

describe('the tab tracker', () => {
  it('serves a view the tab playing the talk, and badges it with what the player does', async () => {
    const { servedTab } = registerTabTracker();
    await fromTab(5, playback(30));
    expect(await servedTab({ pinned: null, active: 9 })).toEqual({
      tabId: 5,
      frameId: 0,
      how: 'recent',
      playback: playback(30),
    });
    expect(badges[5]).toBe('▶');
    await fromTab(5, playback(31, true));
    expect(badges[5]).toBe('❚❚');
  });

  it('forgets a tab that left the talk, and clears its badge', async () => {
    const { servedTab, talkTabIds } = registerTabTracker();
    await fromTab(5, playback(30));
    await fromTab(5);
    expect(await talkTabIds()).toEqual([]);
    expect(badges[5]).toBe('');
    expect(await servedTab({ pinned: null, active: 9 })).toEqual({ tabId: 9, how: 'active', playback: null });
  });

  it('drops malformed playback', async () => {
    const { talkTabIds } = registerTabTracker();
    await fromTab(5, { ...playback(30), time: -3 });
    expect(await talkTabIds()).toEqual([]);
  });

  it('keeps the talk tabs across a restart of the worker', async () => {
    registerTabTracker();
    await fromTab(5, playback(30));
    handlers.clear();
    const restarted = registerTabTracker();
    expect((await restarted.talkFrameOf(5))?.playback).toEqual(playback(30));
  });

  it('keeps where a paused tab was scrubbed to across a restart: it sends nothing more to correct it', async () => {
    registerTabTracker();
    await fromTab(5, playback(30));
    await fromTab(5, playback(31));
    await fromTab(5, playback(300, true));
    await fromTab(5, playback(2441, true));
    handlers.clear();
    expect((await registerTabTracker().talkFrameOf(5))?.playback).toEqual(playback(2441, true));
  });
});
