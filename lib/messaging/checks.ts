// What each message must hold to be taken: checked where it enters, so a malformed one is dropped, never trusted.
import { isFileSlide } from '../saves/checks';
import { DRAFT_LIMIT, MAX_IMPORT_BYTES } from '../saves/limits';
import { SETTINGS, type Setting } from '../settings';
import type { Playback } from '../model/playback';
import { PAGE_PARTS, type PageReport } from '../model/page-report';
import type { CaptionsReport, SlideTaken, PageQuotes, ServeTabRequest, TranslationReport } from '../model/messages';

const isFiniteNumber = (value: unknown): value is number => Number.isFinite(value);
const isTabId = (value: unknown): value is number | null =>
  value === null || (Number.isInteger(value) && (value as number) >= 0);
const isShortText = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= 200;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export function isPlayback(value: unknown): value is Playback {
  if (!isRecord(value)) return false;
  const data = value;
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

/** A page report: known parts only, each found or not; one of the known ways and kinds. */
export function isPageReport(value: unknown): value is PageReport {
  if (!isRecord(value) || !isRecord(value.parts)) return false;
  const { parts } = value;
  return (
    isShortText(value.talkId) &&
    isShortText(value.videoId) &&
    ['id', 'title'].includes(value.recognisedBy as string) &&
    Object.entries(parts).every(
      ([part, found]) => (PAGE_PARTS as readonly string[]).includes(part) && typeof found === 'boolean',
    ) &&
    (value.titleFrom === undefined || ['microdata', 'tab title'].includes(value.titleFrom as string)) &&
    [undefined, true, false].includes(value.windowOpens as boolean) &&
    ['desktop', 'mobile', 'embed'].includes(value.kind as string) &&
    (value.unplayable === undefined ||
      (isRecord(value.unplayable) &&
        isShortText(value.unplayable.status) &&
        typeof value.unplayable.reason === 'string' &&
        value.unplayable.reason.length <= 500))
  );
}

export function isSeekRequest(value: unknown): value is { videoId: string; seconds: number } {
  const seconds = (value as { seconds?: unknown } | null)?.seconds;
  return isVideoRequest(value) && isFiniteNumber(seconds) && seconds >= 0;
}

export function isServeTabRequest(value: unknown): value is ServeTabRequest {
  if (!isRecord(value)) return false;
  const data = value;
  return (
    isTabId(data.pinned) &&
    isTabId(data.active) &&
    (data.transcript === undefined || typeof data.transcript === 'boolean')
  );
}

export function isTalkRequest(value: unknown): value is { talkId: string } {
  return isRecord(value) && isShortText(value.talkId);
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
  if (data.outcome === 'failed')
    return typeof data.reason === 'string' && data.reason.length > 0 && data.reason.length <= 2000;
  if (data.outcome === 'panel') return isPanelLines(data.lines);
  if (data.outcome !== 'track' || typeof data.body !== 'string' || data.body.length > MAX_CAPTIONS_BYTES) return false;
  if (data.way !== undefined && data.way !== 'track' && data.way !== 'player') return false;
  const track = data.track;
  return (
    isRecord(track) &&
    isShortText(track.languageCode) &&
    isShortText(track.name) &&
    isOptionalText(track.kind) &&
    // vssId keys the kept transcript: a string, if an empty one.
    typeof track.vssId === 'string' &&
    track.vssId.length <= 200 &&
    [undefined, true, false].includes(track.translatable as boolean | undefined) &&
    (data.languages === undefined || isLanguages(data.languages))
  );
}

/** YouTube's translation languages: about 160 in 2025's recordings, each a short code and name. */
const isLanguages = (languages: unknown) =>
  Array.isArray(languages) &&
  languages.length <= 1000 &&
  languages.every(
    (language: unknown) => isRecord(language) && isShortText(language.code) && isShortText(language.name),
  );

/** A translation read by the talk's page: its text, that YouTube does not translate the track, or why it failed. */
export function isTranslationReport(value: unknown): value is TranslationReport {
  if (!isTranslationRequest(value) || !isTalkRequest(value)) return false;
  const data = value as Record<string, unknown>;
  if (data.outcome === 'untranslatable') return true;
  if (data.outcome === 'failed')
    return typeof data.reason === 'string' && data.reason.length > 0 && data.reason.length <= 2000;
  return data.outcome === 'track' && typeof data.body === 'string' && data.body.length <= MAX_CAPTIONS_BYTES;
}

/** A language as YouTube's codes name one ('de', 'zh-Hans', 'fil'). */
const isLanguageCode = (value: unknown): value is string =>
  typeof value === 'string' && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})?$/.test(value);

export const isTranslationRequest = (value: unknown): value is { videoId: string; language: string } =>
  isVideoRequest(value) && isLanguageCode((value as { language?: unknown }).language);

/** A second-line language chosen in a view, or null for none. */
export const isLanguageChoice = (value: unknown): value is { language: string | null } =>
  isRecord(value) && (value.language === null || isLanguageCode(value.language));

/** A panel's lines: a talk of a few hours has a few thousand; each starts at a second of the video and holds words. */
const isPanelLines = (lines: unknown) =>
  Array.isArray(lines) &&
  lines.length > 0 &&
  lines.length <= 20_000 &&
  lines.every(
    (line: unknown) =>
      isRecord(line) &&
      isFiniteNumber(line.start) &&
      line.start >= 0 &&
      typeof line.text === 'string' &&
      line.text.length > 0 &&
      line.text.length <= 2000,
  );

export function isVideoRequest(value: unknown): value is { videoId: string } {
  return isRecord(value) && isShortText(value.videoId);
}

export function isLineRequest(value: unknown): value is { talkId: string; videoId: string; time: number } {
  return isSaveAtRequest(value) && isVideoRequest(value);
}

export function isPageQuotes(value: unknown): value is PageQuotes {
  if (!isTalkRequest(value)) return false;
  const { quotes, saved, savedLines, chapters, withSlide, second } = value as unknown as Record<string, unknown>;
  const isQuote = (quote: unknown) =>
    isRecord(quote) &&
    isShortText(quote.id) &&
    typeof quote.text === 'string' &&
    typeof quote.speaker === 'string' &&
    isFiniteNumber(quote.start) &&
    [undefined, 'own', 'captions'].includes(quote.timing as string);
  const areQuotes = (list: unknown) => Array.isArray(list) && list.every(isQuote);
  const areIds = (list: unknown) => Array.isArray(list) && list.every(isShortText);
  const isSecond = (second: unknown) =>
    isRecord(second) &&
    isShortText(second.language) &&
    isRecord(second.quotes) &&
    Object.values(second.quotes).every((text) => typeof text === 'string');
  return (
    (second === undefined || isSecond(second)) &&
    areIds(saved) &&
    areIds(withSlide) &&
    areQuotes(quotes) &&
    areQuotes(savedLines) &&
    Array.isArray(chapters) &&
    chapters.every(
      (chapter: unknown) => isRecord(chapter) && isFiniteNumber(chapter.start) && typeof chapter.title === 'string',
    )
  );
}

export function isSaveRequest(value: unknown): value is { quoteId: string } {
  return isRecord(value) && isShortText(value.quoteId);
}

const asksSaved = (value: unknown) => typeof (value as { saved?: unknown } | null)?.saved === 'boolean';

export function isSetSavedRequest(value: unknown): value is { talkId: string; quoteId: string; saved: boolean } {
  return isQuoteRequest(value) && asksSaved(value);
}

export function isLineSaveRequest(
  value: unknown,
): value is { talkId: string; videoId: string; start: number; saved: boolean } {
  const start = (value as { start?: unknown } | null)?.start;
  return isTalkRequest(value) && isVideoRequest(value) && isFiniteNumber(start) && start >= 0 && asksSaved(value);
}

/** A note of any length is taken, to be refused with the reason if it is too long: nothing is cut in transit. */
export function isNoteRequest(value: unknown): value is { quoteId: string; note: string } {
  const note = (value as { note?: unknown } | null)?.note;
  return isSaveRequest(value) && typeof note === 'string' && note.length <= DRAFT_LIMIT;
}

export function isDraftRequest(value: unknown): value is { quoteId: string; draft: string | null } {
  const draft = (value as { draft?: unknown } | null)?.draft;
  return isSaveRequest(value) && (draft === null || (typeof draft === 'string' && draft.length <= DRAFT_LIMIT));
}

export function isPinRequest(value: unknown): value is { talkId: string; quoteId: string; start: number } {
  const start = (value as { start?: unknown } | null)?.start;
  return isQuoteRequest(value) && isFiniteNumber(start) && start >= 0;
}

export function isImportRequest(value: unknown): value is { text: string } {
  const text = (value as { text?: unknown } | null)?.text;
  return typeof text === 'string' && text.length <= MAX_IMPORT_BYTES;
}

export function isSettingRequest(value: unknown): value is { setting: Setting; on: boolean } {
  const { setting, on } = (value ?? {}) as { setting?: unknown; on?: unknown };
  return SETTINGS.includes(setting as Setting) && typeof on === 'boolean';
}

/** A slide as a data URL of a JPEG image, of a size a slide can be; or one of the reasons there is none. */
function isSlideTaken(value: Record<string, unknown>): value is SlideTaken & Record<string, unknown> {
  if ('missing' in value) return ['ad', 'unreadable'].includes(value.missing as string);
  return isRecord(value.slide) && isFileSlide({ ...value.slide, quoteId: 'slide', time: 0 });
}

export function isSlideRequest(value: unknown): value is { quoteId: string; time: number } & SlideTaken {
  const time = (value as { time?: unknown } | null)?.time;
  return isSaveRequest(value) && isFiniteNumber(time) && time >= 0 && isSlideTaken(value as Record<string, unknown>);
}

export function isSlideNowRequest(
  value: unknown,
): value is { talkId: string; videoId: string; time: number } & SlideTaken {
  return isLineRequest(value) && isSlideTaken(value as Record<string, unknown>);
}
