// What the app's views do: seek or open the talk, copy citations, open the side panel, and send the user's changes
// (stars, notes, timings, switches) to the background, the one writer, which commits each before it answers. A view
// never writes the database: it shows a change once the background has made it (its live queries see it).
import { browser } from '#imports';
import type { CaptionActions, QuoteActions, SaveActions } from '@/components/quote-actions';
import type { Talk } from '@/lib/model/corpus';
import type { CaptionLine } from '@/lib/model/captions';
import { sendMessage } from '@/lib/messaging';
import { VIEW_WROTE_KEY } from '@/lib/kept-screens';
import { citation } from '@/lib/saves/citation';
import { lineSaves } from '@/lib/saves/ids';
import type { Setting } from '@/lib/settings';
import type { Playback, ServedTab } from '@/lib/model/playback';
import type { Timeline } from '@/lib/timeline/timeline';
import { talkLink } from '@/lib/model/links';
import { reportText, type ReportContext } from '@/lib/page-report';
import type { PageReport } from '@/lib/model/page-report';

/** Tells the user a change was not made: the background could not be reached, or failed to commit it. */
export type ReportProblem = (problem: string) => void;

/** Sends a change; if it fails, says so and resolves with undefined. */
export function change<T>(sent: Promise<T>, report: ReportProblem): Promise<T | undefined> {
  return sent.catch((error: unknown) => {
    report(`That change was not saved (${error instanceof Error ? error.message : String(error)}). Try again.`);
    return undefined;
  });
}

/** The player a view follows: its tab, and the frame in it (a page can embed the talk more than once). */
const playerOf = (served: ServedTab | undefined) =>
  served?.tabId == null ? undefined : { tabId: served.tabId, frameId: served.frameId ?? 0 };

/** Seeks the player showing the talk; elsewhere opens the talk at that moment in a new tab. */
export function jumper(talk: Talk, watching: Playback | null, served: ServedTab | undefined) {
  const player = playerOf(served);
  return (seconds: number) => {
    if (watching?.videoId && player) void sendMessage('seek', { videoId: watching.videoId, seconds }, player);
    else void browser.tabs.create({ url: talkLink(talk.videoIds[0], `${talk.title} ${talk.code}`, seconds) });
  };
}

/**
 * A change the user makes, sent to the background (the one writer), noted first: a view opened in the next seconds
 * asks the background for its first screen instead of taking one kept before the change (lib/kept-screens.ts).
 */
export const sendChange = ((...args: unknown[]) => {
  localStorage.setItem(VIEW_WROTE_KEY, String(Date.now()));
  return (sendMessage as (...sent: unknown[]) => unknown)(...args);
}) as typeof sendMessage;

const talkDetail = (talk: Talk) => [talk.event, talk.code].filter(Boolean).join(', ');

interface ActionContext {
  talk: Talk;
  watching: Playback | null;
  jump: (seconds: number) => void;
  saved: Set<string>;
  timeline: Timeline;
  report: ReportProblem;
}

export function quoteActions({ talk, watching, jump, saved, timeline, report }: ActionContext): QuoteActions {
  return {
    timeline,
    isSaved: (id) => saved.has(id),
    toggleSave: (quote) =>
      void change(sendChange('setSaved', { talkId: talk.id, quoteId: quote.id, saved: !saved.has(quote.id) }), report),
    jump,
    copy: (quote, start) =>
      navigator.clipboard.writeText(
        citation({
          text: quote.text,
          speaker: quote.speaker,
          talkTitle: talk.title,
          talkDetail: talkDetail(talk),
          videoId: talk.videoIds[0] ?? null,
          start,
        }),
      ),
    pinAt: watching && !watching.ad ? Math.floor(watching.time) : null,
    pin: (quote) =>
      watching &&
      void change(sendChange('pinTiming', { talkId: talk.id, quoteId: quote.id, start: watching.time }), report),
    unpin: (quote) => void change(sendChange('unpinTiming', { quoteId: quote.id }), report),
  };
}

/** What the Saved list does with a save, which may belong to another talk or have left the corpus. */
export function saveActions({ talk, jump, timeline, report }: ActionContext): SaveActions {
  const unsent = 'The note could not reach Talk Companion, so it was not saved. Try again.';
  return {
    timeline,
    toggleSave: (save) => void change(sendChange('removeSave', { quoteId: save.quoteId }), report),
    jump: (save, start) =>
      save.talkId === talk.id
        ? jump(start)
        : void browser.tabs.create({ url: talkLink(save.videoId, save.talkTitle, start) }),
    copy: (save, start) =>
      navigator.clipboard.writeText(citation({ ...save, speaker: save.speaker || 'from the captions', start })),
    setNote: (save, note) =>
      sendChange('setNote', { quoteId: save.quoteId, note }).then(
        (refused) => refused ?? undefined,
        () => unsent,
      ),
    keepDraft: (save, draft) =>
      sendChange('keepNoteDraft', { quoteId: save.quoteId, draft }).then(
        (refused) => refused ?? undefined,
        () => unsent,
      ),
  };
}

/** What the Transcript tab and caption search results do with a line: play from it, star it. */
export function captionActions(
  { talk, jump, saved, report }: ActionContext,
  videoId: string | undefined,
): CaptionActions {
  const saveOf = videoId === undefined ? () => undefined : lineSaves(saved, talk.id, videoId);
  const isSaved = (line: CaptionLine) => saveOf(line) !== undefined;
  return {
    isSaved,
    toggleSave: (line) =>
      videoId &&
      void change(
        sendChange('setLineSaved', { talkId: talk.id, videoId, start: line.start, saved: !isSaved(line) }),
        report,
      ),
    play: (line) => jump(Math.floor(line.start)),
  };
}

/** Turns a switch (the card, the marks, sync), through the background like every change the user makes. */
export const turn = (setting: Setting, on: boolean, report: ReportProblem) =>
  void change(sendMessage('setSetting', { setting, on }), report);

/** Asks the player to read its video's captions again; one that has moved on to another video ignores it. */
export function readCaptionsAgain(served: ServedTab | undefined, videoId: string): void {
  const player = playerOf(served);
  if (player) void sendMessage('readCaptions', { videoId }, player).catch(() => undefined);
}

/** The second line's language (null: none), kept by the background, which has the talk's tabs read it. */
export const chooseSecondLanguage = (language: string | null, report: ReportProblem) =>
  void change(sendChange('setSecondLanguage', { language }), report);

/** Has the player's page read YouTube's own transcript panel; resolves with why it could not, or null once it is kept. */
export function readTranscriptPanel(served: ServedTab | undefined, videoId: string): Promise<string | null> {
  const player = playerOf(served);
  return player
    ? sendMessage('readTranscriptPanel', { videoId }, player)
    : Promise.resolve('the talk is not open in a tab');
}

/** Opens the side panel in this window (Chrome), or the sidebar (Firefox); the popup then closes. */
export async function openSidePanel(): Promise<void> {
  const { id: windowId } = await browser.windows.getCurrent();
  if (browser.sidePanel && windowId !== undefined) await browser.sidePanel.open({ windowId });
  else await (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction?.open();
  window.close();
}

/** Copies what works on the followed page as plain text, with the extension's and the browser's versions. */
export async function copyReport(
  report: PageReport,
  context: Pick<ReportContext, 'switches' | 'transcript'>,
): Promise<void> {
  const text = reportText(report, {
    ...context,
    version: browser.runtime.getManifest().version,
    browser: await browserName(),
    at: Date.now(),
  });
  await navigator.clipboard.writeText(text);
}

interface BrandVersion {
  brand: string;
  version: string;
}

/** "Firefox 140.12.0", "Chromium 143.0.7499.169": Firefox says it itself; Chromium's full versions are asked for. */
async function browserName(): Promise<string> {
  const runtime = browser.runtime as { getBrowserInfo?: () => Promise<{ name: string; version: string }> };
  if (runtime.getBrowserInfo) {
    const { name, version } = await runtime.getBrowserInfo();
    return `${name} ${version}`;
  }
  const agent = (
    navigator as {
      userAgentData?: { getHighEntropyValues(hints: string[]): Promise<{ fullVersionList?: BrandVersion[] }> };
    }
  ).userAgentData;
  const brands = (await agent?.getHighEntropyValues(['fullVersionList']))?.fullVersionList ?? [];
  const real = brands.filter(({ brand }) => !/not.?a.?brand/i.test(brand));
  const named = real.find(({ brand }) => brand !== 'Chromium') ?? real[0];
  return named ? `${named.brand} ${named.version}` : navigator.userAgent;
}
