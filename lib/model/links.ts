// Links into YouTube: what a video id looks like, a video at a moment, and a search where no id is known.

const VIDEO_ID = /^[\w-]{11}$/;

/**
 * Where the content scripts run: YouTube's desktop and mobile sites, and its player embedded in other pages (the
 * privacy-enhanced host serves only embeds). The conference's own page is never read, only YouTube's frame in it.
 */
export const YOUTUBE_PAGES = ['*://www.youtube.com/*', '*://m.youtube.com/*', '*://www.youtube-nocookie.com/embed/*'];

/** YouTube video ids are 11 letters, digits, "-" or "_". */
export function isVideoId(text: string): boolean {
  return VIDEO_ID.test(text);
}

/** A link that opens the video at a moment: watch?v=ID&t=Ns. */
export function watchUrl(videoId: string, seconds?: number | null): string {
  const base = `https://www.youtube.com/watch?v=${encodeURIComponent(videoId)}`;
  return seconds == null ? base : `${base}&t=${Math.floor(seconds)}s`;
}

/** A YouTube search, for a talk whose video id is not known. */
export function searchUrl(query: string): string {
  return `https://www.youtube.com/results?search_query=${encodeURIComponent(query)}`;
}

/** Where to watch a talk from a moment: its known video, else a YouTube search for it. */
export function talkLink(videoId: string | null | undefined, searchFor: string, seconds?: number | null): string {
  return videoId ? watchUrl(videoId, seconds) : searchUrl(searchFor);
}
