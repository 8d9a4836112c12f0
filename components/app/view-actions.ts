// What the app's views do: seek or open the talk, star, copy citations, pin timings, open the side panel.
import { browser } from '#imports';
import type { CaptionActions, QuoteActions, SaveActions } from '@/components/quote-actions';
import type { CaptionLine } from '@/lib/captions/parse';
import { citation } from '@/lib/saves/citation';
import type { Talk } from '@/lib/corpus/types';
import { captionQuoteId, removeSave, setNote, toggleLineSave, toggleSave } from '@/lib/saves/saves';
import { sendMessage } from '@/lib/messaging';
import type { Playback, ServedTab } from '@/lib/talk-tabs';
import type { Timeline } from '@/lib/timeline/timeline';
import { pinTiming, unpinTiming } from '@/lib/saves/timings';
import { talkLink } from '@/lib/youtube/links';
import { viewDb } from './use-live-query';

/** The player a view follows: its tab, and the frame in it (a page can embed the talk more than once). */
const playerOf = (served: ServedTab | undefined) => (served?.tabId == null ? undefined : { tabId: served.tabId, frameId: served.frameId ?? 0 });

/** Seeks the player showing the talk; elsewhere opens the talk at that moment in a new tab. */
export function jumper(talk: Talk, watching: Playback | null, served: ServedTab | undefined) {
  const player = playerOf(served);
  return (seconds: number) => {
    if (watching?.videoId && player) void sendMessage('seek', { videoId: watching.videoId, seconds }, player);
    else void browser.tabs.create({ url: talkLink(talk.videoIds[0], `${talk.title} ${talk.code}`, seconds) });
  };
}

const talkDetail = (talk: Talk) => [talk.event, talk.code].filter(Boolean).join(', ');

export function quoteActions(
  talk: Talk,
  watching: Playback | null,
  jump: (seconds: number) => void,
  saved: Set<string>,
  timeline: Timeline,
): QuoteActions {
  return {
    timeline,
    isSaved: (id) => saved.has(id),
    toggleSave: (quote) => void viewDb().then((db) => toggleSave(db, talk.id, quote.id)),
    jump,
    copy: (quote, start) =>
      navigator.clipboard.writeText(
        citation({ text: quote.text, speaker: quote.speaker, talkTitle: talk.title, talkDetail: talkDetail(talk), videoId: talk.videoIds[0] ?? null, start }),
      ),
    pinAt: watching && !watching.ad ? Math.floor(watching.time) : null,
    pin: (quote) => watching && void viewDb().then((db) => pinTiming(db, quote, watching.time)),
    unpin: (quote) => void viewDb().then((db) => unpinTiming(db, quote.id)),
  };
}

/** What the Saved list does with a save, which may belong to another talk or have left the corpus. */
export function saveActions(talk: Talk, jump: (seconds: number) => void, timeline: Timeline): SaveActions {
  return {
    timeline,
    toggleSave: (save) => void viewDb().then((db) => removeSave(db, save.quoteId)),
    jump: (save, start) => (save.talkId === talk.id ? jump(start) : void browser.tabs.create({ url: talkLink(save.videoId, save.talkTitle, start) })),
    copy: (save, start) => navigator.clipboard.writeText(citation({ ...save, speaker: save.speaker || 'from the captions', start })),
    setNote: async (save, note) => setNote(await viewDb(), save.quoteId, note),
  };
}

/** What the Transcript tab and caption search results do with a line: play from it, star it. */
export function captionActions(talk: Talk, videoId: string | undefined, saved: Set<string>, jump: (seconds: number) => void): CaptionActions {
  const id = (line: CaptionLine) => (videoId ? captionQuoteId(talk.id, videoId, line) : '');
  return {
    isSaved: (line) => saved.has(id(line)),
    toggleSave: (line) => videoId && void viewDb().then((db) => toggleLineSave(db, talk, videoId, line)),
    play: (line) => jump(Math.floor(line.start)),
  };
}

/** Asks the player to read its video's captions again; one that has moved on to another video ignores it. */
export function readCaptionsAgain(served: ServedTab | undefined, videoId: string): void {
  const player = playerOf(served);
  if (player) void sendMessage('readCaptions', { videoId }, player).catch(() => undefined);
}

/** Opens the side panel in this window (Chrome), or the sidebar (Firefox); the popup then closes. */
export async function openSidePanel(): Promise<void> {
  const { id: windowId } = await browser.windows.getCurrent();
  if (browser.sidePanel && windowId !== undefined) await browser.sidePanel.open({ windowId });
  else await (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction?.open();
  window.close();
}
