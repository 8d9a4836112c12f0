// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  cleanDocumentTitle,
  hasTitleElements,
  isAdPlaying,
  isDarkTheme,
  mainVideo,
  pageKind,
  playFrom,
  readPage,
  readVideoId,
  seekTo,
  waitForPage,
} from '@/lib/youtube/page';
import { microdataOf, RECORDED_VIDEO, recordedMicrodata } from '../../harness/recorded';

// Saved YouTube pages; resolved from the project root, since import.meta.url is not a file URL under happy-dom.
const fixture = (name: string) => readFileSync(resolve('tests/fixtures/youtube', name), 'utf8');

function load(name: string): Document {
  document.documentElement.innerHTML = new DOMParser().parseFromString(
    fixture(name),
    'text/html',
  ).documentElement.innerHTML;
  return document;
}

afterEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe('the video id', () => {
  it.each([
    ['https://www.youtube.com/watch?v=QwC-J2KFTrM', 'QwC-J2KFTrM'],
    ['https://www.youtube.com/watch?app=desktop&v=QwC-J2KFTrM&t=2481s', 'QwC-J2KFTrM'],
    ['https://m.youtube.com/watch?v=QwC-J2KFTrM', 'QwC-J2KFTrM'],
    ['https://youtube.com/watch?v=QwC-J2KFTrM', 'QwC-J2KFTrM'],
    ['https://www.youtube.com/live/QwC-J2KFTrM?si=abc', 'QwC-J2KFTrM'],
    ['https://www.youtube.com/embed/QwC-J2KFTrM?start=60', 'QwC-J2KFTrM'],
  ])('is read from %s', (url, id) => {
    expect(readVideoId(url)).toBe(id);
  });

  it.each([
    'https://www.youtube.com/',
    'https://www.youtube.com/results?search_query=BRK227',
    'https://www.youtube.com/watch?v=short',
    'https://www.youtube.com/@MicrosoftDeveloper/videos',
    'https://example.com/watch?v=QwC-J2KFTrM',
    // A channel's own live page names no video.
    'https://www.youtube.com/@MicrosoftDeveloper/live/QwC-J2KFTrM',
  ])('is none on %s', (url) => {
    expect(readVideoId(url)).toBeNull();
  });
});

describe('reading a watch page', () => {
  it('takes the title from the heading and the channel from under the player', () => {
    const doc = load('watch.html');
    expect(readPage(doc, 'https://www.youtube.com/watch?v=QwC-J2KFTrM')).toEqual({
      videoId: 'QwC-J2KFTrM',
      title: 'Distributed systems to AI platforms with Mark Russinovich & Ion Stoica | BRK227',
      channel: 'Microsoft Developer',
    });
  });

  it('cleans document.title of a notification count and the " - YouTube" suffix', () => {
    expect(cleanDocumentTitle('(3) Talk title - YouTube')).toBe('Talk title');
    expect(cleanDocumentTitle('(99+) A - B - YouTube')).toBe('A - B');
    expect(cleanDocumentTitle('YouTube')).toBe('YouTube');
    // Only a leading count, and only the suffix at the very end; any spacing around them.
    expect(cleanDocumentTitle('Budget (2026) review - YouTube')).toBe('Budget (2026) review');
    expect(cleanDocumentTitle('(3)Talk title -  YouTube')).toBe('Talk title');
    expect(cleanDocumentTitle('  Talk title - YouTube')).toBe('Talk title');
    expect(cleanDocumentTitle('A - YouTube Shorts explained - YouTube')).toBe('A - YouTube Shorts explained');
  });

  it('falls back to document.title while the heading is empty', () => {
    const doc = load('watch.html');
    doc.querySelector('ytd-watch-metadata h1')!.textContent = '';
    expect(readPage(doc, 'https://www.youtube.com/watch?v=QwC-J2KFTrM').title).toBe(
      'Distributed systems to AI platforms with Mark Russinovich & Ion Stoica | BRK227',
    );
  });

  it("finds the main player's <video>, not the hover preview earlier in the page", () => {
    const doc = load('watch.html');
    expect(mainVideo(doc)?.getAttribute('src')).toBe('blob:main');
  });

  it("sees an ad by the player's ad-showing class", () => {
    expect(isAdPlaying(load('watch.html'))).toBe(false);
    expect(isAdPlaying(load('watch-ad-stale.html'))).toBe(true);
  });

  it('does not trust a page still showing the previous video after in-page navigation', () => {
    const doc = load('watch-ad-stale.html');
    expect(readPage(doc, 'https://www.youtube.com/watch?v=OtherVideo1')).toEqual({
      videoId: 'OtherVideo1',
      title: '',
      channel: '',
    });
  });

  it('reads nothing it does not find, without throwing, on a page that is not a watch page', () => {
    const doc = load('home.html');
    expect(mainVideo(doc)).toBeNull();
    expect(isAdPlaying(doc)).toBe(false);
    expect(readPage(doc, 'https://www.youtube.com/')).toEqual({
      videoId: null,
      title: 'YouTube',
      channel: '',
      from: 'tab title',
    });
  });
});

describe('a watch page YouTube has redesigned', () => {
  const TALK = 'https://www.youtube.com/watch?v=QwC-J2KFTrM';
  /**
   * Renames the elements under the player that show the title and the channel, as a redesign would: the components,
   * and the `style-scope` classes they give what they hold.
   */
  const renameTitleElements = (doc: Document) => {
    for (const name of ['ytd-watch-metadata', 'ytd-channel-name']) {
      const renamed = `${name.replace('ytd-', 'yt-')}-view-model`;
      for (const scoped of doc.querySelectorAll(`.${name}`)) scoped.classList.replace(name, renamed);
      const old = doc.querySelector(name)!;
      const element = doc.createElement(renamed);
      element.append(...old.childNodes);
      old.replaceWith(element);
    }
  };

  it('still gives the title and the channel, from the microdata YouTube serves in the page', () => {
    const doc = load('watch.html');
    expect(hasTitleElements(doc)).toBe(true);
    renameTitleElements(doc);
    expect(hasTitleElements(doc)).toBe(false);
    expect(readPage(doc, TALK)).toEqual({
      videoId: 'QwC-J2KFTrM',
      title: 'Distributed systems to AI platforms with Mark Russinovich & Ion Stoica | BRK227',
      channel: 'Microsoft Developer',
      from: 'microdata',
    });
  });

  it('does not trust microdata that names another video (it stays as loaded through in-page navigation)', () => {
    const doc = load('watch.html');
    renameTitleElements(doc);
    doc.querySelector('ytd-watch-flexy')!.setAttribute('video-id', 'OtherVideo1');
    doc.title = 'Cooking pasta at home in ten minutes - YouTube';
    expect(readPage(doc, 'https://www.youtube.com/watch?v=OtherVideo1')).toEqual({
      videoId: 'OtherVideo1',
      title: 'Cooking pasta at home in ten minutes',
      channel: '',
      from: 'tab title',
    });
  });

  it('falls back to the tab title where there is no microdata at all, and trims what it reads', () => {
    const doc = load('watch.html');
    renameTitleElements(doc);
    doc.querySelector('#watch7-content')!.remove();
    expect(readPage(doc, TALK)).toMatchObject({
      title: 'Distributed systems to AI platforms with Mark Russinovich & Ion Stoica | BRK227',
      from: 'tab title',
    });
    const micro = load('watch.html');
    renameTitleElements(micro);
    micro.querySelector('[itemprop="author"] [itemprop="name"]')!.setAttribute('content', '  Microsoft Developer ');
    expect(readPage(micro, TALK).channel).toBe('Microsoft Developer');
  });

  it('reads the microdata as a recorded watch page serves it: the identifier, the name, the author’s name', () => {
    // The recorded block verbatim (youtube-transcript-api's web page of 2025-03-25), on a page showing nothing else.
    document.documentElement.innerHTML = `<head><title>YouTube</title>${recordedMicrodata}</head><body></body>`;
    expect(readPage(document, `https://www.youtube.com/watch?v=${RECORDED_VIDEO.id}`)).toEqual({
      videoId: RECORDED_VIDEO.id,
      title: RECORDED_VIDEO.title,
      channel: RECORDED_VIDEO.channel,
      from: 'microdata',
    });
    // The same page after an in-page navigation: the microdata still names the first video, and is not believed.
    expect(readPage(document, 'https://www.youtube.com/watch?v=OtherVideo1')).toMatchObject({ title: 'YouTube' });
  });

  it("the page fixture's microdata is the recorded block with the talk put in, as the replica serves it", () => {
    const served = microdataOf('QwC-J2KFTrM', {
      title: 'Distributed systems to AI platforms with Mark Russinovich & Ion Stoica | BRK227',
      channel: 'Microsoft Developer',
    });
    const block = (html: string) =>
      new DOMParser().parseFromString(html, 'text/html').querySelector('#watch7-content')!.outerHTML;
    expect(block(fixture('watch.html'))).toBe(block(served));
  });

  it('takes no title from microdata whose name has no content', () => {
    const doc = load('watch.html');
    renameTitleElements(doc);
    doc.querySelector('[itemtype$="VideoObject"] > meta[itemprop="name"]')!.removeAttribute('content');
    expect(readPage(doc, TALK)).toMatchObject({ from: 'tab title' });
  });

  it('needs both the title and the channel elements to call them there', () => {
    const doc = load('watch.html');
    doc.querySelector('ytd-channel-name')!.remove();
    expect(hasTitleElements(doc)).toBe(false);
  });

  it("finds the talk's <video> in the player's slot when the player is renamed, never the hover preview", () => {
    const doc = load('watch.html');
    doc.querySelector('#movie_player')!.id = 'ytd-player-2027';
    expect(mainVideo(doc)?.getAttribute('src')).toBe('blob:main');
    doc.querySelector('ytd-watch-flexy video')!.remove();
    expect(mainVideo(doc)).toBeNull();
  });

  it("an embed's title: the classic player's title link, or the newer mobile-style embed's; no channel is read there", () => {
    document.documentElement.innerHTML =
      '<head><title>YouTube</title></head><body><div id="movie_player" class="ytp-embed"><a class="ytp-title-link" href="https://www.youtube.com/watch?v=QwC-J2KFTrM"> Talk </a><a class="ytp-title-channel-logo" aria-label="Microsoft Developer"></a></div></body>';
    expect(readPage(document, 'https://www.youtube-nocookie.com/embed/QwC-J2KFTrM')).toEqual({
      videoId: 'QwC-J2KFTrM',
      title: 'Talk',
      channel: '',
    });
    document.documentElement.innerHTML = '<head></head><body><span class="ytmVideoInfoVideoTitle">Talk</span></body>';
    expect(readPage(document, 'https://www.youtube.com/embed/QwC-J2KFTrM').title).toBe('Talk');
  });

  it('tells the desktop site, the mobile site and an embed apart', () => {
    const at = (url: string) => ({ location: new URL(url) }) as unknown as Document;
    expect(pageKind(at(TALK))).toBe('desktop');
    expect(pageKind(at('https://m.youtube.com/watch?v=QwC-J2KFTrM'))).toBe('mobile');
    expect(pageKind(at('https://www.youtube-nocookie.com/embed/QwC-J2KFTrM'))).toBe('embed');
    expect(pageKind(at('https://www.youtube.com/embed/QwC-J2KFTrM'))).toBe('embed');
  });
});

describe('moving the talk', () => {
  /** The main player's <video>, its play() recorded (happy-dom plays nothing). */
  const video = (doc: Document) => {
    const element = doc.querySelector<HTMLVideoElement>('#movie_player video')!;
    const played: number[] = [];
    element.play = () => (played.push(element.currentTime), Promise.resolve());
    return { element, played };
  };

  it('seeks the main video, and plays from there', () => {
    const doc = load('watch.html');
    const { element, played } = video(doc);
    expect(seekTo(doc, 1770)).toBe(true);
    expect(element.currentTime).toBe(1770);
    expect(played).toEqual([]);
    expect(playFrom(doc, 2481)).toBe(true);
    expect(played).toEqual([2481]);
  });

  it('moves nothing while an ad plays, or without a video, and says so', () => {
    const ad = load('watch-ad-stale.html');
    const { element, played } = video(ad);
    element.currentTime = 5;
    expect(seekTo(ad, 1770)).toBe(false);
    expect(playFrom(ad, 1770)).toBe(false);
    expect(element.currentTime).toBe(5);
    expect(played).toEqual([]);
    expect(seekTo(load('home.html'), 10)).toBe(false);
  });

  it("reads YouTube's dark theme from <html dark>", () => {
    const doc = load('watch.html');
    expect(isDarkTheme(doc)).toBe(false);
    doc.documentElement.setAttribute('dark', '');
    expect(isDarkTheme(doc)).toBe(true);
    doc.documentElement.removeAttribute('dark');
  });
});

describe('waiting for late elements', () => {
  it('resolves once the page shows what was waited for', async () => {
    const doc = load('watch.html');
    const heading = doc.querySelector('ytd-watch-metadata h1')!;
    heading.textContent = '';
    const read = () => heading.textContent || null;
    const waiting = waitForPage(doc, read, 5_000, new AbortController().signal);
    heading.textContent = 'Arrived';
    await expect(waiting).resolves.toBe('Arrived');
  });

  it('gives up after its time limit, and on abort', async () => {
    const doc = load('home.html');
    await expect(waitForPage(doc, () => null, 10, new AbortController().signal)).resolves.toBeNull();
    const controller = new AbortController();
    const waiting = waitForPage(doc, () => null, 60_000, controller.signal);
    controller.abort();
    await expect(waiting).resolves.toBeNull();
  });
});
