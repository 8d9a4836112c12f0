// The one protocol for every message between the content script, the background and the views, with its payloads.
import { defineExtensionMessaging } from '@webext-core/messaging';
import {
  noPageQuotes,
  type CaptionsReport,
  type OpenView,
  type PageQuotes,
  type SaveByKeyResult,
  type ServeTabRequest,
  type SlideTaken,
} from '../model/messages';
import {
  isCaptionsReport,
  isDraftRequest,
  isImportRequest,
  isLineRequest,
  isLineSaveRequest,
  isNoteRequest,
  isPageQuotes,
  isPinRequest,
  isPlayback,
  isQuoteRequest,
  isSaveAtRequest,
  isSaveRequest,
  isSeekRequest,
  isServeTabRequest,
  isSettingRequest,
  isSlideNowRequest,
  isSlideRequest,
  isTalkRequest,
  isVideoRequest,
} from './checks';
import type { Playback, ServedTab } from '../model/playback';
import type { Setting } from '../settings';

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
  /**
   * View → content script: read YouTube's own transcript panel (opening it), when the captions gave nothing. Resolves
   * with why it could not, or null once the lines are sent to the background.
   */
  readTranscriptPanel(data: { videoId: string }): string | null;

  // The user's changes, from a view or the card. The background is the one writer: it commits each to the database
  // and then answers, so a change the view shows has outlived the view. Each names what it acts on.
  /** Star or un-star a quote of the talk (the card's star too). Resolves with whether it is saved now. */
  toggleSave(data: { talkId: string; quoteId: string }): boolean;
  /** Star or un-star the line of the kept captions that starts at `start`. Resolves with whether it is saved now. */
  toggleLineSave(data: { talkId: string; videoId: string; start: number }): boolean;
  /** Remove a save, of any talk, in the corpus or not. */
  removeSave(data: { quoteId: string }): void;
  /** Keep a save's note (empty removes it). Resolves with why it was refused, or null when kept. */
  setNote(data: { quoteId: string; note: string }): string | null;
  /** Keep what is typed in a save's note so far, not saved yet (null: the user discarded it). Resolves like setNote. */
  keepNoteDraft(data: { quoteId: string; draft: string | null }): string | null;
  /** Pin a quote without a time to a second of the talk. */
  pinTiming(data: { talkId: string; quoteId: string; start: number }): void;
  /** Take the user's own timing of a quote back. */
  unpinTiming(data: { quoteId: string }): void;
  /** Import an export file's text, all of it or nothing. Resolves with what to tell the user. */
  importSaves(data: { text: string }): { text: string; error: boolean };
  /** Turn a switch: the card or the marks on the player, sync of the saves. */
  setSetting(data: { setting: Setting; on: boolean }): void;
  /**
   * The talk's page → background: a save's slide, the frame the video showed at its moment (or why none could be
   * taken). Kept unless the save has one. Resolves with whether it was kept.
   */
  keepSlide(data: { quoteId: string; time: number } & SlideTaken): boolean;
  /** The talk's page → background: the slide key: save the line being said and keep this frame with it. */
  keepSlideNow(data: { talkId: string; videoId: string; time: number } & SlideTaken): SaveByKeyResult;
}

type Name = keyof ProtocolMap;
type Data<K extends Name> = Parameters<ProtocolMap[K]>[0];
type Answer<K extends Name> = ReturnType<ProtocolMap[K]>;

/** A message's row: the check of what it carries, and the answer a message that fails it gets (nothing, for news). */
interface Rule<K extends Name> {
  check: (data: unknown) => data is Data<K>;
  refused: Answer<K>;
}

const NO_TAB: ServedTab = { tabId: null, how: 'none', playback: null };
const isNothing = (data: unknown): data is undefined => data === undefined;
const isLeaving = (data: unknown): data is { videoId: string | null } => {
  const videoId = (data as { videoId?: unknown } | null)?.videoId;
  return videoId === null || typeof videoId === 'string';
};

/**
 * The protocol as a table: every message, the check of its data, and what a malformed one is answered. `onMessage`
 * checks each message here before its handler sees it, so a handler is only ever given what its row let through, and a
 * new message is one row here beside its line in ProtocolMap (the type makes a missing row a compile error).
 */
export const PROTOCOL: { [K in Name]: Rule<K> } = {
  playback: { check: isPlayback, refused: undefined },
  leftTalk: { check: isLeaving, refused: undefined },
  unreadable: { check: isTalkRequest, refused: undefined },
  openView: {
    check: isServeTabRequest,
    refused: { served: NO_TAB, screen: { talk: undefined, saved: [], inCorpus: [], drafts: [], timings: [] } },
  },
  serveTab: { check: isServeTabRequest, refused: NO_TAB },
  seek: { check: isSeekRequest, refused: false },
  pageQuotes: { check: isTalkRequest, refused: noPageQuotes('') },
  pageQuotesChanged: { check: isPageQuotes, refused: undefined },
  saveKeyPressed: { check: isNothing, refused: undefined },
  saveQuoteAt: { check: isSaveAtRequest, refused: { saved: 'none' } },
  readCaptions: { check: isVideoRequest, refused: undefined },
  lineStartAt: { check: isLineRequest, refused: null },
  captions: { check: isCaptionsReport, refused: undefined },
  readTranscriptPanel: { check: isVideoRequest, refused: 'This request could not be read.' },
  toggleSave: { check: isQuoteRequest, refused: false },
  toggleLineSave: { check: isLineSaveRequest, refused: false },
  removeSave: { check: isSaveRequest, refused: undefined },
  setNote: { check: isNoteRequest, refused: 'This note could not be read.' },
  keepNoteDraft: { check: isDraftRequest, refused: 'This note could not be read.' },
  pinTiming: { check: isPinRequest, refused: undefined },
  unpinTiming: { check: isSaveRequest, refused: undefined },
  importSaves: {
    check: isImportRequest,
    refused: { text: 'This file could not be read. Nothing was imported.', error: true },
  },
  setSetting: { check: isSettingRequest, refused: undefined },
  keepSlide: { check: isSlideRequest, refused: false },
  keepSlideNow: { check: isSlideNowRequest, refused: { saved: 'none' } },
};

const messaging = defineExtensionMessaging<ProtocolMap>();
export const sendMessage = messaging.sendMessage;
type OnMessage = typeof messaging.onMessage;

/** Wraps a handler so it only sees a message its row in PROTOCOL lets through; any other gets the row's refusal. */
export function checked<K extends Name>(type: K, handler: Parameters<OnMessage>[1]): Parameters<OnMessage>[1] {
  const rule = PROTOCOL[type] as Rule<Name>;
  return (message) => (rule.check(message.data) ? handler(message as never) : rule.refused) as never;
}

/** Listens for one message, checked where it enters (PROTOCOL): a malformed one is answered with a refusal, never trusted. */
export const onMessage: OnMessage = (type, handler) =>
  messaging.onMessage(type, checked(type, handler as never) as never);

export * from './checks';
