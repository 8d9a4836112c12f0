// YouTube as recorded (tests/fixtures/youtube/README.md), made into the replica's: the recorded web watch page's
// microdata and player response with the replica's video put in (its id, title and channel, the tracks it offers), so
// the replica says what YouTube says, in YouTube's shape, and cannot drift from it.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReplicaVideo } from './videos';

// A path, not `new URL(…)`: under Vitest's happy-dom the global URL is the DOM's, which node:url refuses.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/youtube');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

/** The video the web recordings show (youtube-transcript-api's test video), whose values the replica replaces. */
export const RECORDED_VIDEO = { id: 'GJLlxj_dtq8', title: 'Surface Go Review - It’s Awesome', channel: 'Dave2D' };

/** What a recording's JSON is, for the builders below: YouTube's data, read as it came. */
export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The web client's player response of 2025-03-25, and those for videos YouTube would not play (2025-02). */
export const recordedResponses = {
  web: JSON.parse(fixture('player-web-2025-03.json')) as Json,
  age: JSON.parse(fixture('player-web-age-2025-02.json')) as Json,
  unavailable: JSON.parse(fixture('player-web-unavailable-2025-02.json')) as Json,
  bot: JSON.parse(fixture('player-web-bot-2025-02.json')) as Json,
};
export type Unplayable = Exclude<keyof typeof recordedResponses, 'web'>;
export const UNPLAYABLE = ['age', 'unavailable', 'bot'] as const satisfies readonly Unplayable[];

/** The recorded watch page's microdata, `<div id="watch7-content" itemscope …>`, as served. */
export const recordedMicrodata = fixture('watch-microdata-2025-03.html').trim();
/** The nonce the recorded page gave its scripts (one JSON-LD script sits in the microdata). */
const RECORDED_NONCE = 'UAXnDy37EgTgwvbtdGngNQ';

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
/** A channel's handle as its URL spells it: its name without spaces or signs. */
export const handleOf = (channel: string) => channel.replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The microdata YouTube would serve for `video`: the recording with its id, name, author and handle replaced. The
 * description is emptied (the recorded one describes another video); dates, counts and the duration stay as recorded,
 * since nothing reads them.
 */
export function microdataOf(id: string, video: ReplicaVideo, nonce = RECORDED_NONCE): string {
  const handle = handleOf(video.channel);
  return recordedMicrodata
    .replaceAll(RECORDED_VIDEO.id, id)
    .replace(
      `<meta itemprop="name" content="${RECORDED_VIDEO.title}">`,
      `<meta itemprop="name" content="${escape(video.title)}">`,
    )
    .replace(/<meta itemprop="description" content="[^"]*">/, '<meta itemprop="description" content="">')
    .replaceAll(`@${RECORDED_VIDEO.channel}`, `@${handle}`)
    .replace(
      `<link itemprop="name" content="${RECORDED_VIDEO.channel}">`,
      `<link itemprop="name" content="${escape(video.channel)}">`,
    )
    .replace(`"name": "${RECORDED_VIDEO.channel}"`, `"name": ${JSON.stringify(video.channel).replace(/</g, '\\u003c')}`)
    .replace(`nonce="${RECORDED_NONCE}"`, `nonce="${nonce}"`);
}

export interface ResponseOptions {
  /** The tracks offered: a manual and an automatic English track, the automatic one, none, or the manual one only. */
  offer: 'both' | 'asr' | 'none' | 'tokenless';
  /** How tracks are named: `simpleText`, as the web client does; `runs`, as the Android and visionOS clients do. */
  names: 'simpleText' | 'runs';
  /** The page's origin, which the track URLs are on (the recording is of www.youtube.com). */
  origin: string;
  /** The replica's own parameter moving the quotes in its captions (`at=SECONDS,SECONDS`), carried on each track URL. */
  at: string;
  /** A video YouTube would not play, as recorded: an age check, an unavailable video, a check for bots. */
  unplayable?: Unplayable;
  /**
   * YouTube's translation of the tracks (the replica's own parameter `translation`, carried on each track URL as
   * `tl`): `no` marks every track `isTranslatable: false`; `empty` and `error` have timedtext answer a translation
   * with nothing, or with a 500. Else the recorded `isTranslatable: true` and 156 `translationLanguages` stand.
   */
  translation?: 'no' | 'empty' | 'error';
}

const RECORDED_ORIGIN = 'https://www.youtube.com';

/**
 * A recorded track's URL for the replica's video. The March 2025 recording's URLs do not carry `exp=xpe`; the web page
 * recorded on 2025-06-11 (youtube-transcript-api, youtube.html.static) marks every track so, with `exp` in `sparams`,
 * and so does the replica.
 */
export function trackUrlOf(
  recorded: string,
  id: string,
  { origin, at, translation }: Pick<ResponseOptions, 'origin' | 'at' | 'translation'>,
) {
  return `${recorded
    .replace(RECORDED_ORIGIN, origin)
    .replace(`v=${RECORDED_VIDEO.id}&`, `v=${id}&`)
    .replace(/&opi=(\d+)&/, '&opi=$1&exp=xpe&')
    .replace(',opi,xoaf&', ',opi,exp,xoaf&')}${at ? `&at=${at}` : ''}${translation ? `&tl=${translation}` : ''}`;
}

/** The player response YouTube would give for `video`: the web recording, the video's own details and tracks put in. */
export function playerResponseOf(id: string, video: ReplicaVideo, options: ResponseOptions): Json {
  const { web } = recordedResponses;
  const details = { ...web.videoDetails, videoId: id, title: video.title, author: video.channel };
  if (options.unplayable) {
    const recorded = recordedResponses[options.unplayable];
    // A video not played says why; the age check still names the video, the others do not (as recorded).
    return { ...recorded, ...(recorded.videoDetails && { videoDetails: details }) };
  }
  const renderer = web.captions.playerCaptionsTracklistRenderer;
  const recordedTrack = (vssId: string) => renderer.captionTracks.find((track: Json) => track.vssId === vssId);
  const wanted = { both: ['.en', 'a.en'], asr: ['a.en'], tokenless: ['.en'], none: [] }[options.offer];
  const tracks = wanted.map((vssId) => {
    const track = recordedTrack(vssId);
    const name = track.name.simpleText as string;
    return {
      ...track,
      baseUrl: trackUrlOf(track.baseUrl, id, options),
      name: options.names === 'runs' ? { runs: [{ text: name }] } : { simpleText: name },
      ...(options.translation === 'no' && { isTranslatable: false }),
    };
  });
  if (tracks.length === 0) {
    // A video without captions: no `captions` key at all (player-no-captions-2025-06.json).
    const { captions: _none, ...rest } = web;
    return { ...rest, videoDetails: details };
  }
  const manual = tracks.findIndex((track) => track.kind !== 'asr');
  return {
    ...web,
    videoDetails: details,
    captions: {
      playerCaptionsTracklistRenderer: {
        ...renderer,
        captionTracks: tracks,
        // As recorded: the automatic track listed last in the audio track's order, the manual one the default.
        audioTracks: renderer.audioTracks.map((audio: Json) => ({
          ...audio,
          captionTrackIndices: tracks
            .map((_, index) => index)
            .sort((a, b) => Number(tracks[a]!.kind === 'asr') - Number(tracks[b]!.kind === 'asr')),
          defaultCaptionTrackIndex: manual >= 0 ? manual : 0,
        })),
      },
    },
  };
}

/** Where the description's "Show transcript" button of a recorded watch-next response opens its panel. */
export function transcriptTargetOf(next: unknown): string | undefined {
  const found: string[] = [];
  const walk = (value: unknown, inButton: boolean): void => {
    if (Array.isArray(value)) return value.forEach((item) => walk(item, inButton));
    if (typeof value !== 'object' || value === null) return;
    for (const [key, inner] of Object.entries(value)) {
      const here = inButton || key === 'videoDescriptionTranscriptSectionRenderer';
      if (here && key === 'scrollToEngagementPanelCommand') found.push((inner as { targetId: string }).targetId);
      walk(inner, here);
    }
  };
  walk(next, false);
  return found[0];
}

/** The panels the button opens in the recorded watch-next responses: the 2026 one, and the older one (June 2026). */
export const recordedPanels = {
  modern: transcriptTargetOf(JSON.parse(fixture('next-modern-transcript-2026-06.json'))),
  old: transcriptTargetOf(JSON.parse(fixture('next-searchable-transcript-2026-06.json'))),
};
