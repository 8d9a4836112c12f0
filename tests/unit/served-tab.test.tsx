// @vitest-environment happy-dom
// The popup's hold on the tab it serves: news from the tab heard before the background's first answer still counts.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, it, vi } from 'vitest';
import type { OpenView, Playback, ServedTab } from '@/lib/messaging';

type Handler = (message: { data?: unknown; sender: { tab?: { id: number } } }) => void;
const handlers = new Map<string, Handler>();
let answer: (value: OpenView) => void = () => undefined;

vi.mock('@/lib/messaging', async (original) => ({
  ...(await original<typeof import('@/lib/messaging')>()),
  onMessage: (type: string, handler: Handler) => handlers.set(type, handler),
  sendMessage: vi.fn(),
}));
vi.mock('@/lib/view-start', () => ({
  pinnedTab: () => 7,
  serveTabRequest: async () => ({ pinned: 7, active: null }),
  startOpening: () => new Promise<OpenView>((resolve) => (answer = resolve)),
}));

const playback = (time: number, paused: boolean): Playback => ({ talkId: 'talk', videoId: 'v', time, duration: 2800, paused, rate: 1, ad: false });
const fromTab = (data: unknown) => ({ data, sender: { tab: { id: 7 } } });

it('a pause heard before the first answer is not lost to an answer read before it', async () => {
  const { opened, useServedTab } = await import('@/entrypoints/popup/served-tab');
  let shown: ServedTab | undefined;
  function Probe() {
    shown = useServedTab();
    return null;
  }

  handlers.get('playback')!(fromTab(playback(100, true))); // the tab pauses; the popup hears it first
  answer({ served: { tabId: 7, how: 'pinned', playback: playback(99, false) }, screen: { talk: undefined, saved: [], inCorpus: [], timings: [] } });
  await opened;
  await act(() => render(<Probe />, document.body));
  expect(shown?.playback).toEqual(playback(100, true));

  // From then on, news applies at once.
  await act(() => handlers.get('leftTalk')!(fromTab({ videoId: 'v' })));
  expect(shown?.playback).toBeNull();
});
