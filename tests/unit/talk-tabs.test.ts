import { describe, expect, it } from 'vitest';
import type { PageReport } from '@/lib/model/page-report';
import { badgeText, frameKey, frameOfKey, serveTab, type TalkTabs } from '@/lib/talk-tabs';
import { playbackAt as playback } from './messaging-mock';

const tabs: TalkTabs = {
  '4:0': { tabId: 4, frameId: 0, playback: playback(10), seenAt: 100 },
  '7:0': { tabId: 7, frameId: 0, playback: playback(20), seenAt: 200 },
};

describe('which tab a view serves', () => {
  it('is the one named by ?tab=, playing or not', () => {
    expect(serveTab(tabs, 4, 7)).toEqual({ tabId: 4, frameId: 0, how: 'pinned', playback: tabs['4:0']!.playback });
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

  it("carries what the followed frame found of YouTube's page, and only that frame's", () => {
    const report = (videoId: string): PageReport => ({
      talkId: 'brk227',
      videoId,
      recognisedBy: 'id',
      parts: { player: true, seekBar: false },
      kind: 'embed',
    });
    const embeds: TalkTabs = {
      '6:3': { tabId: 6, frameId: 3, playback: playback(900), seenAt: 300 },
      '6:5': { tabId: 6, frameId: 5, playback: playback(40, { paused: true }), seenAt: 400 },
    };
    const reports = { '6:3': report('playing'), '6:5': report('paused') };
    expect(serveTab(embeds, 6, null, {}, reports).report).toEqual(report('playing'));
    expect(serveTab(embeds, 6, null, {}, { '6:5': report('paused') })).not.toHaveProperty('report');
    expect(serveTab(tabs, 4, null, {}, reports)).not.toHaveProperty('report');
  });

  it('names a frame by its tab and its frame id, and back', () => {
    expect(frameKey(6, 3)).toBe('6:3');
    expect(frameOfKey('6:3')).toEqual({ tabId: 6, frameId: 3 });
    expect(frameOfKey(frameKey(12, 0))).toEqual({ tabId: 12, frameId: 0 });
  });

  it('follows, in a page that embeds the talk twice, the player that plays, else the one heard from last', () => {
    const embeds: TalkTabs = {
      '6:3': { tabId: 6, frameId: 3, playback: playback(900), seenAt: 300 },
      '6:5': { tabId: 6, frameId: 5, playback: playback(40, { paused: true }), seenAt: 400 },
    };
    expect(serveTab(embeds, 6, null)).toMatchObject({ tabId: 6, frameId: 3, playback: { time: 900 } });
    expect(serveTab(embeds, null, 6)).toMatchObject({ tabId: 6, frameId: 3, how: 'active' });
    const bothPaused = { ...embeds, '6:3': { ...embeds['6:3']!, playback: playback(900, { paused: true }) } };
    expect(serveTab(bothPaused, 6, null)).toMatchObject({ frameId: 5, playback: { time: 40 } });
    // And a tab playing the talk beats an embed of it paused since, in another tab, when the view names no tab.
    expect(
      serveTab({ ...bothPaused, '8:0': { tabId: 8, frameId: 0, playback: playback(5), seenAt: 350 } }, null, null),
    ).toMatchObject({ tabId: 8, frameId: 0 });
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
