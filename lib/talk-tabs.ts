// The background's record of which tabs play a talk: what views follow, and what the toolbar badge shows.
import type { Playback, ServedTab } from './messaging';

export interface TalkTab {
  tabId: number;
  playback: Playback;
  /** When the tab last reported playback (ms since epoch): the most recent one wins a view that names no tab. */
  seenAt: number;
}

export type TalkTabs = Record<number, TalkTab>;

/** ?tab= wins; else the active tab if it plays a talk; else the most recent tab playing one; else the active tab. */
export function serveTab(tabs: TalkTabs, pinned: number | null, active: number | null): ServedTab {
  if (pinned !== null) return { tabId: pinned, how: 'pinned', playback: tabs[pinned]?.playback ?? null };
  if (active !== null && tabs[active]) return { tabId: active, how: 'active', playback: tabs[active].playback };
  const recent = Object.values(tabs).sort((a, b) => b.seenAt - a.seenAt)[0];
  if (recent) return { tabId: recent.tabId, how: 'recent', playback: recent.playback };
  return { tabId: active, how: active === null ? 'none' : 'active', playback: null };
}

/** The badge on a tab playing the talk: what the player is doing, in at most four characters. */
export function badgeText(playback: Playback): string {
  if (playback.ad) return 'AD';
  return playback.paused ? '❚❚' : '▶';
}
