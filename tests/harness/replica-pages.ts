// The replica's pages other than the desktop watch page: YouTube's mobile watch page (m.youtube.com), its embedded
// player (youtube-nocookie.com/embed/ID, youtube.com/embed/ID), and a conference's page that embeds it. They share
// the desktop page's player script (replica-page.js), told which kind of page it runs in.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { playerResponseOf, recordedPanels, UNPLAYABLE, type ResponseOptions, type Unplayable } from './recorded';
import type { ReplicaVideo } from './videos';

const pageScript = readFileSync(fileURLToPath(new URL('./replica-page.js', import.meta.url)), 'utf8');

export const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The player's own styles, as the desktop watch page and the embed draw it (the seek bar included). */
export const PLAYER_STYLE = `#movie_player{position:relative;width:640px;height:360px;background:#000;overflow:hidden} .html5-video-container,#movie_player video{width:100%;height:100%}
.ytp-chrome-bottom{position:absolute;left:12px;right:12px;bottom:0;height:40px} .ytp-progress-bar-container{position:absolute;left:0;right:0;top:0;height:16px;cursor:pointer}
.ytp-progress-bar{position:absolute;left:0;right:0;bottom:5px;height:5px} .ytp-chapters-container{display:flex;height:100%} .ytp-chapter-hover-container{height:100%;background:rgba(255,255,255,.3);flex:none}
.ytp-scrubber-container{position:absolute;top:-4px;left:-6px} .ytp-scrubber-button{width:13px;height:13px;border-radius:50%;background:#f00}
.ytp-tooltip{position:absolute;bottom:48px;background:rgba(28,28,28,.9);color:#fff;padding:4px 8px;border-radius:4px;font-size:12px}
.ytp-chrome-top{position:absolute;top:0;left:0;right:0;padding:8px;display:flex;gap:8px;align-items:center} .ytp-title-link{color:#fff}
.ytp-chrome-controls>div{position:absolute;right:0;bottom:0;display:flex;gap:4px;align-items:center;height:22px} .ytp-subtitles-button{width:28px;height:18px}
.ytp-button{width:34px;height:22px;padding:0;border:0;background:none;cursor:pointer}`;

/**
 * The parts of YouTube's page a redesign could rename or change (`drift=`), each once in the tests (tests/README): the
 * player, the seek bar, the title and channel elements renamed; the player's methods gone; no navigation event; the
 * <video> put in late; the player's controls renamed.
 */
export const DRIFTS = [
  'player',
  'seekBar',
  'titleAndChannel',
  'playerApi',
  'navigation',
  'lateVideo',
  'controls',
] as const;
export type Drift = (typeof DRIFTS)[number];

/** The names the replica gives YouTube's parts: YouTube's own, or under `drift=` the ones a redesign gave them. */
export function driftNames(url: URL) {
  const drift = new Set((url.searchParams.get('drift') ?? '').split(','));
  const renamed = (part: Drift, youtube: string, redesign: string) => (drift.has(part) ? redesign : youtube);
  return {
    player: renamed('player', 'movie_player', 'ytd-player-2027'),
    barContainer: renamed('seekBar', 'ytp-progress-bar-container', 'ytProgressBarHost'),
    bar: renamed('seekBar', 'ytp-progress-bar', 'ytProgressBarLine'),
    metadata: renamed('titleAndChannel', 'ytd-watch-metadata', 'yt-watch-metadata-view-model'),
    channelName: renamed('titleAndChannel', 'ytd-channel-name', 'yt-channel-name-view-model'),
    rightControls: renamed('controls', 'ytp-right-controls', 'ytpRightControlsHost'),
  };
}

/** The page's data and its player script, each carrying the page's nonce. */
export function pageScripts(
  url: URL,
  videos: Record<string, ReplicaVideo>,
  chapters: Record<string, number[]>,
  nonce: string,
  kind: 'desktop' | 'mobile' | 'embed',
): string {
  const data = {
    replicaKind: kind,
    replicaNames: driftNames(url),
    replicaDrift: (url.searchParams.get('drift') ?? '').split(',').filter(Boolean),
    replicaResponses: playerResponses(url, videos),
    replicaPanels: recordedPanels,
    replicaVideos: videos,
    replicaCaptions: {
      offer: url.searchParams.get('captions') ?? 'both',
      at: url.searchParams.get('at') ?? '',
      // When the track URLs carry the token: at once, `token` ms after load, or never (as a baseUrl without it).
      token:
        url.searchParams.get('captions') === 'tokenless' || url.searchParams.get('token') === 'never'
          ? 'never'
          : Number(url.searchParams.get('token')) || 0,
      playerToken: url.searchParams.get('playerToken') !== 'no',
      userOn: url.searchParams.get('cc') === '1',
      panel: url.searchParams.get('panel') ?? 'modern',
    },
    replicaBar: {
      chapters,
      length: Number(url.searchParams.get('barLength')) || null,
      absent: url.searchParams.get('noBar') === '1',
    },
  };
  return `<script nonce="${nonce}">Object.assign(window, ${JSON.stringify(data)});</script>
<script nonce="${nonce}">${pageScript}</script>`;
}

/**
 * Each video's player response, built from the recorded web response (tests/harness/recorded.ts): `captions=asr|none|
 * tokenless` as below, `names=runs` names tracks as the Android and visionOS clients do, `unplayable=age|unavailable|bot`
 * has YouTube refuse to play the page's video as recorded, `translation=no|empty|error` as ResponseOptions says.
 */
function playerResponses(url: URL, videos: Record<string, ReplicaVideo>) {
  const offer = url.searchParams.get('captions');
  const unplayable = url.searchParams.get('unplayable');
  const options: ResponseOptions = {
    offer: offer === 'asr' || offer === 'none' || offer === 'tokenless' ? offer : 'both',
    names: url.searchParams.get('names') === 'runs' ? 'runs' : 'simpleText',
    origin: url.origin,
    at: url.searchParams.get('at') ?? '',
    ...(['no', 'empty', 'error'].includes(url.searchParams.get('translation') ?? '') && {
      translation: url.searchParams.get('translation') as ResponseOptions['translation'],
    }),
  };
  const pageVideo = url.searchParams.get('v') ?? /^\/(?:embed|live)\/([\w-]+)/.exec(url.pathname)?.[1];
  return Object.fromEntries(
    Object.entries(videos).map(([id, video]) => [
      id,
      playerResponseOf(id, video, {
        ...options,
        ...(id === pageVideo &&
          UNPLAYABLE.includes(unplayable as Unplayable) && { unplayable: unplayable as Unplayable }),
      }),
    ]),
  );
}

const player = (
  video: ReplicaVideo | undefined,
  extraClass = '',
  inside = '',
) => `<div id="movie_player" class="html5-video-player ${extraClass}">
  <div class="html5-video-container"><video class="video-stream html5-main-video" ${video ? 'src="/replica/talk.webm"' : ''} muted></video></div>
  ${inside}
</div>`;

/** m.youtube.com/watch?v=ID: the slim page Firefox for Android shows; it navigates in-page with state-navigateend only. */
export function mobileWatchPage(
  id: string,
  url: URL,
  videos: Record<string, ReplicaVideo>,
  chapters: Record<string, number[]>,
  nonce: string,
): string {
  const video = videos[id];
  // `genericTitle=1`: the document's title says only "YouTube", so the title under the player is all there is.
  const documentTitle = video && url.searchParams.get('genericTitle') !== '1' ? `${video.title} - YouTube` : 'YouTube';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${escape(documentTitle)}</title>
<style>body{margin:0;font:14px Roboto,Arial,sans-serif} #movie_player{position:relative;width:360px;height:203px;background:#000;overflow:hidden} #movie_player video{width:100%;height:100%} [hidden]{display:none!important}</style>
</head><body>
<ytm-app>
  <nav id="header-bar"><a href="/" data-nav="home">Home</a>${Object.entries(videos)
    .slice(0, 4)
    .map(([v, other]) => `<a href="/watch?v=${v}" data-nav="${v}">${escape(other.title)}</a>`)
    .join(' ')}</nav>
  <ytm-watch ${video ? '' : 'hidden'}>
    <div id="player-container-id">${player(video)}<div id="player-control-container"></div></div>
    <ytm-slim-video-metadata-section-renderer>
      <h2 class="slim-video-information-title"><span class="ytAttributedStringHost">${escape(video?.title ?? '')}</span></h2>
      <ytm-slim-owner-renderer><a class="slim-owner-icon-and-title" href="/@channel"><span class="slim-owner-channel-name">${escape(video?.channel ?? '')}</span></a></ytm-slim-owner-renderer>
    </ytm-slim-video-metadata-section-renderer>
  </ytm-watch>
</ytm-app>
${pageScripts(url, videos, chapters, nonce, 'mobile')}
</body></html>`;
}

/** The embedded player (www.youtube-nocookie.com/embed/ID): the desktop-style player with its title link and seek bar. */
export function embedPage(
  id: string,
  url: URL,
  videos: Record<string, ReplicaVideo>,
  chapters: Record<string, number[]>,
  nonce: string,
): string {
  const video = videos[id];
  const api = url.searchParams.get('noApi') === '1' ? '' : ' data-api="1"';
  // An embed that shows no player: the video is unavailable, or the page is not what we expect.
  if (url.searchParams.get('noPlayer') === '1')
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>YouTube</title></head><body><div class="ytp-error">Video unavailable</div></body></html>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(video ? `${video.title} - YouTube` : 'YouTube')}</title>
<style>body{margin:0;background:#000} ${PLAYER_STYLE} #movie_player{width:100vw;height:100vh}</style>
</head><body${api}>
${player(
  video,
  'ytp-embed',
  `<div class="ytp-chrome-top"><a class="ytp-title-channel-logo" aria-label="${escape(video?.channel ?? '')}" href="/@channel"></a><a class="ytp-title-link" href="https://www.youtube.com/watch?v=${escape(id)}">${escape(video?.title ?? '')}</a></div>
  <div class="ytp-tooltip" hidden><div class="ytp-tooltip-text-wrapper"><div class="ytp-tooltip-title"></div><span class="ytp-tooltip-text"></span></div></div>
  <div class="ytp-chrome-bottom"></div>`,
)}
${pageScripts(url, videos, chapters, nonce, 'embed')}
</body></html>`;
}

/**
 * A conference's session page on its own host that embeds YouTube's player: `embeds=ID,ID` (the talk by default),
 * `host=youtube` for www.youtube.com/embed instead of the privacy-enhanced host; `embed.NAME=VALUE` passes the
 * embed's own options on (`embed.captions=none`, `embed.noPlayer=1`).
 */
export function embeddingPage(url: URL): string {
  const ids = (url.searchParams.get('embeds') ?? 'QwC-J2KFTrM').split(',').filter(Boolean);
  const host =
    url.searchParams.get('host') === 'youtube' ? 'https://www.youtube.com' : 'https://www.youtube-nocookie.com';
  const options = new URLSearchParams(
    [...url.searchParams].flatMap(([name, value]) => (name.startsWith('embed.') ? [[name.slice(6), value]] : [])),
  );
  const query = options.size ? `?${options}` : '';
  const frames = ids.map(
    (id, index) =>
      `<iframe id="embed-${index}" title="YouTube video player ${index + 1}" width="640" height="360" src="${host}/embed/${escape(id)}${escape(query)}" allow="autoplay; encrypted-media" allowfullscreen></iframe>`,
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>BRK227 · Microsoft Build 2026</title>
<style>body{font:16px Segoe UI,Arial,sans-serif;margin:24px} iframe{display:block;border:0;margin:12px 0}</style></head>
<body><h1>Distributed systems to AI platforms</h1><p>Session BRK227 · Breakout</p>${frames.join('\n')}</body></html>`;
}
