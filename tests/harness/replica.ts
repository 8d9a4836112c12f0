// A replica of YouTube served through request interception: a watch page shaped like YouTube's, and test media
// with HTTP Range support (Chromium cannot seek without 206 responses).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Route } from '@playwright/test';
import { videos as knownVideos, type ReplicaVideo } from './videos';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)));
const media: Record<string, Buffer> = { 'talk.webm': fixture('talk.webm'), 'ad.webm': fixture('ad.webm') };
const pageScript = readFileSync(fileURLToPath(new URL('./replica-page.js', import.meta.url)), 'utf8');

/** `extra` adds videos to the replica (the bench's synthetic talks). */
export async function serveReplica(context: BrowserContext, extra: Record<string, ReplicaVideo> = {}): Promise<void> {
  const videos = { ...knownVideos, ...extra };
  await context.route('https://www.youtube.com/**', (route) => handle(route, videos));
  await context.route('https://m.youtube.com/**', (route) => handle(route, videos));
}

async function handle(route: Route, videos: Record<string, ReplicaVideo>): Promise<void> {
  const url = new URL(route.request().url());
  const file = /^\/replica\/(\w+\.webm)$/.exec(url.pathname)?.[1];
  if (file && media[file]) return serveMedia(route, media[file]);
  if (url.pathname === '/watch' || url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: watchPage(url, videos) });
  return route.fulfill({ status: 404, body: '' });
}

function serveMedia(route: Route, body: Buffer): Promise<void> {
  const range = /bytes=(\d+)-(\d*)/.exec(route.request().headers().range ?? '');
  if (!range) return route.fulfill({ status: 200, contentType: 'video/webm', headers: { 'Accept-Ranges': 'bytes' }, body });
  const start = Number(range[1]);
  const end = range[2] ? Math.min(Number(range[2]), body.length - 1) : body.length - 1;
  return route.fulfill({
    status: 206,
    contentType: 'video/webm',
    headers: { 'Accept-Ranges': 'bytes', 'Content-Range': `bytes ${start}-${end}/${body.length}` },
    body: body.subarray(start, end + 1),
  });
}

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Query options the tests use: `t` starts the video there, `lateTitle=1` leaves the title empty until
 * `replica.revealTitle()`, `preview=1` puts a playing hover-preview video before the player, `noPlayer=1` leaves the
 * player out (a page not as expected).
 */
function watchPage(url: URL, videos: Record<string, ReplicaVideo>): string {
  const id = url.searchParams.get('v') ?? '';
  const video = url.pathname === '/watch' ? videos[id] : undefined;
  const lateTitle = url.searchParams.get('lateTitle') === '1';
  const title = video && !lateTitle ? video.title : '';
  const start = Number.parseInt(url.searchParams.get('t') ?? '0', 10) || 0;
  const preview = url.searchParams.get('preview') === '1'
    ? '<div id="inline-preview-player" class="html5-video-player"><video class="video-stream html5-main-video" src="/replica/talk.webm" muted autoplay></video></div>'
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${video ? escape(`${title ? `${title} - ` : ''}YouTube`) : 'YouTube'}</title>
<meta property="og:title" content="${escape(video?.title ?? 'YouTube')}">
<meta itemprop="videoId" content="${escape(id)}">
<style>body{margin:0;font:14px Roboto,Arial,sans-serif;background:#fff;color:#0f0f0f} [hidden]{display:none!important}
#movie_player{position:relative;width:640px;height:360px;background:#000;overflow:hidden} .html5-video-container,#movie_player video{width:100%;height:100%} ytd-watch-flexy{display:block;padding:16px} h1{font-size:20px} nav{padding:8px 16px;border-bottom:1px solid #ddd}
#inline-preview-player{width:160px;height:90px} nav a{margin-right:12px}</style>
</head><body>
<ytd-app>
  <nav id="masthead"><a href="/" data-nav="home">Home</a>${Object.keys(knownVideos).map((v) => `<a href="/watch?v=${v}" data-nav="${v}">${escape(videos[v]!.title)}</a>`).join('')}</nav>
  <div id="content">
    ${preview}
    <ytd-watch-flexy video-id="${escape(id)}" ${video ? '' : 'hidden'}>
      ${url.searchParams.get('noPlayer') === '1' ? '<div id="player"></div>' : `<div id="player"><div id="movie_player" class="html5-video-player">
        <div class="html5-video-container"><video class="video-stream html5-main-video" ${video ? `src="/replica/talk.webm#t=${start}"` : ''}></video></div>
      </div></div>`}
      <ytd-watch-metadata>
        <div id="title"><h1 class="style-scope ytd-watch-metadata"><yt-formatted-string>${escape(title)}</yt-formatted-string></h1></div>
        <div id="owner"><ytd-channel-name id="channel-name"><div id="text-container"><yt-formatted-string id="text"><a href="/@channel">${escape(video && !lateTitle ? video.channel : '')}</a></yt-formatted-string></div></ytd-channel-name></div>
      </ytd-watch-metadata>
    </ytd-watch-flexy>
  </div>
</ytd-app>
<script>window.replicaVideos = ${JSON.stringify(videos)};</script>
<script>${pageScript}</script>
</body></html>`;
}
