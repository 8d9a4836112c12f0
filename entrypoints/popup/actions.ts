// What the app's views do: seek or open the talk, star, copy citations, pin timings.
import { browser } from '#imports';
import type { QuoteActions } from '@/components/actions';
import { citation } from '@/lib/citation';
import type { Talk } from '@/lib/corpus/types';
import { toggleFavourite } from '@/lib/favourites';
import { sendMessage, type Playback } from '@/lib/messaging';
import { viewDb } from '@/lib/live';
import { pinTiming, unpinTiming } from '@/lib/timings';
import { watchUrl } from '@/lib/time';

/** Where to watch a talk from a moment: its known video, else a YouTube search for it. */
export function talkUrl(videoId: string | null | undefined, title: string, seconds: number): string {
  if (videoId) return watchUrl(videoId, seconds);
  return `https://www.youtube.com/results?search_query=${encodeURIComponent(title)}`;
}

/** Seeks the tab playing the talk; elsewhere opens the talk at that moment in a new tab. */
export function jumper(talk: Talk, watching: Playback | null, tabId: number | null | undefined) {
  return (seconds: number) => {
    if (watching && tabId != null) void sendMessage('seek', { seconds }, tabId);
    else void browser.tabs.create({ url: talkUrl(talk.videoIds[0], `${talk.title} ${talk.code}`, seconds) });
  };
}

export const talkDetail = (talk: Talk) => [talk.event, talk.code].filter(Boolean).join(', ');

export function quoteActions(
  talk: Talk,
  watching: Playback | null,
  jump: (seconds: number) => void,
  saved: Set<string>,
  ownTimings: ReadonlyMap<string, number>,
): QuoteActions {
  return {
    isSaved: (id) => saved.has(id),
    toggleSave: (quote) => void viewDb().then((db) => toggleFavourite(db, quote, talk)),
    jump,
    copy: (quote, start) =>
      navigator.clipboard.writeText(
        citation({ text: quote.text, speaker: quote.speaker, talkTitle: talk.title, talkDetail: talkDetail(talk), videoId: talk.videoIds[0] ?? null, start }),
      ),
    ownStart: (id) => ownTimings.get(id),
    pinAt: watching && !watching.ad ? Math.floor(watching.time) : null,
    pin: (quote) => watching && void viewDb().then((db) => pinTiming(db, quote, watching.time)),
    unpin: (quote) => void viewDb().then((db) => unpinTiming(db, quote.id)),
  };
}
