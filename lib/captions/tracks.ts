// The caption tracks YouTube's player offers, and which one to read: a manual English track before an automatic one,
// another language only when there is no English.
import type { CaptionTrack } from '../model/captions';

const isEnglish = (track: CaptionTrack) => /^en\b/i.test(track.languageCode);
const isAutomatic = (track: CaptionTrack) => track.kind === 'asr';

export function chooseTrack(tracks: CaptionTrack[]): CaptionTrack | undefined {
  const rank = (track: CaptionTrack) => (isEnglish(track) ? 0 : 2) + (isAutomatic(track) ? 1 : 0);
  return [...tracks].sort((a, b) => rank(a) - rank(b))[0];
}

/** The track's URL asking for json3, whatever format it named; a relative URL stays on the page's origin. */
export function json3Url(url: string, origin: string): string {
  const parsed = new URL(url, origin);
  parsed.searchParams.set('fmt', 'json3');
  return parsed.href;
}

/**
 * Whether a track's URL is only answered with the player's proof-of-origin token: YouTube marks such URLs `exp=xpe`
 * (youtube-transcript-api reads it so); a URL without it is answered as it is.
 */
export const needsToken = (url: string): boolean => /[?&]exp=([^&]*,)?xpe(,|&|$)/.test(url);
