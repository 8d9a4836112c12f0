// The extension's one messaging channel: every message between the content script, the background and the views,
// with its payload (ProtocolMap), and a listener that checks each message against its row of the protocol table.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type {
  CaptionsReport,
  OpenView,
  TranslationReport,
  PageQuotes,
  SaveByKeyResult,
  SlideByKeyResult,
  ServeTabRequest,
  SlideTaken,
} from '../model/messages';
import type { CaptionLine } from '../model/captions';
import type { Playback, ServedTab } from '../model/playback';
import type { PageReport } from '../model/page-report';
import type { TakenSlide } from '../model/slide';
import type { Setting } from '../settings';

export interface ProtocolMap {
  /** Content script → background and views: the talk's playback changed. */
  playback(data: Playback): void;
  /** Content script → background and views: this tab no longer shows the talk. */
  leftTalk(data: { videoId: string | null }): void;
  /** Content script → background and views: the talk's page lacks the player we read. */
  unreadable(data: { talkId: string }): void;
  /** Content script → background and views: which parts of YouTube's page the talk's page found, so which features work. */
  pageReport(data: PageReport): void;
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
  /**
   * Content script → background: the caption line being said at `time`, if captions are kept for the video, with its
   * second line (YouTube's translation into the user's language) where one is kept.
   */
  lineAt(data: { talkId: string; videoId: string; time: number }): (CaptionLine & { second?: string }) | null;
  /** Background → content script: read YouTube's translation of the video's captions into `language`. */
  readTranslation(data: { videoId: string; language: string }): void;
  /** Content script → background: the translation read, to keep beside the captions. */
  translation(data: TranslationReport): void;
  /** View → background: the language of the second line (null: none), remembered; the talk's tabs read it. */
  setSecondLanguage(data: { language: string | null }): void;
  /** Content script → background: the captions read for the talk's video, to parse, place the quotes by and keep. */
  captions(data: CaptionsReport): void;
  /**
   * View → content script: read YouTube's own transcript panel (opening it), when the captions gave nothing. Resolves
   * with why it could not, or null once the lines are sent to the background.
   */
  readTranscriptPanel(data: { videoId: string }): string | null;

  // The user's changes, from a view or the card. The background is the one writer: it commits each to the database
  // and then answers, so a change the view shows has outlived the view. Each names what it acts on.
  /**
   * Star or un-star a quote of the talk (the card's star too): `saved` is what the star pressed asks for, the opposite
   * of what the view showed. Resolves with whether it is saved now.
   */
  setSaved(data: { talkId: string; quoteId: string; saved: boolean }): boolean;
  /** Star or un-star the line of the kept captions that starts at `start`, as setSaved. */
  setLineSaved(data: { talkId: string; videoId: string; start: number; saved: boolean }): boolean;
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
  /** The talk's page → background: the slide kept with a save, for the talk window to show. */
  slideOf(data: { quoteId: string }): TakenSlide | null;
  /** The talk's page → background: the slide key: save the line being said and keep this frame with it. */
  keepSlideNow(data: { talkId: string; videoId: string; time: number } & SlideTaken): SlideByKeyResult;
}

export type Name = keyof ProtocolMap;
export type Data<K extends Name> = Parameters<ProtocolMap[K]>[0];
export type Answer<K extends Name> = ReturnType<ProtocolMap[K]>;

/** A message's row: the check of what it carries, and the answer a message that fails it gets (nothing, for news). */
export interface Rule<K extends Name> {
  check: (data: unknown) => data is Data<K>;
  refused: Answer<K>;
}
export type Rows<K extends Name = Name> = { [T in K]: Rule<T> };

const messaging = defineExtensionMessaging<ProtocolMap>();
export const sendMessage = messaging.sendMessage;
type OnMessage = typeof messaging.onMessage;
type Handler = Parameters<OnMessage>[1];

/** Wraps a handler so it only sees a message its row lets through; any other gets the row's refusal. */
export function checkedBy(rows: Partial<Rows>, type: Name, handler: Handler): Handler {
  const rule = rows[type] as Rule<Name> | undefined;
  // A message without a row here is never trusted: refused, rather than thrown into the page that registered it.
  return (message) => (rule?.check(message.data) ? handler(message as never) : rule?.refused) as never;
}

/** A listener for the messages of `rows`, each checked where it enters: a malformed one is refused, never trusted. */
export const listenWith =
  (rows: Partial<Rows>): OnMessage =>
  (type, handler) =>
    messaging.onMessage(type, checkedBy(rows, type, handler as never) as never);
