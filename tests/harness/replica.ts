// A replica of YouTube served through request interception: watch pages shaped like YouTube's (desktop and mobile),
// its embedded player and a conference page embedding it, youtu.be links, and test media with HTTP Range support
// (Chromium cannot seek without 206 responses).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Route } from '@playwright/test';
import { buildCorpus } from '../../lib/corpus/index';
import { readSeedFiles } from '../../lib/corpus/seed-plugin';
import { captionLines, json3, replicaTranslation, srv1, srv3, vtt } from './captions';
import {
  driftNames,
  embeddingPage,
  embedPage,
  escape,
  mobileWatchPage,
  pageScripts,
  PLAYER_STYLE,
} from './replica-pages';
import { handleOf, microdataOf } from './recorded';
import { TALK_ID, videos as knownVideos, type ReplicaVideo } from './videos';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)));
const media: Record<string, Buffer> = { 'talk.webm': fixture('talk.webm'), 'ad.webm': fixture('ad.webm') };

/** A response of the replica, whichever browser driver delivers it. */
export interface ReplicaResponse {
  status: number;
  contentType: string;
  headers?: Record<string, string>;
  body: string | Buffer;
  /** Answered only after this long (timedtext's stall before its empty answer to a URL without the token). */
  delayMs?: number;
}

/** How long timedtext stalls before its empty answer to a URL without the player's token (8.8 s measured in 2026-08). */
export const TOKENLESS_STALL_MS = 3_000;

/** A video host of another origin, which sends no CORS header: a page can play its video but not read its pixels. */
const OTHER_MEDIA_HOST = 'rr1---sn-replica.googlevideo.com';

/** The hosts the replica answers for: YouTube's, a conference's page that embeds its player, another video host. */
export const REPLICA_HOSTS = [
  'www.youtube.com',
  'm.youtube.com',
  'www.youtube-nocookie.com',
  'youtu.be',
  'build.microsoft.com',
  OTHER_MEDIA_HOST,
];

/** `extra` adds videos to the replica (the bench's synthetic talks). */
export async function serveReplica(context: BrowserContext, extra: Record<string, ReplicaVideo> = {}): Promise<void> {
  const videos = { ...knownVideos, ...extra };
  const handle = async (route: Route) => {
    const answer = replicaAnswer(new URL(route.request().url()), route.request().headers().range, videos);
    if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
    // A page closed during the stall is no failure of the test.
    await route.fulfill(answer).catch(() => undefined);
  };
  for (const host of REPLICA_HOSTS) await context.route(`https://${host}/**`, handle);
}

/** What the replica answers for `url` (`range`: the request's Range header). */
export function replicaAnswer(
  url: URL,
  range: string | undefined,
  videos: Record<string, ReplicaVideo> = knownVideos,
): ReplicaResponse {
  const file = /^\/replica\/(\w+\.webm)$/.exec(url.pathname)?.[1];
  if (file && media[file]) return mediaAnswer(media[file], range);
  if (url.pathname === '/api/timedtext') return timedtext(url);
  if (url.pathname === '/replica/transcript')
    return { status: 200, contentType: 'application/json', body: JSON.stringify(panelTranscript(url)) };
  if (url.hostname === 'build.microsoft.com')
    return { status: 200, contentType: 'text/html', body: embeddingPage(url) };
  // youtu.be/ID sends the browser on to the watch page. The real one answers 301; the replica refreshes instead,
  // because a redirect answered by request interception is not itself intercepted (it would reach the network).
  if (url.hostname === 'youtu.be') {
    const target = `https://www.youtube.com/watch?v=${encodeURIComponent(url.pathname.slice(1))}&feature=shared`;
    return {
      status: 200,
      contentType: 'text/html',
      body: `<!doctype html><meta http-equiv="refresh" content="0;url=${escape(target)}">`,
    };
  }
  const nonce = randomBytes(16).toString('base64url');
  const html = (body: string) => ({
    status: 200,
    contentType: 'text/html',
    headers: { 'Content-Security-Policy': youtubePolicy(nonce) },
    body,
  });
  const chapters = { [TALK_ID]: chapterStarts };
  const embedded = /^\/embed\/([\w-]+)$/.exec(url.pathname)?.[1];
  if (embedded) return html(embedPage(embedded, url, videos, chapters, nonce));
  const live = /^\/live\/([\w-]+)$/.exec(url.pathname)?.[1];
  if (url.pathname === '/watch' || url.pathname === '/' || live) {
    const id = live ?? (url.pathname === '/watch' ? (url.searchParams.get('v') ?? '') : '');
    return html(
      url.hostname === 'm.youtube.com'
        ? mobileWatchPage(id, url, videos, chapters, nonce)
        : watchPage(id, url, videos, nonce),
    );
  }
  return { status: 404, contentType: 'text/plain', body: '' };
}

/** A media file answered as a server with Range support answers it (206 for a range). */
export function mediaAnswer(body: Buffer, rangeHeader = ''): ReplicaResponse {
  const range = /bytes=(\d+)-(\d*)/.exec(rangeHeader);
  if (!range) return { status: 200, contentType: 'video/webm', headers: { 'Accept-Ranges': 'bytes' }, body };
  const start = Number(range[1]);
  const end = range[2] ? Math.min(Number(range[2]), body.length - 1) : body.length - 1;
  return {
    status: 206,
    contentType: 'video/webm',
    headers: { 'Accept-Ranges': 'bytes', 'Content-Range': `bytes ${start}-${end}/${body.length}` },
    body: body.subarray(start, end + 1),
  };
}

/**
 * The three policies YouTube's watch pages enforce in 2026 (as captured in NewPipeExtractor's mocks, 2026-06): a script allowlist of Google's hosts,
 * Trusted Types for scripts, and nonce-only inline scripts ('strict-dynamic' makes 'unsafe-inline' void). One header
 * with the policies comma-separated enforces each of them, as three headers do.
 */
export function youtubePolicy(nonce: string): string {
  const allowlist = [
    'https://www.google.com',
    'https://apis.google.com',
    'https://ssl.gstatic.com',
    'https://www.gstatic.com',
    'https://*.youtube.com',
    'https://*.google.com',
    'https://*.googleapis.com',
    'https://youtube.com',
  ];
  return [
    `script-src 'unsafe-eval' 'self' 'unsafe-inline' ${allowlist.join(' ')};report-uri /cspreport/allowlist`,
    "require-trusted-types-for 'script';report-uri /cspreport",
    `script-src 'nonce-${nonce}' 'unsafe-inline' 'strict-dynamic' https: http: 'unsafe-eval';object-src 'none';base-uri 'self';report-uri /cspreport`,
  ].join(', ');
}

const { timed, untimed, chapterStarts } = (() => {
  const corpus = buildCorpus(readSeedFiles(fileURLToPath(new URL('../../seeds', import.meta.url))));
  const starts = corpus.chapters.map((chapter) => chapter.start).sort((a, b) => a - b);
  return {
    timed: corpus.quotes.find((quote) => quote.start !== null)!,
    untimed: corpus.quotes.find((quote) => quote.start === null)!,
    chapterStarts: starts,
  };
})();
/** Where the replica's captions say the two quotes: the published one 76 s early, the untimed one at 23:40. */
export const CAPTION_MOMENTS = { timed: 40 * 60 + 5, untimed: 23 * 60 + 40 };

/** Where the talk's caption line being said at `seconds` starts, in the track the replica serves (`at` as there). */
export function captionLineStart(
  seconds: number,
  [timedAt, untimedAt] = [CAPTION_MOMENTS.timed, CAPTION_MOMENTS.untimed],
): number {
  const lines = captionLines({
    quotes: [
      { text: timed.text, at: timedAt },
      { text: untimed.text, at: untimedAt },
    ],
  });
  return lines.filter((line) => line.start <= seconds).at(-1)!.start;
}

/**
 * YouTube's timedtext as it answers today: a URL marked `exp=xpe` without the player's proof-of-origin token (`pot`)
 * gets an empty 200 after a stall; with it (or unmarked),
 * the track in the format `fmt` asks for (the old srv1 XML without one). `kind=asr` is the automatic track; `at`
 * names the moments of the two quotes.
 */
function timedtext(url: URL): ReplicaResponse {
  if (!url.searchParams.get('pot') && url.searchParams.get('exp') === 'xpe')
    return { status: 200, contentType: 'text/plain', body: '', delayMs: TOKENLESS_STALL_MS };
  const language = url.searchParams.get('tlang');
  const refused = url.searchParams.get('tl');
  if (language && refused === 'error') return { status: 500, contentType: 'text/plain', body: '' };
  if (language && (refused === 'empty' || refused === 'no'))
    return { status: 200, contentType: 'text/plain', body: '' };
  const lines = language
    ? replicaTranslation(linesOf(url), language, url.searchParams.get('kind') === 'asr' ? 2 : 1)
    : linesOf(url);
  const fmt = url.searchParams.get('fmt');
  if (fmt === 'json3')
    // A translation comes without word timings, of an automatic track too.
    return {
      status: 200,
      contentType: 'application/json',
      body: json3(lines, url.searchParams.get('kind') === 'asr' && !language),
    };
  if (fmt === 'srv3') return { status: 200, contentType: 'text/xml', body: srv3(lines) };
  if (fmt === 'vtt') return { status: 200, contentType: 'text/vtt', body: vtt(lines) };
  return { status: 200, contentType: 'text/xml', body: srv1(lines) };
}

/** The video's words as its captions say them (`v`, `kind=asr`, `at` as in a timedtext URL). */
function linesOf(url: URL) {
  const [timedAt, untimedAt] = (url.searchParams.get('at') ?? '').split(',').map(Number);
  // Only the talk says the quotes: another video's captions are filler alone.
  const quotes =
    url.searchParams.get('v') === TALK_ID
      ? [
          { text: timed.text, at: timedAt || CAPTION_MOMENTS.timed },
          { text: untimed.text, at: untimedAt || CAPTION_MOMENTS.untimed },
        ]
      : [];
  return captionLines({ quotes, automatic: url.searchParams.get('kind') === 'asr' });
}

/** What YouTube's transcript panel lists for the video: each line's words at its start, to the second. */
function panelTranscript(url: URL): { start: number; text: string }[] {
  return linesOf(url).map((line) => ({ start: Math.floor(line.start), text: line.text }));
}

/**
 * Query options the tests use: `t` starts the video there, `lateTitle=1` leaves the title empty until
 * `replica.revealTitle()`, `preview=1` puts a playing hover-preview video before the player, `noPlayer=1` leaves the
 * player out (a page not as expected), `captions=asr|none|tokenless` offers only an automatic track, none, or one whose
 * URL lacks the token (else a manual English track beside an automatic one), `token=MS|never` has the track URLs carry
 * the token only MS after the page loads, or never; `playerToken=no` leaves it off the player's own caption request
 * too; `cc=1` has the user's captions on; `panel=old|none` shows the older transcript panel, or none (else the 2026
 * one); `media=other` plays the video from another origin that does not allow reading its pixels (a tainted
 * canvas); `at=SECONDS,SECONDS` moves the quotes in the captions, `barLength=SECONDS` has the seek bar's aria-valuemax
 * disagree with the video, `noBar=1` leaves the seek bar out. `drift=PART,PART` renames parts of the page as a
 * redesign would (replica-pages.ts DRIFTS: the player, the seek bar, the title and channel elements). `unplayable=age|
 * unavailable|bot` has YouTube refuse to play the video, as recorded (the player shows its error, the <video> no
 * media). The page carries YouTube's microdata as recorded (tests/harness/recorded.ts), naming the page's video, except
 * with `lateTitle=1`, which stands for a page drawn in-page after another video's: its microdata names that one.
 */
function watchPage(id: string, url: URL, videos: Record<string, ReplicaVideo>, nonce: string): string {
  const video = videos[id];
  const names = driftNames(url);
  const lateTitle = url.searchParams.get('lateTitle') === '1';
  const title = video && !lateTitle ? video.title : '';
  const unplayable = Boolean(url.searchParams.get('unplayable'));
  // The microdata is written once, for the video the page was loaded for: a page drawn after another names that one.
  const named = lateTitle ? 'OtherVideo1' : id;
  const microdata = videos[named] ? microdataOf(named, videos[named], nonce) : '';
  const start = Number.parseInt(url.searchParams.get('t') ?? '0', 10) || 0;
  const mediaOrigin = url.searchParams.get('media') === 'other' ? `https://${OTHER_MEDIA_HOST}` : '';
  const preview =
    url.searchParams.get('preview') === '1'
      ? '<div id="inline-preview-player" class="html5-video-player"><video class="video-stream html5-main-video" src="/replica/talk.webm" muted autoplay></video></div>'
      : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${video ? escape(`${title ? `${title} - ` : ''}YouTube`) : 'YouTube'}</title>
<meta property="og:title" content="${escape(video?.title ?? 'YouTube')}">
<style>body{margin:0;font:14px Roboto,Arial,sans-serif;background:#fff;color:#0f0f0f} [hidden]{display:none!important}
ytd-watch-flexy{display:block;padding:16px} h1{font-size:20px} nav{padding:8px 16px;border-bottom:1px solid #ddd}
#inline-preview-player{width:160px;height:90px} nav a{margin-right:12px}
${PLAYER_STYLE}</style>
${microdata}</head><body>
<ytd-app>
  <nav id="masthead"><input id="search" type="text" aria-label="Search YouTube"><a href="/" data-nav="home">Home</a>${Object.keys(
    knownVideos,
  )
    .map((v) => `<a href="/watch?v=${v}" data-nav="${v}">${escape(videos[v]!.title)}</a>`)
    .join('')}</nav>
  <div id="content">
    ${preview}
    <ytd-watch-flexy video-id="${escape(id)}" ${video ? '' : 'hidden'}>
      ${
        url.searchParams.get('noPlayer') === '1'
          ? '<div id="player"></div>'
          : `<div id="player"><div id="${names.player}" class="html5-video-player">
        <div class="html5-video-container"><video class="video-stream html5-main-video" ${video && !unplayable ? `src="${mediaOrigin}/replica/talk.webm#t=${start}"` : ''}></video></div>
        ${unplayable ? '<div class="ytp-error" role="alert"><div class="ytp-error-content-wrap-reason"><span>Video unavailable</span></div></div>' : ''}
        <div class="ytp-tooltip" hidden><div class="ytp-tooltip-text-wrapper"><div class="ytp-tooltip-title"></div><span class="ytp-tooltip-text"></span></div></div>
        <div class="ytp-chrome-bottom"><div class="ytp-chrome-controls"><div class="${names.rightControls}"><button class="ytp-subtitles-button" aria-label="Subtitles/closed captions" aria-pressed="false"></button></div></div></div>
      </div></div>`
      }
      <${names.metadata}>
        <div id="title" class="style-scope ${names.metadata}"><h1 class="style-scope ${names.metadata}"><yt-formatted-string force-default-style class="style-scope ${names.metadata}">${escape(title)}</yt-formatted-string></h1></div>
        <div id="owner" class="item style-scope ${names.metadata}"><ytd-video-owner-renderer class="style-scope ${names.metadata}"><${names.channelName} id="channel-name" class="style-scope ytd-video-owner-renderer"><div id="text-container" class="style-scope ${names.channelName}"><yt-formatted-string id="text" class="style-scope ${names.channelName}"><a class="yt-simple-endpoint style-scope yt-formatted-string" href="/@${escape(handleOf(video?.channel ?? ''))}">${escape(video && !lateTitle ? video.channel : '')}</a></yt-formatted-string></div></${names.channelName}></ytd-video-owner-renderer></div>
      </${names.metadata}>
      ${url.searchParams.get('panel') === 'none' ? '' : '<ytd-text-inline-expander id="description"><ytd-video-description-transcript-section-renderer><button aria-label="Show transcript">Show transcript</button></ytd-video-description-transcript-section-renderer></ytd-text-inline-expander>'}
      <div id="panels"></div>
      <ytd-comments><div id="contenteditable-root" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Add a comment"></div></ytd-comments>
    </ytd-watch-flexy>
  </div>
</ytd-app>
${pageScripts(url, videos, { [TALK_ID]: chapterStarts }, nonce, 'desktop')}
</body></html>`;
}
