// A view opened while the background's worker sleeps: the opening kept in session storage, when it is right to show.
import { describe, expect, it } from 'vitest';
import { keptKeys, keptOpening, REPORTS_KEY, SCREENS_KEY, TABS_KEY, TRANSCRIPT_SCREENS_KEY } from '@/lib/kept-screens';
import type { FirstScreenData } from '@/lib/model/messages';
import type { TalkTabs } from '@/lib/talk-tabs';

const screen = (title: string): FirstScreenData =>
  ({ talk: { id: title, title }, saved: [], inCorpus: [], drafts: [], timings: [] }) as unknown as FirstScreenData;
const playback = (talkId: string, paused: boolean) => ({
  talkId,
  videoId: 'v',
  time: 2451,
  duration: 2800,
  paused,
  rate: 1,
  ad: false,
});
const tabs = (paused: boolean): TalkTabs => ({
  '7:0': { tabId: 7, frameId: 0, playback: playback('brk227', paused), seenAt: 1 },
});
const screens = JSON.stringify({ brk227: screen('BRK227'), other: screen('another talk'), '': screen('first talk') });
const keptAs = (kept: Record<string, FirstScreenData | string>) => JSON.stringify(kept);

describe('the opening kept for a view', () => {
  it('is read in one go: the tabs, what their pages found, and the screens a view of its kind opens on', () => {
    expect(keptKeys({})).toEqual([TABS_KEY, REPORTS_KEY, SCREENS_KEY]);
    expect(keptKeys({ transcript: true })).toEqual([TABS_KEY, REPORTS_KEY, TRANSCRIPT_SCREENS_KEY]);
  });

  it('is the paused tab, at its moment, with its talk’s first screen (with its transcript when asked)', () => {
    const stored = {
      [TABS_KEY]: tabs(true),
      [SCREENS_KEY]: screens,
      [TRANSCRIPT_SCREENS_KEY]: keptAs({ brk227: screen('BRK227 with its transcript') }),
    };
    const view = keptOpening(stored, { pinned: null, active: 7 });
    expect(view?.served).toMatchObject({ tabId: 7, how: 'active', playback: { time: 2451, paused: true } });
    expect(view?.screen.talk?.title).toBe('BRK227');
    const transcript = keptOpening(stored, { pinned: null, active: 7, transcript: true });
    expect(transcript?.screen.talk?.title).toBe('BRK227 with its transcript');
  });

  it('is nothing for ten seconds after a view sent the background a change: the kept one may not show it yet', () => {
    const stored = { [TABS_KEY]: tabs(true), [SCREENS_KEY]: screens };
    const now = 1_000_000;
    expect(keptOpening(stored, { pinned: null, active: 7 }, now - 9_999, now)).toBeUndefined();
    expect(keptOpening(stored, { pinned: null, active: 7 }, now - 10_000, now)?.screen.talk?.title).toBe('BRK227');
    expect(keptOpening(stored, { pinned: null, active: 7 }, 0, now)?.screen.talk?.title).toBe('BRK227');
  });

  it('is nothing while the tab plays (its moment moves on), or when no screen was kept for its talk', () => {
    expect(
      keptOpening({ [TABS_KEY]: tabs(false), [SCREENS_KEY]: screens }, { pinned: null, active: 7 }),
    ).toBeUndefined();
    expect(keptOpening({ [TABS_KEY]: tabs(true) }, { pinned: null, active: 7 })).toBeUndefined();
    expect(
      keptOpening(
        { [TABS_KEY]: tabs(true), [SCREENS_KEY]: keptAs({ other: screen('x') }) },
        { pinned: null, active: 7 },
      ),
    ).toBeUndefined();
  });

  it('serves the talk tab heard from last when the active tab shows none, with what its page found; else the screen of none', () => {
    const report = { page: 'watch' } as never;
    const stored = { [TABS_KEY]: tabs(true), [REPORTS_KEY]: { '7:0': report }, [SCREENS_KEY]: screens };
    expect(keptOpening(stored, { pinned: null, active: 9 })).toMatchObject({
      served: { tabId: 7, how: 'recent', report },
      screen: { talk: { title: 'BRK227' } },
    });
    expect(keptOpening({ [SCREENS_KEY]: screens }, { pinned: null, active: 9 })).toMatchObject({
      served: { tabId: 9, how: 'active', playback: null },
      screen: { talk: { title: 'first talk' } },
    });
    // The screen of none kept once, as the talk's a tab shows.
    const once = keptAs({ brk227: screen('BRK227'), '': 'brk227' });
    expect(keptOpening({ [SCREENS_KEY]: once }, { pinned: null, active: 9 })?.screen.talk?.title).toBe('BRK227');
    expect(keptOpening({ [SCREENS_KEY]: keptAs({ '': 'gone' }) }, { pinned: null, active: 9 })).toBeUndefined();
  });
});
