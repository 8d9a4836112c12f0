// Playback of the talk as the talk's page reads it, and which tab a view follows.
import type { PageReport } from './page-report';

export interface PlaybackReading {
  /** Seconds into the talk; frozen at the last talk time while an ad plays in the same <video>. */
  time: number;
  duration: number | null;
  paused: boolean;
  rate: number;
  ad: boolean;
}

/** A talk tab's playback as its content script reports it: the reading, and which talk and video it belongs to. */
export type Playback = PlaybackReading & { talkId: string; videoId: string | null };

/** Which tab a view serves, and why: pinned by ?tab=, the active tab, or the most recent tab playing a talk. */
export interface ServedTab {
  tabId: number | null;
  /** The frame of that tab showing the talk (0: the page itself; else a player embedded in it). */
  frameId?: number;
  how: 'pinned' | 'active' | 'recent' | 'none';
  playback: Playback | null;
  /** The tab shows the talk, but its player could not be found: the page is not as expected. */
  unreadable?: boolean;
  /** What the followed frame's page found of YouTube's page, once it said. */
  report?: PageReport;
}
