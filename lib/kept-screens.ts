// What a view needs for its first screen, kept by the background in the browser's session storage, which outlives a
// stopped worker (not the browser): the tabs showing a talk, what each page found of YouTube, and the first screen of
// each talk a tab shows. A view opened while the worker sleeps paints from it at once, and asks the worker after
// (components/app/opening.ts): waking it costs about 80 ms before the first message is answered.
import type { FirstScreenData, OpenView, ServeTabRequest } from './model/messages';
import { serveTab, type PageReports, type TalkTabs } from './talk-tabs';

export const TABS_KEY = 'talkTabs';
export const REPORTS_KEY = 'pageReports';
/** The first screens by talk id ('' for none: the first talk installed), without the transcript and with it. */
export const SCREENS_KEY = 'firstScreens';
export const TRANSCRIPT_SCREENS_KEY = 'firstTranscriptScreens';
export type KeptScreens = Record<string, FirstScreenData>;

/** What a view reads of session storage as it opens: one read, beside its question for the tab the user is on. */
export const keptKeys = (request: Pick<ServeTabRequest, 'transcript'>): string[] => [
  TABS_KEY,
  REPORTS_KEY,
  request.transcript ? TRANSCRIPT_SCREENS_KEY : SCREENS_KEY,
];

/**
 * The view's opening as kept, when it is right for the moment shown: the tab followed shows no talk, or a talk paused
 * (it wrote its moment as it paused, and every reading since). A tab playing moves on, and its worker is awake anyway
 * (each reading wakes it): undefined, as when nothing was kept for the talk.
 */
export function keptOpening(stored: Record<string, unknown>, request: ServeTabRequest): OpenView | undefined {
  const tabs = (stored[TABS_KEY] ?? {}) as TalkTabs;
  const reports = (stored[REPORTS_KEY] ?? {}) as PageReports;
  const served = serveTab(tabs, request.pinned, request.active, {}, reports);
  if (served.playback && !served.playback.paused) return undefined;
  const screens = (stored[request.transcript ? TRANSCRIPT_SCREENS_KEY : SCREENS_KEY] ?? {}) as KeptScreens;
  const screen = screens[served.playback?.talkId ?? ''];
  return screen && { served, screen };
}
