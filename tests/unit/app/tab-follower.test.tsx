// @vitest-environment happy-dom
// A view's hold on the tab it serves: news from the tab heard before the background's first answer still counts.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, expect, it, vi } from 'vitest';
import type { OpenView } from '@/lib/model/messages';
import type { ServedTab } from '@/lib/model/playback';

import { deliver, handlers, playbackAt } from '../messaging-mock';

let answer: (value: OpenView) => void = () => undefined;
let asked = 0;
/** The background answers the view's question, once asked. */
const answerWith = async (value: OpenView) => {
  await vi.waitFor(() => expect(asked).toBeGreaterThan(0));
  asked = 0;
  answer(value);
};
/** What the background kept in session storage for this opening (none unless a test says). */
let kept: OpenView | undefined;
vi.mock('@/lib/messaging', (original) =>
  import('../messaging-mock').then(({ mockMessaging }) => mockMessaging(original)),
);
vi.mock('@/components/app/opening', () => ({
  pinnedTab: () => 7,
  serveTabRequest: async () => ({ pinned: 7, active: null }),
  opening: () => (asked++, new Promise<OpenView>((resolve) => (answer = resolve))),
  keptView: async () => kept,
}));

const { createTabFollower, useServedTab } = await import('@/components/app/tab-follower');

const playback = (time: number, paused: boolean) => playbackAt(time, { paused });
const screen = { talk: undefined, saved: [], inCorpus: [], drafts: [], timings: [] };

beforeEach(() => {
  handlers.clear();
  kept = undefined;
  asked = 0;
});

it('a pause heard before the first answer is not lost to an answer read before it', async () => {
  const follower = createTabFollower();
  let shown: ServedTab | undefined;
  function Probe() {
    shown = useServedTab(follower);
    return null;
  }

  deliver('playback', playback(100, true), 7); // the tab pauses; the view hears it first
  await answerWith({ served: { tabId: 7, how: 'pinned', playback: playback(99, false) }, screen });
  await follower.opened;
  await act(() => render(<Probe />, document.body));
  expect(shown?.playback).toEqual(playback(100, true));

  // From then on, news applies at once.
  await act(() => void deliver('leftTalk', { videoId: 'v' }, 7));
  expect(shown?.playback).toBeNull();
  follower.stop();
});

it('a second follower starts from nothing of the first, and a stopped one hears nothing more', async () => {
  const first = createTabFollower();
  await answerWith({ served: { tabId: 7, how: 'pinned', playback: playback(10, false) }, screen });
  await first.opened;
  first.stop();
  expect(handlers.size).toBe(0);

  const second = createTabFollower();
  expect(second.current()).toBeUndefined();
  const seen: ServedTab[] = [];
  second.subscribe((served) => seen.push(served));
  await answerWith({ served: { tabId: 7, how: 'pinned', playback: null }, screen });
  await second.opened;
  deliver('unreadable', { talkId: 'talk' }, 7);
  expect(seen.map((served) => served.unreadable ?? false)).toEqual([false, true]);
  expect(first.current()?.playback).toEqual(playback(10, false));
  second.stop();
});

it('opens on what the background kept without waiting for its answer, and takes its answer when it comes', async () => {
  kept = { served: { tabId: 7, how: 'pinned', playback: playback(1800, true) }, screen };
  const follower = createTabFollower();
  const first = await follower.opened; // the background has not answered
  expect(first.talkId).toBe(playback(1800, true).talkId);
  expect(follower.current()?.playback).toEqual(playback(1800, true));
  const seen: ServedTab[] = [];
  follower.subscribe((served) => seen.push(served));
  await answerWith({ served: { tabId: 7, how: 'pinned', playback: playback(1800, true), unreadable: true }, screen });
  await vi.waitFor(() => expect(seen.map((served) => served.unreadable)).toEqual([true]));
  follower.stop();
});
