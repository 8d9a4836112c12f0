// The background's record of which tabs play a talk: what views follow, and what the toolbar badge shows.
import type { Playback, PlaybackReading, ServedTab } from './model/playback';
import type { PageReport } from './model/page-report';

export interface TalkTab {
  tabId: number;
  /** The frame showing the talk: 0 for a watch page, another for the player embedded in a page. */
  frameId: number;
  playback: Playback;
  /** When the frame last reported playback (ms since epoch): the most recent one wins a view that names no tab. */
  seenAt: number;
}

/** One record per frame showing a talk, by frameKey: a page can embed the talk twice. */
export type TalkTabs = Record<string, TalkTab>;

export const frameKey = (tabId: number, frameId: number): string => `${tabId}:${frameId}`;
/** The tab and frame a frameKey names. */
export const frameOfKey = (key: string): { tabId: number; frameId: number } => {
  const [tabId, frameId] = key.split(':').map(Number);
  return { tabId: tabId!, frameId: frameId! };
};

const isPlaying = (record: TalkTab) => !record.playback.paused;

/** Playing first, then the most recently heard from. */
const byPlayingThenRecent = (a: TalkTab, b: TalkTab) =>
  Number(isPlaying(b)) - Number(isPlaying(a)) || b.seenAt - a.seenAt;

/** The frame of a tab that its views follow: the one playing, else the one heard from last. */
export function talkFrameOf(tabs: TalkTabs, tabId: number): TalkTab | undefined {
  return Object.values(tabs)
    .filter((record) => record.tabId === tabId)
    .sort(byPlayingThenRecent)[0];
}

/** Tabs showing the talk whose page could not be read (no player found). */
export type UnreadableTabs = Record<number, true>;

/** What each frame showing the talk found of YouTube's page, by frameKey. */
export type PageReports = Record<string, PageReport>;

/** ?tab= wins; else the active tab if it shows a talk; else the tab playing one (the most recent); else the active tab. */
export function serveTab(
  tabs: TalkTabs,
  pinned: number | null,
  active: number | null,
  unreadable: UnreadableTabs = {},
  reports: PageReports = {},
): ServedTab {
  const served = (tabId: number | null, how: ServedTab['how']): ServedTab => {
    const record = tabId === null ? undefined : talkFrameOf(tabs, tabId);
    const report = record && reports[frameKey(record.tabId, record.frameId)];
    return {
      tabId,
      ...(record && { frameId: record.frameId }),
      how,
      playback: record?.playback ?? null,
      ...(tabId !== null && unreadable[tabId] && { unreadable: true }),
      ...(report && { report }),
    };
  };
  if (pinned !== null) return served(pinned, 'pinned');
  if (active !== null && talkFrameOf(tabs, active)) return served(active, 'active');
  const recent = Object.values(tabs).sort(byPlayingThenRecent)[0];
  if (recent) return served(recent.tabId, 'recent');
  return served(active, active === null ? 'none' : 'active');
}

/** Whether a report from a frame of the followed tab moves a view to that frame: its own, or one that plays. */
export function takesOver(
  followed: Pick<ServedTab, 'frameId' | 'playback'>,
  frameId: number,
  playback: Playback,
): boolean {
  return (followed.frameId ?? 0) === frameId || !followed.playback || followed.playback.paused || !playback.paused;
}

/** The badge on a tab playing the talk: what the player is doing, in at most four characters. */
export function badgeText(playback: Pick<PlaybackReading, 'ad' | 'paused'>): string {
  if (playback.ad) return 'AD';
  return playback.paused ? '❚❚' : '▶';
}
