// The caption tracks YouTube's player offers, as the product keeps them, from either place the player gives them: its
// audio track (`getAudioTrack().captionTracks`), or, where that method is gone, its response (`getPlayerResponse()`,
// innertube's /player answer; field names and nesting as recorded in tests/fixtures/youtube/). It runs in the page's
// world on every YouTube page, so it stays small.
import type { CaptionTrack } from '../model/captions';

/** A track under the player's own names. */
export interface OfferedTrack {
  languageCode?: string;
  kind?: string;
  displayName?: string;
  vssId?: string;
  url?: string;
}

interface PlayerResponse {
  captions?: { playerCaptionsTracklistRenderer?: { captionTracks?: unknown } };
  videoDetails?: { videoId?: string };
}
interface RecordedTrack {
  baseUrl?: string;
  name?: { simpleText?: string; runs?: { text?: string }[] };
}

/** The response's tracks under the player's names: `baseUrl` is the URL, the name its text or its runs. */
export function offeredInResponse(response: unknown): OfferedTrack[] {
  const tracks = (response as PlayerResponse | null)?.captions?.playerCaptionsTracklistRenderer?.captionTracks;
  // A list, or nothing: anything else has no `map` to call.
  const offered = (tracks as (RecordedTrack | null)[] | undefined)?.map?.((track) => ({
    ...track,
    url: track?.baseUrl,
    displayName: track?.name?.simpleText ?? track?.name?.runs?.map((run) => run.text).join(''),
  }));
  return offered ?? [];
}

/** The tracks offered that have a language and a URL, as the product keeps them. */
export function captionTracksOf(offered: OfferedTrack[]): CaptionTrack[] {
  return offered.flatMap((track) =>
    track?.languageCode && track.url
      ? [
          {
            languageCode: track.languageCode,
            kind: track.kind,
            name: track.displayName || track.languageCode,
            vssId: track.vssId ?? '',
            url: track.url,
          },
        ]
      : [],
  );
}

/** The id of the video a player response describes. */
export const videoIdOfResponse = (response: unknown): string | undefined =>
  (response as PlayerResponse | null)?.videoDetails?.videoId;
