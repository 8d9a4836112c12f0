// What the product reads of YouTube's player, in the page's world: the caption tracks it offers, from either place it
// gives them (its audio track's list, `getAudioTrack().captionTracks`, or its innertube response, `getPlayerResponse()`),
// and whether YouTube plays the video at all. Each field read is one a recording or a peer's current code shows
// (lib/youtube/README.md). It runs in the page's world on every YouTube page, so it stays small.
import type { CaptionTrack, Language } from '../model/captions';

/**
 * A track as either place gives it. The response's tracks are recorded (tests/fixtures/youtube/): `baseUrl`, `name`
 * (`simpleText` from the web client, `runs` from others), `vssId`, `languageCode`, `kind: 'asr'`. Of the player's own
 * list, peers read `url`, `languageCode` and `languageName` (asbplayer, 2026-05); its kind is then the URL's own `kind`.
 */
export interface OfferedTrack {
  languageCode?: string;
  kind?: string;
  vssId?: string;
  name?: { simpleText?: string; runs?: { text?: string }[] };
  languageName?: string;
  url?: string;
  baseUrl?: string;
  isTranslatable?: boolean;
}

interface PlayerResponse {
  playabilityStatus?: { status?: unknown; reason?: unknown };
  captions?: { playerCaptionsTracklistRenderer?: { captionTracks?: unknown; translationLanguages?: unknown } };
  videoDetails?: { videoId?: string };
}

/** The response's tracks: a list, or nothing (anything else has no `filter` to call). */
export function offeredInResponse(response: unknown): OfferedTrack[] {
  const tracks = (response as PlayerResponse | null)?.captions?.playerCaptionsTracklistRenderer?.captionTracks;
  return (tracks as unknown[] | undefined)?.filter?.((track): track is OfferedTrack => typeof track === 'object') ?? [];
}

/** The languages YouTube translates the video's captions into (recorded: `{ languageCode, languageName: { simpleText } }`). */
export function translationLanguagesOf(response: unknown): Language[] {
  const offered = (response as PlayerResponse | null)?.captions?.playerCaptionsTracklistRenderer?.translationLanguages;
  if (!Array.isArray(offered)) return [];
  return offered.flatMap((language: { languageCode?: unknown; languageName?: OfferedTrack['name'] } | null) => {
    const code = language?.languageCode;
    if (typeof code !== 'string' || !code) return [];
    const name = language?.languageName?.simpleText ?? language?.languageName?.runs?.map((run) => run.text).join('');
    return [{ code, name: name || code }];
  });
}

/** A URL's own parameter; a relative URL is read against YouTube's origin. */
const param = (url: string, name: string) => new URL(url, 'https://www.youtube.com').searchParams.get(name);

/** The tracks offered that have a language and a URL, as the product keeps them. */
export function captionTracksOf(offered: OfferedTrack[]): CaptionTrack[] {
  return offered.flatMap((track) => {
    const url = track?.url ?? track?.baseUrl;
    if (!track?.languageCode || !url) return [];
    const kind = track.kind ?? param(url, 'kind') ?? undefined;
    const name = track.name?.simpleText ?? track.name?.runs?.map((run) => run.text).join('') ?? track.languageName;
    return [
      {
        languageCode: track.languageCode,
        kind,
        name: name || track.languageCode,
        // YouTube's own key for a track ('.en', 'a.en'), as its responses give it.
        vssId: track.vssId ?? `${kind === 'asr' ? 'a' : ''}.${track.languageCode}`,
        url,
        ...(track.isTranslatable !== undefined && { translatable: track.isTranslatable === true }),
      },
    ];
  });
}

/** The id of the video a player response describes (a response for a video YouTube does not play may name none). */
export const videoIdOfResponse = (response: unknown): string | undefined =>
  (response as PlayerResponse | null)?.videoDetails?.videoId;

/** Why YouTube does not play a video: its `playabilityStatus` (status and YouTube's own words), when it is not OK. */
export interface Unplayable {
  status: string;
  reason: string;
}

/** The response's playability, when YouTube says it will not play the video (LOGIN_REQUIRED, UNPLAYABLE, ERROR…). */
export function unplayableIn(response: unknown): Unplayable | undefined {
  const { status, reason } = (response as PlayerResponse | null)?.playabilityStatus ?? {};
  if (typeof status !== 'string' || status === 'OK') return undefined;
  return { status, reason: typeof reason === 'string' ? reason : '' };
}
