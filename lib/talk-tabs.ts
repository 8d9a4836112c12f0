// The background's record of which tabs play a talk: what views follow, and what the toolbar badge shows.
import type { PlaybackReading } from './youtube/playback';

/** A talk tab's playback as its content script reports it: the reading, and which talk and video it belongs to. */
export type Playback = PlaybackReading & { talkId: string; videoId: string | null };

/** Which tab a view serves, and why: pinned by ?tab=, the active tab, or the most recent tab playing a talk. */
export interface ServedTab {
  tabId: number | null;
  how: 'pinned' | 'active' | 'recent' | 'none';
  playback: Playback | null;
  /** The tab shows the talk, but its player could not be found: the page is not as expected. */
  unreadable?: boolean;
}

export interface TalkTab {
  tabId: number;
  playback: Playback;
  /** When the tab last reported playback (ms since epoch): the most recent one wins a view that names no tab. */
  seenAt: number;
}

export type TalkTabs = Record<number, TalkTab>;

/** Tabs showing the talk whose page could not be read (no player found). */
export type UnreadableTabs = Record<number, true>;

/** ?tab= wins; else the active tab if it plays a talk; else the most recent tab playing one; else the active tab. */
export function serveTab(tabs: TalkTabs, pinned: number | null, active: number | null, unreadable: UnreadableTabs = {}): ServedTab {
  const served = (tabId: number | null, how: ServedTab['how']): ServedTab => ({
    tabId,
    how,
    playback: tabId === null ? null : (tabs[tabId]?.playback ?? null),
    ...(tabId !== null && unreadable[tabId] && { unreadable: true }),
  });
  if (pinned !== null) return served(pinned, 'pinned');
  if (active !== null && tabs[active]) return served(active, 'active');
  const recent = Object.values(tabs).sort((a, b) => b.seenAt - a.seenAt)[0];
  if (recent) return served(recent.tabId, 'recent');
  return served(active, active === null ? 'none' : 'active');
}

/** The badge on a tab playing the talk: what the player is doing, in at most four characters. */
export function badgeText(playback: Pick<PlaybackReading, 'ad' | 'paused'>): string {
  if (playback.ad) return 'AD';
  return playback.paused ? '❚❚' : '▶';
}
