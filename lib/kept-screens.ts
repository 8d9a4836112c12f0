// What a view needs for its first screen, kept by the background in the browser's session storage, which outlives a
// stopped worker (not the browser): the tabs showing a talk, what each page found of YouTube, and the first screen of
// each talk a tab shows. A view opened while the worker sleeps paints from it at once, and asks the worker after
// (components/app/opening.ts): waking it costs about 80 ms before the first message is answered.
import type { FirstScreenData, OpenView, ServeTabRequest } from './model/messages';
import { serveTab, type PageReports, type TalkTabs } from './talk-tabs';

export const TABS_KEY = 'talkTabs';
export const REPORTS_KEY = 'pageReports';
/**
 * The first screens by talk id ('' for none: the first talk installed), without the transcript and with it, each kept
 * as one JSON text: Chrome carries a text across to the view as it is, where a tree of objects is taken apart and put
 * together again field by field (the Transcript's first screen, kept as objects, took some 25 ms more to read).
 */
export const SCREENS_KEY = 'firstScreens';
export const TRANSCRIPT_SCREENS_KEY = 'firstTranscriptScreens';
/** A talk's first screen, or for '' the id of the talk whose screen it is when a tab shows that talk too. */
export type KeptScreens = Record<string, FirstScreenData | string>;

/**
 * Where a view notes when it last sent the background a change (the extension's own localStorage: written at once,
 * read at once by the next view). For some seconds after, a kept screen may not show the change yet, and the worker is
 * awake anyway, having just taken it: a view opened then asks the worker.
 */
export const VIEW_WROTE_KEY = 'talk-companion:view-wrote-at';
export const ASK_AFTER_A_WRITE_MS = 10_000;

/** What a view reads of session storage as it opens: one read, beside its question for the tab the user is on. */
export const keptKeys = (request: Pick<ServeTabRequest, 'transcript'>): string[] => [
  TABS_KEY,
  REPORTS_KEY,
  request.transcript ? TRANSCRIPT_SCREENS_KEY : SCREENS_KEY,
];

/**
 * The view's opening as kept, when it is right for the moment shown: the tab followed shows no talk, or a talk paused
 * (it wrote its moment as it paused, and every reading since). A tab playing moves on, and its worker is awake anyway
 * (each reading wakes it): undefined, as when nothing was kept for the talk, or a view sent a change a moment ago
 * (`viewWroteAt`).
 */
export function keptOpening(
  stored: Record<string, unknown>,
  request: ServeTabRequest,
  viewWroteAt = 0,
  now = Date.now(),
): OpenView | undefined {
  if (now - viewWroteAt < ASK_AFTER_A_WRITE_MS) return undefined;
  const tabs = (stored[TABS_KEY] ?? {}) as TalkTabs;
  const reports = (stored[REPORTS_KEY] ?? {}) as PageReports;
  const served = serveTab(tabs, request.pinned, request.active, {}, reports);
  if (served.playback && !served.playback.paused) return undefined;
  const kept = stored[request.transcript ? TRANSCRIPT_SCREENS_KEY : SCREENS_KEY];
  const screens = (typeof kept === 'string' ? JSON.parse(kept) : {}) as KeptScreens;
  const found = screens[served.playback?.talkId ?? ''];
  const screen = typeof found === 'string' ? screens[found] : found;
  return typeof screen === 'object' ? { served, screen } : undefined;
}
