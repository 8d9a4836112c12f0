// Reads a YouTube page: which video, its title and channel, the main <video>, whether an ad plays.
import { isVideoId } from '../model/links';
import {
  AD_SHOWING_CLASS,
  CHANNEL,
  DARK_THEME_ATTRIBUTE,
  EMBED_TITLES,
  MAIN_VIDEO,
  MICRODATA,
  MOBILE_CHANNELS,
  MOBILE_TITLE,
  PLAYER,
  PLAYER_SLOT_VIDEO,
  TITLE,
  WATCH_FLEXY,
} from './selectors';
const YOUTUBE_HOSTS = new Set(['www.youtube.com', 'youtube.com', 'm.youtube.com', 'www.youtube-nocookie.com']);

/** The video id of /watch?v=ID, /live/ID, /embed/ID or /shorts/ID on a YouTube host; null elsewhere. */
export function readVideoId(url: string | URL): string | null {
  const parsed = new URL(url);
  if (!YOUTUBE_HOSTS.has(parsed.hostname)) return null;
  const id =
    parsed.pathname === '/watch'
      ? parsed.searchParams.get('v')
      : /^\/(?:live|embed|shorts)\/([^/?#]+)/.exec(parsed.pathname)?.[1];
  return id && isVideoId(id) ? id : null;
}

/** "(3) Talk title - YouTube" → "Talk title". */
export function cleanDocumentTitle(title: string): string {
  return title
    .replace(/^\(\d+\+?\)\s*/, '')
    .replace(/\s+-\s+YouTube$/, '')
    .trim();
}

export interface PageFacts {
  videoId: string | null;
  title: string;
  channel: string;
  /** Where the title (and channel) were read when the elements under the player gave none. */
  from?: 'microdata' | 'tab title';
}

/**
 * What the live page says about the video it shows: the desktop watch page, the mobile site or an embedded player.
 * The title under the player wins, then the page's microdata (while it still names this video), then
 * document.title; on desktop only once the watch container has switched to this video id (after in-page navigation
 * it briefly still shows the previous one).
 */
export function readPage(doc: Document, url: string | URL = doc.location.href): PageFacts {
  const videoId = readVideoId(url);
  const flexy = doc.querySelector(WATCH_FLEXY);
  const shownId = flexy?.getAttribute('video-id');
  if (shownId && shownId !== videoId) return { videoId, title: '', channel: '' };
  const shown = {
    title: firstText(doc, [TITLE, MOBILE_TITLE, ...EMBED_TITLES]),
    channel: firstText(doc, [CHANNEL, ...MOBILE_CHANNELS]),
  };
  if (shown.title) return { videoId, ...shown };
  const micro = videoId && contentOf(doc, MICRODATA.videoId) === videoId ? microdata(doc) : undefined;
  if (micro?.title) return { videoId, title: micro.title, channel: shown.channel || micro.channel, from: 'microdata' };
  const tabTitle = cleanDocumentTitle(doc.title);
  return { videoId, title: tabTitle, channel: shown.channel, ...(tabTitle && { from: 'tab title' as const }) };
}

const contentOf = (doc: Document, selector: string) =>
  doc.querySelector(selector)?.getAttribute('content')?.trim() ?? '';
const microdata = (doc: Document) => ({
  title: contentOf(doc, MICRODATA.title),
  channel: contentOf(doc, MICRODATA.channel),
});

/** The text of the first of these selectors that finds a non-empty element, in the order given. */
const firstText = (doc: Document, selectors: string[]) => {
  for (const selector of selectors) {
    const text = textOf(doc.querySelector(selector));
    if (text) return text;
  }
  return '';
};

/** Whether the elements under the player that show the title and the channel are there (desktop or mobile site). */
export function hasTitleElements(doc: Document): boolean {
  const some = (selectors: string[]) => selectors.some((selector) => doc.querySelector(selector));
  return some([TITLE, MOBILE_TITLE]) && some([CHANNEL, ...MOBILE_CHANNELS]);
}

/** Which kind of YouTube page this is: the desktop watch page, the mobile site, or an embedded player. */
export function pageKind(doc: Document): 'desktop' | 'mobile' | 'embed' {
  if (isMobileSite(doc)) return 'mobile';
  return doc.location.pathname.startsWith('/embed/') ? 'embed' : 'desktop';
}

/** Whether the page is YouTube's mobile site, where the marks and keys are not offered (yet). */
export function isMobileSite(doc: Document): boolean {
  return doc.location.hostname === 'm.youtube.com';
}

/** The talk's <video>: in the main player, else (the player renamed) in the page's player slot. */
export function mainVideo(doc: Document): HTMLVideoElement | null {
  return doc.querySelector<HTMLVideoElement>(MAIN_VIDEO) ?? doc.querySelector<HTMLVideoElement>(PLAYER_SLOT_VIDEO);
}

export function mainPlayer(doc: Document): Element | null {
  return doc.querySelector(PLAYER);
}

export function isAdPlaying(doc: Document): boolean {
  return mainPlayer(doc)?.classList.contains(AD_SHOWING_CLASS) ?? false;
}

/** Moves the talk's video to a second, unless an ad plays in it; says whether it moved. */
export function seekTo(doc: Document, seconds: number): boolean {
  const video = mainVideo(doc);
  if (!video || isAdPlaying(doc)) return false;
  video.currentTime = seconds;
  return true;
}

/** Whether YouTube shows its dark theme. */
export function isDarkTheme(doc: Document): boolean {
  return doc.documentElement.hasAttribute(DARK_THEME_ATTRIBUTE);
}

const textOf = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/**
 * Resolves with `read`'s first non-null answer, re-asking whenever the page changes, or with null after `timeoutMs`
 * or on abort. The observer and the timer are gone once it resolves.
 */
export function waitForPage<T>(
  doc: Document,
  read: () => T | null,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<T | null> {
  return new Promise((resolve) => {
    const first = read();
    if (first !== null || signal.aborted) return resolve(first);
    const observer = new MutationObserver(() => {
      const value = read();
      if (value !== null) finish(value);
    });
    const timer = setTimeout(() => finish(null), timeoutMs);
    const finish = (value: T | null) => {
      observer.disconnect();
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const onAbort = () => finish(null);
    signal.addEventListener('abort', onAbort);
    observer.observe(doc, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['video-id'],
    });
  });
}

/** Plays the talk's video from a second (a mark clicked, a key pressed); says whether it moved. */
export function playFrom(doc: Document, seconds: number): boolean {
  if (!seekTo(doc, seconds)) return false;
  void mainVideo(doc)
    ?.play()
    .catch(() => undefined);
  return true;
}
