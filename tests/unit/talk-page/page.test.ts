// @vitest-environment happy-dom
// The talk's page starts its features, then follows the playback: in a task of its own while the page is shown, so
// what the first reading draws is not in the task that started the features (talkStartMs, npm run bench).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TalkVisit } from '@/lib/recognise/visits';
import type { TalkPage, TalkPageFeature } from '@/lib/talk-page/page';

vi.mock('@/lib/messaging/page', () => ({
  onMessage: () => () => undefined,
  sendMessage: () => Promise.resolve(undefined),
}));
const { startTalkPage } = await import('@/lib/talk-page/page');

const visit = (): TalkVisit =>
  ({
    talkId: 'brk227-x',
    videoId: 'QwC-J2KFTrM',
    recognisedBy: 'videoId',
    signal: new AbortController().signal,
    leave: () => undefined,
  }) as unknown as TalkVisit;

/** Starts the page with two features; says, for each, whether the playback was followed by then. */
async function start() {
  const seen: string[] = [];
  let followed = false;
  const feature =
    (name: string): TalkPageFeature =>
    () => {
      seen.push(`${name}${followed ? ' after' : ''}`);
      // Still the features' task: a microtask queued now runs before any later task.
      queueMicrotask(() => seen.push(`microtask${followed ? ' after' : ''}`));
    };
  const follow = vi.fn((page: TalkPage) => {
    followed = true;
    expect(page.talkId).toBe('brk227-x');
  });
  await startTalkPage(visit(), [feature('card'), feature('marks')], follow);
  return { seen, follow };
}

beforeEach(() => {
  document.body.replaceChildren(Object.assign(document.createElement('div'), { id: 'movie_player' }));
  document.querySelector('#movie_player')!.append(document.createElement('video'));
});
afterEach(() => {
  Reflect.deleteProperty(document, 'visibilityState');
});

describe('starting the talk page', () => {
  it('follows the playback once every feature has started, in a later task when the page is shown', async () => {
    const { seen, follow } = await start();
    expect(follow).toHaveBeenCalledOnce();
    expect(seen).toEqual(['card', 'marks', 'microtask', 'microtask']);
  });

  it('follows it at once on a hidden page, which draws no frames and whose timers wait', async () => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    const { seen, follow } = await start();
    expect(follow).toHaveBeenCalledOnce();
    expect(seen).toEqual(['card', 'marks', 'microtask after', 'microtask after']);
  });
});
