// @vitest-environment happy-dom
// The content script's rule, visit by visit: the talk is known by its id, else by the title and channel the page
// shows; other pages are left alone; leaving the talk ends its visit; an index written late is waited for once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildCorpus } from '@/lib/corpus';
import { talkIndexEntries, INDEX_HASH } from '@/lib/recognise/talk-index';
import { followVisits, type TalkVisit } from '@/lib/recognise/visits';
import { NAVIGATE_FINISH_EVENT } from '@/lib/youtube/selectors';
import { realSeeds } from '../seeds';
import { microdataOf } from '../../harness/recorded';

const { talks } = buildCorpus(realSeeds());
const talk = talks[0]!;
const happyDOM = (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM;

/** Extension storage holding the index (or not yet), with its change listeners. */
function indexStore(written = true) {
  const items: Record<string, unknown> = {};
  const listeners = new Set<(changes: Record<string, unknown>) => void>();
  const write = () => {
    Object.assign(items, talkIndexEntries(talks), { [INDEX_HASH]: 'h' });
    for (const listener of listeners) listener({ [INDEX_HASH]: { newValue: 'h' } });
  };
  if (written) write();
  return {
    write,
    listeners,
    index: {
      get: async (keys: string[] | null) =>
        Object.fromEntries((keys ?? Object.keys(items)).filter((key) => key in items).map((key) => [key, items[key]])),
    },
    onIndexChanged: (listener: (changes: Record<string, unknown>) => void) => (
      listeners.add(listener),
      () => void listeners.delete(listener)
    ),
  };
}

/** A watch page as YouTube draws it: the title and channel under the player, in its components' markup. */
function showPage(videoId: string, title: string, channel: string) {
  happyDOM.setURL(`https://www.youtube.com/watch?v=${videoId}`);
  document.body.innerHTML = `<ytd-watch-flexy><ytd-watch-metadata><div id="title"><h1><yt-formatted-string class="style-scope ytd-watch-metadata"></yt-formatted-string></h1></div><ytd-channel-name><a class="yt-simple-endpoint style-scope yt-formatted-string"></a></ytd-channel-name></ytd-watch-metadata></ytd-watch-flexy>`;
  document.querySelector('ytd-watch-flexy')!.setAttribute('video-id', videoId);
  document.querySelector('yt-formatted-string')!.textContent = title;
  document.querySelector('ytd-channel-name a')!.textContent = channel;
}

let visits: TalkVisit[];
let store: ReturnType<typeof indexStore>;
let stop: (() => void) | undefined;
const start = (options: { gone?: () => boolean; timeoutMs?: number } = {}) =>
  (stop = followVisits({
    doc: document,
    win: window,
    index: store.index,
    onIndexChanged: store.onIndexChanged,
    gone: options.gone ?? (() => false),
    onTalk: (visit) => visits.push(visit),
    timeoutMs: options.timeoutMs,
  }));

beforeEach(() => {
  visits = [];
  store = indexStore();
});
afterEach(() => {
  stop?.();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('following visits', () => {
  it('knows the talk by its video id, and ends the visit when YouTube navigates to another video', async () => {
    showPage('QwC-J2KFTrM', '', '');
    start();
    await vi.waitFor(() => expect(visits).toHaveLength(1));
    expect(visits[0]).toMatchObject({ talkId: talk.id, videoId: 'QwC-J2KFTrM', recognisedBy: 'id' });
    expect(visits[0]).not.toHaveProperty('titleFrom');
    showPage('OtherVideo1', 'Cooking pasta', 'Chef');
    document.dispatchEvent(new Event(NAVIGATE_FINISH_EVENT));
    await vi.waitFor(() => expect(visits[0]!.signal.aborted).toBe(true));
    expect(visits).toHaveLength(1);
  });

  it('decides an embedded player by its title at once: it shows no channel to wait for', async () => {
    happyDOM.setURL('https://www.youtube.com/embed/R3upl0adX1z');
    document.body.innerHTML = '<div id="movie_player"><a class="ytp-title-link"></a></div>';
    start({ timeoutMs: 60_000 });
    document.querySelector('a.ytp-title-link')!.textContent = `${talk.title} | ${talk.code}`;
    // Well before the minute the page is given to show a channel.
    await vi.waitFor(() => expect(visits).toHaveLength(1));
    expect(visits[0]).toMatchObject({ talkId: talk.id, videoId: 'R3upl0adX1z', recognisedBy: 'title' });
  });

  it('knows a re-upload by its full title and channel, once the page shows them', async () => {
    showPage('R3upl0adX1z', '', '');
    start();
    showPage('R3upl0adX1z', talk.title, 'Microsoft Developer');
    await vi.waitFor(() => expect(visits).toHaveLength(1));
    expect(visits[0]).toMatchObject({ talkId: talk.id, videoId: 'R3upl0adX1z', recognisedBy: 'title' });
    expect(visits[0]).not.toHaveProperty('titleFrom');
  });

  it("knows a re-upload on a redesigned page (no title or channel under the player) by the page's microdata", async () => {
    showPage('R3upl0adX1z', '', '');
    document.querySelector('ytd-watch-metadata')!.remove();
    // The microdata as YouTube serves it (the recorded block, the re-upload put in).
    document.body.insertAdjacentHTML(
      'afterbegin',
      microdataOf('R3upl0adX1z', { title: talk.title, channel: 'Microsoft Developer' }),
    );
    start();
    await vi.waitFor(() => expect(visits).toHaveLength(1));
    expect(visits[0]).toMatchObject({ talkId: talk.id, recognisedBy: 'title', titleFrom: 'microdata' });
  });

  it('when no navigation event comes, a recheck from the talk page ends the visit and looks at the new video', async () => {
    showPage('QwC-J2KFTrM', '', '');
    start();
    await vi.waitFor(() => expect(visits).toHaveLength(1));
    // YouTube moved on without a word: no yt-navigate-finish, no Navigation API (happy-dom has none).
    showPage('OtherVideo1', 'Cooking pasta', 'Chef');
    visits[0]!.recheck();
    await vi.waitFor(() => expect(visits[0]!.signal.aborted).toBe(true));
    expect(visits).toHaveLength(1);
    // And back on the talk, recognised again.
    showPage('QwC-J2KFTrM', '', '');
    document.dispatchEvent(new Event(NAVIGATE_FINISH_EVENT));
    await vi.waitFor(() => expect(visits).toHaveLength(2));
  });

  it('a recheck while the page still shows the talk under a new, unknown id does not take that video for the talk', async () => {
    vi.useFakeTimers();
    showPage('QwC-J2KFTrM', talk.title, 'Microsoft Developer');
    start({ timeoutMs: 10_000 });
    await vi.waitFor(() => expect(visits).toHaveLength(1));
    // The URL is the next video's; the mobile site, say, redraws the title a moment later.
    happyDOM.setURL('https://www.youtube.com/watch?v=OtherVideo1');
    document.querySelector('ytd-watch-flexy')!.remove();
    const stale = document.body.appendChild(document.createElement('ytm-slim-video-metadata-section-renderer'));
    stale.innerHTML = `<h2 class="slim-video-information-title">${talk.title}</h2><ytm-slim-owner-renderer><span class="slim-owner-channel-name">Microsoft Developer</span></ytm-slim-owner-renderer>`;
    visits[0]!.recheck();
    await vi.advanceTimersByTimeAsync(150);
    stale.querySelector('h2')!.textContent = 'Cooking pasta at home in ten minutes';
    stale.querySelector('span')!.textContent = 'Kitchen Stories';
    await vi.advanceTimersByTimeAsync(10_000);
    expect(visits).toHaveLength(1);
    expect(visits[0]!.signal.aborted).toBe(true);
  });

  it('leaves another video alone, and nothing keeps running once it has decided', async () => {
    vi.useFakeTimers();
    showPage('OtherVideo1', 'BRK227 highlights', 'Someone else');
    start({ timeoutMs: 10_000 });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(visits).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
    expect(store.listeners.size).toBe(0);
  });

  it('waits once for an index the background has not written yet, then decides', async () => {
    store = indexStore(false);
    showPage('QwC-J2KFTrM', '', '');
    start();
    await vi.waitFor(() => expect(store.listeners.size).toBe(1));
    expect(visits).toEqual([]);
    store.write();
    await vi.waitFor(() => expect(visits).toHaveLength(1));
    expect(store.listeners.size).toBe(0);
  });

  it('goes quiet in a page the extension has left (reloaded or removed)', async () => {
    showPage('QwC-J2KFTrM', '', '');
    const gone = vi.fn(() => true);
    start({ gone });
    document.dispatchEvent(new Event(NAVIGATE_FINISH_EVENT));
    window.dispatchEvent(new Event('state-navigateend'));
    // Asked once, at the start: after that it no longer listens for YouTube's navigations at all.
    expect(gone).toHaveBeenCalledTimes(1);
    expect(visits).toEqual([]);
  });
});
