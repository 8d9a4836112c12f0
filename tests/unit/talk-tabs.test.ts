import { describe, expect, it } from 'vitest';
import { badgeText, serveTab, type TalkTabs } from '@/lib/talk-tabs';
import { playbackAt as playback } from './messaging-mock';

const tabs: TalkTabs = {
  4: { tabId: 4, playback: playback(10), seenAt: 100 },
  7: { tabId: 7, playback: playback(20), seenAt: 200 },
};

describe('which tab a view serves', () => {
  it('is the one named by ?tab=, playing or not', () => {
    expect(serveTab(tabs, 4, 7)).toEqual({ tabId: 4, how: 'pinned', playback: tabs[4]!.playback });
    expect(serveTab(tabs, 9, 7)).toEqual({ tabId: 9, how: 'pinned', playback: null });
  });

  it('else the active tab when it plays the talk', () => {
    expect(serveTab(tabs, null, 4)).toMatchObject({ tabId: 4, how: 'active' });
  });

  it('else the tab that most recently played the talk', () => {
    expect(serveTab(tabs, null, 1)).toMatchObject({ tabId: 7, how: 'recent' });
  });

  it('says when the tab shows the talk but its page could not be read', () => {
    expect(serveTab({}, 5, null, { 5: true })).toEqual({ tabId: 5, how: 'pinned', playback: null, unreadable: true });
    expect(serveTab({}, 5, null, {})).toEqual({ tabId: 5, how: 'pinned', playback: null });
  });

  it('else the active tab, not on the talk', () => {
    expect(serveTab({}, null, 1)).toEqual({ tabId: 1, how: 'active', playback: null });
    expect(serveTab({}, null, null)).toEqual({ tabId: null, how: 'none', playback: null });
  });
});

describe('the badge', () => {
  it('says playing, paused or ad', () => {
    expect(badgeText(playback(1))).toBe('▶');
    expect(badgeText(playback(1, { paused: true }))).toBe('❚❚');
    expect(badgeText(playback(1, { ad: true, paused: true }))).toBe('AD');
  });
});
