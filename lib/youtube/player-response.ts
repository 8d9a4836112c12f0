// Reads YouTube's player response (`#movie_player.getPlayerResponse()`, innertube's /player answer): the caption tracks
// it offers and the video it describes. Field names and nesting as recorded in tests/fixtures/youtube/. Anything not
// of the expected shape reads as nothing, never as a throw.
import type { CaptionTrack } from '../model/captions';

type Json = Record<string, unknown>;
const record = (value: unknown): Json => (typeof value === 'object' && value !== null ? (value as Json) : {});
const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);

/** A name as YouTube writes one: `{ simpleText }`, or `{ runs: [{ text }] }`. */
function nameOf(value: unknown): string | undefined {
  const name = record(value);
  if (text(name.simpleText)) return name.simpleText as string;
  const runs = Array.isArray(name.runs) ? name.runs.map((run) => text(record(run).text) ?? '').join('') : '';
  return runs || undefined;
}

/** The caption tracks the response offers, with their URLs as given (`baseUrl`). */
export function tracksOfResponse(response: unknown): CaptionTrack[] {
  const tracks = record(record(record(response).captions).playerCaptionsTracklistRenderer).captionTracks;
  if (!Array.isArray(tracks)) return [];
  return tracks.flatMap((entry) => {
    const track = record(entry);
    const languageCode = text(track.languageCode);
    const url = text(track.baseUrl);
    if (!languageCode || !url) return [];
    return [
      {
        languageCode,
        ...(text(track.kind) && { kind: track.kind as string }),
        name: nameOf(track.name) ?? languageCode,
        vssId: text(track.vssId) ?? '',
        url,
      },
    ];
  });
}

/** The video the response describes: its id, title, channel and length in seconds. */
export interface VideoDetails {
  videoId: string;
  title: string;
  channel: string;
  lengthSeconds: number | null;
}

export function detailsOfResponse(response: unknown): VideoDetails | undefined {
  const details = record(record(response).videoDetails);
  const videoId = text(details.videoId);
  if (!videoId) return undefined;
  const length = Number(details.lengthSeconds);
  return {
    videoId,
    title: text(details.title) ?? '',
    channel: text(details.author) ?? '',
    lengthSeconds: Number.isFinite(length) && length > 0 ? length : null,
  };
}
