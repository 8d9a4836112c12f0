// @vitest-environment happy-dom
// The page-world side of reading captions: the chain of ways YouTube gives them in late 2026. The track's URL once it
// carries the token (waited for, never fetched without it), then the player's own request (already made, or asked
// for with the user's caption setting put back). Timers are fake: waits are counted, not slept.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { askPageForCaptions, askPageForPlayability, askPageForTranslation } from '@/lib/youtube/page-asks';
import { servePlayerCaptions } from '@/lib/youtube/page-captions';

let playing: string;
let tokened: boolean;
let captionsOn: boolean;
/** Timedtext requests the page's resource timings list: the player's own. */
let requests: string[];
/** What the player does when its captions are switched on: its own request (null: it makes none). */
let playerRequests: string | null;
const fetched: string[] = [];
const options: unknown[][] = [];
let stop: () => void;

/** A track URL as the web player gives it in 2025-26: marked as needing the token (`exp=xpe`), and carrying it once minted. */
const track = (kind?: string) =>
  `/api/timedtext?v=talkVideo1&exp=xpe&lang=en${kind ? `&kind=${kind}` : ''}${tokened ? '&pot=t' : ''}&fmt=srv3`;
const ask = () => askPageForCaptions(document, 'talkVideo1', new AbortController().signal);

beforeEach(() => {
  vi.useFakeTimers();
  playing = 'talkVideo1';
  tokened = true;
  captionsOn = false;
  requests = [];
  playerRequests = 'https://www.youtube.com/api/timedtext?v=talkVideo1&lang=en&pot=player&fmt=json3&c=WEB';
  fetched.length = 0;
  options.length = 0;
  document.body.innerHTML = '<div id="movie_player"></div>';
  Object.assign(document.querySelector('#movie_player')!, {
    getVideoData: () => ({ video_id: playing }),
    // The player's own list, with what peers read of it (asbplayer: `url`, `languageCode`, `languageName`); a track's
    // kind is its URL's.
    getAudioTrack: () => ({
      captionTracks: [
        { languageCode: 'en', languageName: 'English (auto-generated)', url: track('asr') },
        { languageCode: 'en', languageName: 'English', url: track() },
      ],
    }),
    getOption: () => (captionsOn ? { languageCode: 'en' } : {}),
    loadModule: (name: string) => options.push(['load', name]),
    unloadModule: (name: string) => options.push(['unload', name]),
    setOption: (module: string, option: string, value: { languageCode?: string }) => {
      options.push(['set', module, option, value]);
      captionsOn = Boolean(value.languageCode);
      if (captionsOn && playerRequests) requests.push(playerRequests);
    },
  });
  vi.spyOn(performance, 'getEntriesByType').mockImplementation(
    () => requests.map((name) => ({ name })) as PerformanceEntry[],
  );
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    return new Response(/[?&]pot=/.test(url) ? '{"events":[]}' : '');
  });
  stop = servePlayerCaptions(document);
});
afterEach(() => {
  stop();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const english = {
  outcome: 'track',
  track: { languageCode: 'en', name: 'English', vssId: '.en' },
  body: '{"events":[]}',
};

describe("reading captions in the page's world", () => {
  it('waits until the player reports the video asked about, then fetches its manual English track as json3, as the web client', async () => {
    playing = 'previousVid';
    const answer = ask();
    await vi.advanceTimersByTimeAsync(600);
    expect(fetched).toEqual([]);
    playing = 'talkVideo1'; // the player catches up after in-page navigation
    await vi.advanceTimersByTimeAsync(250);
    await expect(answer).resolves.toEqual({ ...english, way: 'track' });
    expect(fetched).toEqual([`${location.origin}/api/timedtext?v=talkVideo1&exp=xpe&lang=en&pot=t&fmt=json3&c=WEB`]);
  });

  it('waits for a token that comes late, and fetches nothing before it', async () => {
    tokened = false;
    const answer = ask();
    await vi.advanceTimersByTimeAsync(4_000);
    expect(fetched).toEqual([]);
    tokened = true;
    await vi.advanceTimersByTimeAsync(250);
    await expect(answer).resolves.toMatchObject({ outcome: 'track', way: 'track' });
    expect(fetched).toHaveLength(1);
  });

  it("takes the player's own request at once when the track does not carry the token and the user has captions on", async () => {
    tokened = false;
    captionsOn = true;
    requests = ['https://www.youtube.com/api/timedtext?v=otherVideo1&pot=p&fmt=json3', playerRequests!];
    const answer = ask();
    await vi.advanceTimersByTimeAsync(0);
    await expect(answer).resolves.toEqual({ ...english, way: 'player' });
    expect(fetched).toEqual([playerRequests]);
    expect(options).toEqual([]); // the user's captions were on: nothing switched
  });

  it('asks the player to load its captions, picks up its request, and switches them off again as the user had them', async () => {
    tokened = false;
    const answer = ask();
    await vi.advanceTimersByTimeAsync(5_500);
    await expect(answer).resolves.toMatchObject({ outcome: 'track', way: 'player' });
    expect(options).toEqual([
      ['load', 'captions'],
      ['set', 'captions', 'track', { languageCode: 'en' }],
      ['set', 'captions', 'track', {}],
      ['unload', 'captions'],
    ]);
    expect(captionsOn).toBe(false);
    expect(fetched).toEqual([playerRequests]);
  });

  it('gives up on the player when its own request comes without the token, without waiting it out', async () => {
    tokened = false;
    playerRequests = 'https://www.youtube.com/api/timedtext?v=talkVideo1&lang=en&fmt=json3';
    const answer = ask();
    await vi.advanceTimersByTimeAsync(5_250);
    await expect(answer).resolves.toMatchObject({ outcome: 'failed' });
    expect(fetched).toEqual([]);
    expect(captionsOn).toBe(false);
  });

  it('says plainly when no way gives the words, having fetched nothing without the token', async () => {
    tokened = false;
    playerRequests = null;
    const answer = ask();
    await vi.advanceTimersByTimeAsync(11_000);
    await expect(answer).resolves.toMatchObject({ outcome: 'failed', reason: expect.stringMatching(/token/) });
    expect(fetched).toEqual([]);
    expect(captionsOn).toBe(false);
  });

  it('says there are none when the player offers no track', async () => {
    playing = 'quietVideo1';
    document.querySelector<HTMLElement & { getAudioTrack(): unknown }>('#movie_player')!.getAudioTrack = () => ({
      captionTracks: [],
    });
    await expect(askPageForCaptions(document, 'quietVideo1', new AbortController().signal)).resolves.toMatchObject({
      outcome: 'none',
    });
    expect(fetched).toEqual([]);
  });

  it('fetches a track whose URL does not ask for the token (no exp=xpe) at once, as it is', async () => {
    tokened = false;
    const player = document.querySelector<HTMLElement & { getAudioTrack(): unknown }>('#movie_player')!;
    player.getAudioTrack = () => ({
      captionTracks: [{ languageCode: 'en', languageName: 'English', url: '/api/timedtext?v=talkVideo1&lang=en' }],
    });
    vi.stubGlobal('fetch', async (url: string) => (fetched.push(url), new Response('{"events":[]}')));
    await expect(ask()).resolves.toEqual({ ...english, way: 'track' });
    expect(fetched).toEqual([`${location.origin}/api/timedtext?v=talkVideo1&lang=en&fmt=json3&c=WEB`]);
  });

  it("reads the player's response where its track and video methods are gone (a player YouTube has changed)", async () => {
    const player = document.querySelector<HTMLElement & Record<string, unknown>>('#movie_player')!;
    const response = JSON.parse(readFileSync(resolve('tests/fixtures/youtube/player-web-2025-03.json'), 'utf8'));
    delete player.getAudioTrack;
    delete player.getVideoData;
    // The recorded web response, as the player holds it for our video, the English track's token minted.
    response.videoDetails.videoId = 'talkVideo1';
    const english = response.captions.playerCaptionsTracklistRenderer.captionTracks.find(
      (offered: { vssId: string }) => offered.vssId === '.en',
    );
    english.baseUrl = english.baseUrl.replace('v=GJLlxj_dtq8', 'v=talkVideo1') + '&pot=t';
    player.getPlayerResponse = () => response;
    const answer = ask();
    await vi.advanceTimersByTimeAsync(0);
    await expect(answer).resolves.toMatchObject({
      outcome: 'track',
      way: 'track',
      track: { languageCode: 'en', name: 'English', vssId: '.en' },
    });
    expect(fetched).toHaveLength(1);
    expect(new URL(fetched[0]!).searchParams.get('v')).toBe('talkVideo1');
  });

  it("fetches nothing from anywhere but YouTube's timedtext", async () => {
    document.querySelector<HTMLElement & { getAudioTrack(): unknown }>('#movie_player')!.getAudioTrack = () => ({
      captionTracks: [
        { languageCode: 'en', languageName: 'English', url: 'https://elsewhere.example/api/timedtext?v=talk&pot=t' },
      ],
    });
    await expect(ask()).resolves.toMatchObject({ outcome: 'failed' });
    expect(fetched).toEqual([]);
  });

  it('says at once, fetching nothing, when YouTube does not play the video, and tells why when asked', async () => {
    const player = document.querySelector<HTMLElement & Record<string, unknown>>('#movie_player')!;
    // YouTube's own answer for an age-restricted video (the web client, 2025-02), as the player holds it.
    const refused = JSON.parse(readFileSync(resolve('tests/fixtures/youtube/player-web-age-2025-02.json'), 'utf8'));
    player.getPlayerResponse = () => refused;
    const answer = ask();
    await vi.advanceTimersByTimeAsync(0);
    await expect(answer).resolves.toEqual({
      outcome: 'failed',
      reason: 'YouTube does not play this video here (LOGIN_REQUIRED)',
    });
    expect(fetched).toEqual([]);
    expect(options).toEqual([]);
    const why = askPageForPlayability(document, 'talkVideo1', new AbortController().signal);
    await vi.advanceTimersByTimeAsync(0);
    await expect(why).resolves.toEqual({ status: 'LOGIN_REQUIRED', reason: 'Sign in to confirm your age' });
  });

  it('says nothing of playability for a video YouTube plays, or for another video than the one asked about', async () => {
    const player = document.querySelector<HTMLElement & Record<string, unknown>>('#movie_player')!;
    player.getPlayerResponse = () =>
      JSON.parse(readFileSync(resolve('tests/fixtures/youtube/player-web-2025-03.json'), 'utf8'));
    const plays = askPageForPlayability(document, 'talkVideo1', new AbortController().signal);
    await vi.advanceTimersByTimeAsync(0);
    await expect(plays).resolves.toBeUndefined();
    // The player still names the video before an in-page navigation: no answer is given for this one until it does.
    playing = 'previousVid';
    player.getPlayerResponse = () => ({ playabilityStatus: { status: 'ERROR', reason: 'Video unavailable' } });
    const stale = askPageForPlayability(document, 'talkVideo1', new AbortController().signal);
    await vi.advanceTimersByTimeAsync(10_250);
    await expect(stale).resolves.toBeUndefined();
  });
});

describe("reading YouTube's translation of the captions in the page's world", () => {
  const translate = (language: string) =>
    askPageForTranslation(document, 'talkVideo1', language, new AbortController().signal);
  /** The recorded web response as the player holds it for our video, the English track's token minted. */
  type Recorded = { captions: { playerCaptionsTracklistRenderer: { captionTracks: { isTranslatable?: boolean }[] } } };
  const recorded = (edit: (response: Recorded) => void = () => {}) => {
    const player = document.querySelector<HTMLElement & Record<string, unknown>>('#movie_player')!;
    const response = JSON.parse(readFileSync(resolve('tests/fixtures/youtube/player-web-2025-03.json'), 'utf8'));
    response.videoDetails.videoId = 'talkVideo1';
    edit(response);
    player.getPlayerResponse = () => response;
  };

  it('reads the track the captions come from, with tlang, by the same token; the captions carry the 156 languages recorded', async () => {
    recorded();
    const answer = translate('de');
    await vi.advanceTimersByTimeAsync(0);
    await expect(answer).resolves.toEqual({ outcome: 'track', body: '{"events":[]}' });
    expect(fetched).toEqual([
      `${location.origin}/api/timedtext?v=talkVideo1&exp=xpe&lang=en&pot=t&fmt=json3&c=WEB&tlang=de`,
    ]);
    const captions = ask();
    await vi.advanceTimersByTimeAsync(0);
    const { languages } = (await captions) as { languages: { code: string; name: string }[] };
    expect(languages).toHaveLength(156);
    expect(languages).toContainEqual({ code: 'zh-Hans', name: 'Chinese (Simplified)' });
  });

  it('says the track is not translated, fetching nothing, where YouTube marks it so or does not offer the language', async () => {
    recorded((response) => {
      for (const offered of response.captions.playerCaptionsTracklistRenderer.captionTracks)
        offered.isTranslatable = false;
    });
    const marked = translate('de');
    await vi.advanceTimersByTimeAsync(0);
    await expect(marked).resolves.toEqual({ outcome: 'untranslatable' });
    recorded();
    const unknown = translate('tlh');
    await vi.advanceTimersByTimeAsync(0);
    await expect(unknown).resolves.toEqual({ outcome: 'untranslatable' });
    expect(fetched).toEqual([]);
  });

  it('says why when YouTube gives an empty translation or an error, and answers each language asked under its own name', async () => {
    recorded();
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      return url.includes('tlang=fr') ? new Response('', { status: 500 }) : new Response('');
    });
    const [german, french] = [translate('de'), translate('fr')];
    await vi.advanceTimersByTimeAsync(5_000);
    await expect(german).resolves.toEqual({ outcome: 'failed', reason: 'YouTube gave an empty translation' });
    await expect(french).resolves.toEqual({ outcome: 'failed', reason: 'YouTube answered 500' });
  });
});
