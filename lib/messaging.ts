// The one protocol for every message between the content script, the background and the views.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CardQuote, SaveByKeyResult } from './quote-service';
import type { FirstScreenData } from './view-data';

/** Where the talk's playback is, as the content script reads it from the page's main <video>. */
export interface Playback {
  talkId: string;
  videoId: string | null;
  /** Seconds into the talk; while an ad plays it stays at the last talk time. */
  time: number;
  /** Null until the video knows its length. */
  duration: number | null;
  paused: boolean;
  rate: number;
  ad: boolean;
}

/** Which tab a view serves, and why: pinned by ?tab=, the active tab, or the most recent tab playing a talk. */
export interface ServedTab {
  tabId: number | null;
  how: 'pinned' | 'active' | 'recent' | 'none';
  playback: Playback | null;
  /** The tab shows the talk, but its player could not be found: the page is not as expected. */
  unreadable?: boolean;
}

/** The tab a view is pinned to (?tab=), else the active tab. */
export interface ServeTabRequest {
  pinned: number | null;
  active: number | null;
}

/** The background's answer as a view opens. */
export interface OpenView {
  served: ServedTab;
  screen: FirstScreenData;
}

export interface ProtocolMap {
  /** Content script → background and views: the talk's playback changed. */
  playback(data: Playback): void;
  /** Content script → background and views: this tab no longer shows the talk. */
  leftTalk(data: { videoId: string | null }): void;
  /** Content script → background and views: the talk's page lacks the player we read. */
  unreadable(data: { talkId: string }): void;
  /**
   * View → background, as a view opens: which tab to follow and what its first screen shows, in one round trip and
   * once the database holds this build's corpus. The background's database is open already; the view's is not.
   */
  openView(data: ServeTabRequest): OpenView;
  /** View → background: which tab to follow (again, when the user switches tabs). */
  serveTab(data: ServeTabRequest): ServedTab;
  /** View → content script: move the talk's video to this second. */
  seek(data: { seconds: number }): boolean;
  /** Content script → background: the talk's placed quotes for the card, and which are saved. */
  cardQuotes(data: { talkId: string }): { quotes: CardQuote[]; saved: string[] };
  /** Content script → background: the card's star was pressed. Resolves with whether it is saved now. */
  toggleSaved(data: { talkId: string; quoteId: string }): boolean;
  /** Background → content script: the favourites changed (in any view), so the card's stars may have. */
  savedChanged(): void;
  /** Background → content script: what the save-by-key command did, to confirm on the card. */
  savedByKey(data: SaveByKeyResult): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isTabId = (value: unknown): value is number | null => value === null || (Number.isInteger(value) && (value as number) >= 0);

/** Messages are checked where they enter: a malformed one is dropped, never trusted. */
export function isPlayback(value: unknown): value is Playback {
  if (typeof value !== 'object' || value === null) return false;
  const data = value as Record<string, unknown>;
  return (
    typeof data.talkId === 'string' &&
    (data.videoId === null || typeof data.videoId === 'string') &&
    isFiniteNumber(data.time) &&
    data.time >= 0 &&
    (data.duration === null || isFiniteNumber(data.duration)) &&
    typeof data.paused === 'boolean' &&
    isFiniteNumber(data.rate) &&
    typeof data.ad === 'boolean'
  );
}

export function isSeekRequest(value: unknown): value is { seconds: number } {
  return typeof value === 'object' && value !== null && isFiniteNumber((value as { seconds?: unknown }).seconds) && (value as { seconds: number }).seconds >= 0;
}

export function isServeTabRequest(value: unknown): value is ServeTabRequest {
  if (typeof value !== 'object' || value === null) return false;
  const data = value as Record<string, unknown>;
  return isTabId(data.pinned) && isTabId(data.active);
}

const isShortText = (value: unknown) => typeof value === 'string' && value.length > 0 && value.length <= 200;

export function isTalkRequest(value: unknown): value is { talkId: string } {
  return typeof value === 'object' && value !== null && isShortText((value as { talkId?: unknown }).talkId);
}

export function isQuoteRequest(value: unknown): value is { talkId: string; quoteId: string } {
  return isTalkRequest(value) && isShortText((value as { quoteId?: unknown }).quoteId);
}

export function isSaveByKeyResult(value: unknown): value is SaveByKeyResult {
  if (typeof value !== 'object' || value === null) return false;
  const data = value as { saved?: unknown; text?: unknown };
  return data.saved === 'none' || ((data.saved === 'new' || data.saved === 'already') && typeof data.text === 'string');
}
