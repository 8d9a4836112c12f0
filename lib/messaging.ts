// The one protocol for every message between the content script, the background and the views, with its payloads.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Favourite, StoredTalk } from './db';
import type { Playback, ServedTab } from './talk-tabs';

/** The tab a view is pinned to (?tab=), else the active tab. */
export interface ServeTabRequest {
  pinned: number | null;
  active: number | null;
}

/** A view's first screen as a message carries it: plain JSON, so no Map or Set. */
export interface FirstScreenData {
  talk: StoredTalk | undefined;
  saved: Favourite[];
  inCorpus: string[];
  timings: [string, number][];
}

/** The background's answer as a view opens. */
export interface OpenView {
  served: ServedTab;
  screen: FirstScreenData;
}

/** A quote as the card on the page needs it; `start` is null where the corpus gives no time. */
export interface CardQuote {
  id: string;
  text: string;
  speaker: string;
  start: number | null;
}

/** Which of a talk's quotes are saved, and the user's own timings for it (quote id → second). */
export interface TalkMarks {
  saved: string[];
  timings: [string, number][];
}

export type SaveByKeyResult = { saved: 'new' | 'already'; text: string } | { saved: 'none' };

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
  /** Content script → background: the talk's quotes for the card, and the user's stars and timings for them. */
  cardQuotes(data: { talkId: string }): { quotes: CardQuote[] } & TalkMarks;
  /** Content script → background: the card's star was pressed. Resolves with whether it is saved now. */
  toggleSaved(data: { talkId: string; quoteId: string }): boolean;
  /** Background → content script: the user's stars or timings for the tab's talk changed (in any context). */
  marksChanged(data: TalkMarks): void;
  /** Background → content script: what the save-by-key command did, to confirm on the card. */
  savedByKey(data: SaveByKeyResult): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isTabId = (value: unknown): value is number | null => value === null || (Number.isInteger(value) && (value as number) >= 0);
const isShortText = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 200;

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

export function isTalkMarks(value: unknown): value is TalkMarks {
  if (typeof value !== 'object' || value === null) return false;
  const { saved, timings } = value as { saved?: unknown; timings?: unknown };
  return (
    Array.isArray(saved) &&
    saved.every(isShortText) &&
    Array.isArray(timings) &&
    timings.every((pair) => Array.isArray(pair) && pair.length === 2 && isShortText(pair[0]) && isFiniteNumber(pair[1]) && pair[1] >= 0)
  );
}
