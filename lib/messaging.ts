// The one protocol for every message between the content script, the background and the views, with its payloads.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Save, StoredTalk, StoredTranscript } from './db/database';
import type { Playback, ServedTab } from './talk-tabs';
import type { PlacedQuote } from './timeline/timeline';
import type { CaptionsFetched } from './youtube/page-captions';

/** The tab a view is pinned to (?tab=), else the active tab; and whether it opens on its Transcript tab. */
export interface ServeTabRequest {
  pinned: number | null;
  active: number | null;
  transcript?: boolean;
}

/** A view's first screen as a message carries it: plain JSON, so no Map or Set. */
export interface FirstScreenData {
  talk: StoredTalk | undefined;
  saved: Save[];
  inCorpus: string[];
  timings: [string, number][];
  /** Only for a view that opens on its Transcript tab: otherwise it is read after the first paint. */
  transcript?: StoredTranscript;
}

/** The background's answer as a view opens. */
export interface OpenView {
  served: ServedTab;
  screen: FirstScreenData;
}

/**
 * What the talk's page shows (the card, the marks, the keys): its placed quotes, which are saved, the saved caption
 * lines, and where its chapters start (the seek bar's chapter blocks are laid out by them).
 */
export interface PageQuotes {
  talkId: string;
  quotes: PlacedQuote[];
  saved: string[];
  savedLines: PlacedQuote[];
  chapters: number[];
}

/** What the talk's page shows before (or without) the background's answer: nothing. */
export const noPageQuotes = (talkId: string): PageQuotes => ({ talkId, quotes: [], saved: [], savedLines: [], chapters: [] });

export type SaveByKeyResult = { saved: 'new' | 'already'; text: string } | { saved: 'none' };

/** What the content script found of the talk video's captions: a track's text, none offered, or a failure. */
export type CaptionsReport = { talkId: string; videoId: string } & CaptionsFetched;

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
  /** View → content script: move the talk's video to this second; a player on another video by now ignores it. */
  seek(data: { videoId: string; seconds: number }): boolean;
  /** Content script → background: what the talk's page shows of the talk (its placed quotes, its saves). */
  pageQuotes(data: { talkId: string }): PageQuotes;
  /** Content script → background: the card's star was pressed. Resolves with whether it is saved now. */
  toggleSave(data: { talkId: string; quoteId: string }): boolean;
  /** Background → content script: a star, a pin or captions read changed what the talk's page shows (in any context). */
  pageQuotesChanged(data: PageQuotes): void;
  /**
   * Background → content script: the save-by-key command was pressed in this tab. The tab answers with where its
   * player is now (`saveQuoteAt`): the background's last reading may be stale after a seek or a stopped worker.
   */
  saveKeyPressed(): void;
  /** Content script → background: save the quote nearest this moment of the talk; resolves with what was done. */
  saveQuoteAt(data: { talkId: string; time: number }): SaveByKeyResult;
  /**
   * Background or view → content script: read the talk video's captions now. The background asks when a tab starts
   * playing the talk and none are kept (or they are a week old); a view asks when the user does.
   */
  readCaptions(data: { videoId: string }): void;
  /** Content script → background: where the caption line being said at `time` starts, if captions are kept for the video. */
  lineStartAt(data: { talkId: string; videoId: string; time: number }): number | null;
  /** Content script → background: the captions read for the talk's video, to parse, place the quotes by and keep. */
  captions(data: CaptionsReport): void;
  /** View → background: the saves changed here; mirror them into the browser's sync (wakes a stopped worker). */
  savesChanged(): void;
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

export function isSeekRequest(value: unknown): value is { videoId: string; seconds: number } {
  const seconds = (value as { seconds?: unknown } | null)?.seconds;
  return isVideoRequest(value) && isFiniteNumber(seconds) && seconds >= 0;
}

export function isServeTabRequest(value: unknown): value is ServeTabRequest {
  if (typeof value !== 'object' || value === null) return false;
  const data = value as Record<string, unknown>;
  return isTabId(data.pinned) && isTabId(data.active) && (data.transcript === undefined || typeof data.transcript === 'boolean');
}

export function isTalkRequest(value: unknown): value is { talkId: string } {
  return typeof value === 'object' && value !== null && isShortText((value as { talkId?: unknown }).talkId);
}

export function isQuoteRequest(value: unknown): value is { talkId: string; quoteId: string } {
  return isTalkRequest(value) && isShortText((value as { quoteId?: unknown }).quoteId);
}

export function isSaveAtRequest(value: unknown): value is { talkId: string; time: number } {
  const time = (value as { time?: unknown } | null)?.time;
  return isTalkRequest(value) && isFiniteNumber(time) && time >= 0;
}

/** A track's text is at most a few megabytes; anything larger is not one. */
const MAX_CAPTIONS_BYTES = 8_000_000;
const isOptionalText = (value: unknown) => value === undefined || (typeof value === 'string' && value.length <= 200);

export function isCaptionsReport(value: unknown): value is CaptionsReport {
  if (!isTalkRequest(value)) return false;
  const data = value as Record<string, unknown>;
  if (!isShortText(data.videoId)) return false;
  if (data.outcome === 'none') return true;
  if (data.outcome === 'failed') return typeof data.reason === 'string' && data.reason.length > 0 && data.reason.length <= 2000;
  if (data.outcome !== 'track' || typeof data.body !== 'string' || data.body.length > MAX_CAPTIONS_BYTES) return false;
  const track = data.track as Record<string, unknown> | null;
  // vssId keys the kept transcript: a string, if an empty one.
  const isTrackId = typeof track?.vssId === 'string' && track.vssId.length <= 200;
  return typeof track === 'object' && track !== null && isShortText(track.languageCode) && isShortText(track.name) && isOptionalText(track.kind) && isTrackId;
}

export function isVideoRequest(value: unknown): value is { videoId: string } {
  return typeof value === 'object' && value !== null && isShortText((value as { videoId?: unknown }).videoId);
}

export function isLineRequest(value: unknown): value is { talkId: string; videoId: string; time: number } {
  return isSaveAtRequest(value) && isVideoRequest(value);
}

export function isPageQuotes(value: unknown): value is PageQuotes {
  if (!isTalkRequest(value)) return false;
  const { quotes, saved, savedLines, chapters } = value as unknown as Record<string, unknown>;
  const isQuote = (quote: Record<string, unknown>) =>
    isShortText(quote.id) && typeof quote.text === 'string' && typeof quote.speaker === 'string' && isFiniteNumber(quote.start) && [undefined, 'own', 'captions'].includes(quote.timing as string);
  const areQuotes = (list: unknown) => Array.isArray(list) && list.every(isQuote);
  return Array.isArray(saved) && saved.every(isShortText) && areQuotes(quotes) && areQuotes(savedLines) && Array.isArray(chapters) && chapters.every(isFiniteNumber);
}
