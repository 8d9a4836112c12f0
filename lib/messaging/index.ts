// The protocol as one table: every message of ProtocolMap (./transport.ts), the check of its data, and what a
// malformed one is answered. The talk's page listens with its own rows (./page.ts); everything else listens here.
import type { ServedTab } from '../model/playback';
import { noPageQuotes } from '../model/messages';
import {
  isCaptionsReport,
  isLanguageChoice,
  isTranslationReport,
  isDraftRequest,
  isImportRequest,
  isLineRequest,
  isLineSaveRequest,
  isNoteRequest,
  isPageReport,
  isPinRequest,
  isPlayback,
  isSaveAtRequest,
  isSaveRequest,
  isServeTabRequest,
  isSetSavedRequest,
  isSettingRequest,
  isSlideNowRequest,
  isSlideRequest,
  isTalkRequest,
} from './checks';
import { PAGE_ROWS } from './page';
import { checkedBy, listenWith, type Name, type Rows } from './transport';

const NO_TAB: ServedTab = { tabId: null, how: 'none', playback: null };
const isLeaving = (data: unknown): data is { videoId: string | null } => {
  const videoId = (data as { videoId?: unknown } | null)?.videoId;
  return videoId === null || typeof videoId === 'string';
};

/**
 * The protocol as a table: every message, the check of its data, and what a malformed one is answered. `onMessage`
 * checks each message here before its handler sees it, so a handler is only ever given what its row let through, and a
 * new message is one row here beside its line in ProtocolMap (the type makes a missing row a compile error).
 */
export const PROTOCOL: Rows = {
  ...PAGE_ROWS,
  playback: { check: isPlayback, refused: undefined },
  leftTalk: { check: isLeaving, refused: undefined },
  unreadable: { check: isTalkRequest, refused: undefined },
  pageReport: { check: isPageReport, refused: undefined },
  openView: {
    check: isServeTabRequest,
    refused: { served: NO_TAB, screen: { talk: undefined, saved: [], inCorpus: [], drafts: [], timings: [] } },
  },
  serveTab: { check: isServeTabRequest, refused: NO_TAB },
  pageQuotes: { check: isTalkRequest, refused: noPageQuotes('') },
  saveQuoteAt: { check: isSaveAtRequest, refused: { saved: 'none' } },
  lineAt: { check: isLineRequest, refused: null },
  captions: { check: isCaptionsReport, refused: undefined },
  translation: { check: isTranslationReport, refused: undefined },
  setSecondLanguage: { check: isLanguageChoice, refused: undefined },
  setSaved: { check: isSetSavedRequest, refused: false },
  setLineSaved: { check: isLineSaveRequest, refused: false },
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
  slideOf: { check: isSaveRequest, refused: null },
};

/** Wraps a handler so it only sees a message its row in PROTOCOL lets through; any other gets the row's refusal. */
export const checked = (type: Name, handler: Parameters<typeof onMessage>[1]) => checkedBy(PROTOCOL, type, handler);

/** Listens for one message, checked where it enters (PROTOCOL): a malformed one is answered with a refusal, never trusted. */
export const onMessage = listenWith(PROTOCOL);
export { sendMessage, type ProtocolMap } from './transport';

export * from './checks';
