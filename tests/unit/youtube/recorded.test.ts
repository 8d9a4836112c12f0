// @vitest-environment happy-dom
// The product's readers of YouTube data, run over YouTube's own answers as other projects recorded them
// (tests/fixtures/youtube/README.md says which, when, from which client, and what was edited at the source): the caption
// tracks and which need the token, the video's id, whether YouTube plays it, and the transcript panel the description's
// button opens. And the replica built from them (tests/harness/recorded.ts) checked against them: every key the product
// reads is in both, so the replica cannot drift from what YouTube sends.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseTrack, needsToken } from '@/lib/captions/tracks';
import { captionTracksOf, offeredInResponse, unplayableIn, videoIdOfResponse } from '@/lib/youtube/player-response';
import { TRANSCRIPT_PANEL } from '@/lib/youtube/selectors';
import {
  playerResponseOf,
  recordedPanels,
  recordedResponses,
  trackUrlOf,
  transcriptTargetOf,
  UNPLAYABLE,
  type ResponseOptions,
} from '../../harness/recorded';
import { TALK_ID, videos } from '../../harness/videos';

/** The tracks a player response offers, as the page-world reader takes them where the player's own list is gone. */
const tracksOfResponse = (response: unknown) => captionTracksOf(offeredInResponse(response));
const recorded = (name: string): unknown => JSON.parse(readFileSync(resolve('tests/fixtures/youtube', name), 'utf8'));
const NINE = ['.zh', '.cs', '.en', 'a.en', '.de', '.hi', '.ja', '.ko', '.es'];

describe('a player response', () => {
  it('the web client, March 2025: nine tracks named in simpleText, the automatic one marked, each translatable', () => {
    const response = recorded('player-web-2025-03.json') as typeof recordedResponses.web;
    const tracks = tracksOfResponse(response);
    expect(tracks.map((track) => track.vssId)).toEqual(NINE);
    expect(tracks.find((track) => track.vssId === 'a.en')).toMatchObject({
      languageCode: 'en',
      kind: 'asr',
      name: 'English (auto-generated)',
    });
    expect(tracks.find((track) => track.vssId === '.de')).toMatchObject({ name: 'German', kind: undefined });
    // Before YouTube marked its web URLs (the page of 2025-06-11 carries exp=xpe on all nine).
    expect(tracks.filter((track) => needsToken(track.url))).toEqual([]);
    expect(chooseTrack(tracks)).toMatchObject({ vssId: '.en', name: 'English' });
    expect(videoIdOfResponse(response)).toBe('GJLlxj_dtq8');
    expect(unplayableIn(response)).toBeUndefined();
    // What a translation is read from: every track translatable, 156 languages offered.
    const renderer = response.captions.playerCaptionsTracklistRenderer;
    expect(renderer.captionTracks.every((track: { isTranslatable: boolean }) => track.isTranslatable)).toBe(true);
    expect(renderer.translationLanguages).toHaveLength(156);
    expect(renderer.translationLanguages[0]).toEqual({ languageCode: 'ab', languageName: { simpleText: 'Abkhazian' } });
  });

  it('the Android client, June 2025: names in runs; its one exp=xpe was written in by hand at the source', () => {
    const tracks = tracksOfResponse(recorded('player-android-token-2025-06.json'));
    expect(tracks.map((track) => track.vssId)).toEqual(NINE);
    expect(tracks.find((track) => track.vssId === '.en')).toMatchObject({ name: 'English', kind: undefined });
    expect(tracks.find((track) => track.vssId === 'a.en')).toMatchObject({ name: 'English (auto-generated)' });
    // The hand edit (youtube-transcript-api cbe4cd5): one URL marked, its `sparams` not listing `exp`. It is kept as a
    // test of the mark's reading, not as a picture of which tracks YouTube marks.
    const marked = tracks.filter((track) => needsToken(track.url));
    expect(marked.map((track) => track.vssId)).toEqual(['.en']);
    expect(new URL(marked[0]!.url).searchParams.get('sparams')).not.toMatch(/\bexp\b/);
  });

  it('another client, June 2026: a manual and an automatic English track, neither asking for the token', () => {
    const tracks = tracksOfResponse(recorded('player-visionos-2026-06.json'));
    expect(tracks.map(({ vssId, kind, name }) => ({ vssId, kind, name }))).toEqual([
      { vssId: '.en', kind: undefined, name: 'English' },
      { vssId: 'a.en', kind: 'asr', name: 'English (auto-generated)' },
    ]);
    expect(tracks.some((track) => needsToken(track.url))).toBe(false);
    expect(videoIdOfResponse(recorded('player-visionos-2026-06.json'))).toBe('M4gD1WSo5mA');
  });

  it('a video without captions: no tracks, its id all the same', () => {
    expect(tracksOfResponse(recorded('player-no-captions-2025-06.json'))).toEqual([]);
    expect(videoIdOfResponse(recorded('player-no-captions-2025-06.json'))).toBe('dsMFmonKDD4');
  });

  it.each([
    ['player-web-age-2025-02.json', 'LOGIN_REQUIRED', 'Sign in to confirm your age', 'Njp5uhTorCo'],
    ['player-web-bot-2025-02.json', 'LOGIN_REQUIRED', 'Sign in to confirm you’re not a bot', undefined],
    ['player-web-unavailable-2025-02.json', 'ERROR', 'Video unavailable', undefined],
  ])('a video YouTube does not play (%s): %s, its reason in its own words, no tracks', (name, status, reason, id) => {
    const response = recorded(name);
    expect(unplayableIn(response)).toEqual({ status, reason });
    expect(tracksOfResponse(response)).toEqual([]);
    // Only the age check still names the video: the others cannot be told from another video's answer by their id.
    expect(videoIdOfResponse(response)).toBe(id);
  });

  it('reads a name written either way, a kind from the URL, and anything not of the shape as nothing', () => {
    const response = {
      captions: {
        playerCaptionsTracklistRenderer: {
          captionTracks: [
            { baseUrl: '/api/timedtext?v=x', name: { simpleText: 'English' }, vssId: '.en', languageCode: 'en' },
            { baseUrl: '/api/timedtext?v=x', languageCode: 'fr' },
            { name: { simpleText: 'No URL' }, languageCode: 'de' },
            {
              baseUrl: '/api/timedtext?v=x&lang=nl',
              name: { runs: [{ text: 'Neder' }, { text: 'lands' }] },
              languageCode: 'nl',
            },
            { baseUrl: '/api/timedtext?v=x&lang=it', name: {}, languageCode: 'it' },
            'not a track',
            null,
          ],
        },
      },
    };
    expect(tracksOfResponse(response)).toEqual([
      { languageCode: 'en', name: 'English', vssId: '.en', url: '/api/timedtext?v=x' },
      { languageCode: 'fr', name: 'fr', vssId: '.fr', url: '/api/timedtext?v=x' },
      { languageCode: 'nl', name: 'Nederlands', vssId: '.nl', url: '/api/timedtext?v=x&lang=nl' },
      { languageCode: 'it', name: 'it', vssId: '.it', url: '/api/timedtext?v=x&lang=it' },
    ]);
    // The player's own list: a label from `languageName`, the kind and key from the URL.
    expect(
      captionTracksOf([{ languageCode: 'en', languageName: 'Auto', url: '/api/timedtext?v=x&kind=asr&lang=en' }]),
    ).toEqual([
      { languageCode: 'en', kind: 'asr', name: 'Auto', vssId: 'a.en', url: '/api/timedtext?v=x&kind=asr&lang=en' },
    ]);
    expect(captionTracksOf([null as never, { languageCode: 'en' }])).toEqual([]);
    for (const nothing of [
      undefined,
      null,
      'x',
      {},
      { captions: { playerCaptionsTracklistRenderer: null } },
      { captions: { playerCaptionsTracklistRenderer: { captionTracks: { length: 1 } } } },
    ])
      expect(offeredInResponse(nothing)).toEqual([]);
    for (const nothing of [undefined, null, 'x', {}, { captions: { playerCaptionsTracklistRenderer: {} } }])
      expect(tracksOfResponse(nothing)).toEqual([]);
    expect(videoIdOfResponse({ videoDetails: { title: 'no id' } })).toBeUndefined();
    for (const nothing of [undefined, null, 'x', 7]) expect(videoIdOfResponse(nothing)).toBeUndefined();
    for (const plays of [
      undefined,
      null,
      {},
      { playabilityStatus: { status: 'OK' } },
      { playabilityStatus: { status: 7 } },
    ])
      expect(unplayableIn(plays)).toBeUndefined();
    expect(unplayableIn({ playabilityStatus: { status: 'UNPLAYABLE' } })).toEqual({ status: 'UNPLAYABLE', reason: '' });
  });
});

describe("a track URL's need for the token", () => {
  it.each([
    ['/api/timedtext?v=x&exp=xpe&lang=en', true],
    ['https://www.youtube.com/api/timedtext?v=x&caps=asr&exp=xpe', true],
    ['/api/timedtext?v=x&exp=abc,xpe', true],
    ['/api/timedtext?v=x&lang=en', false],
    ['/api/timedtext?v=x&exp=xpex', false],
    ['/api/timedtext?v=x&xexp=xpe', false],
  ])('%s: %s', (url, needs) => expect(needsToken(url)).toBe(needs));
});

describe("the transcript panel YouTube's description button opens", () => {
  it.each([
    ['next-modern-transcript-2026-06.json', 'PAmodern_transcript_view'],
    ['next-searchable-transcript-2026-06.json', 'engagement-panel-searchable-transcript'],
  ])('%s: %s, which the panel selector finds', (name, target) => {
    expect(transcriptTargetOf(recorded(name))).toBe(target);
    const panel = document.createElement('ytd-engagement-panel-section-list-renderer');
    panel.setAttribute('target-id', target);
    expect(panel.matches(TRANSCRIPT_PANEL)).toBe(true);
  });

  it('the replica opens the same panels', () => {
    expect(recordedPanels).toEqual({
      modern: 'PAmodern_transcript_view',
      old: 'engagement-panel-searchable-transcript',
    });
  });
});

/**
 * The key paths the product's readers take from a response, with what they found: each object met is watched as it
 * is read (arrays as `[]`). The readers are the product's own, so the list cannot fall behind them.
 */
function pathsRead(response: unknown): Map<string, boolean> {
  const read = new Map<string, boolean>();
  const watch = (value: unknown, path: string): unknown =>
    typeof value !== 'object' || value === null
      ? value
      : new Proxy(value, {
          get(target, key, receiver) {
            const inner = Reflect.get(target, key, receiver);
            if (typeof key === 'symbol' || typeof inner === 'function') return inner;
            const here = Array.isArray(target) && /^\d+$/.test(key) ? `${path}[]` : `${path}.${key}`;
            if (!Array.isArray(target) || /^\d+$/.test(key)) read.set(here, read.get(here) || inner !== undefined);
            return watch(inner, here);
          },
        });
  const watched = watch(response, '');
  chooseTrack(tracksOfResponse(watched));
  videoIdOfResponse(watched);
  unplayableIn(watched);
  return read;
}
const found = (paths: Map<string, boolean>) =>
  [...paths]
    .filter(([, was]) => was)
    .map(([path]) => path)
    .sort();

describe('the replica, built from the recordings', () => {
  const talk = videos[TALK_ID]!;
  const options: ResponseOptions = { offer: 'both', names: 'simpleText', origin: 'https://www.youtube.com', at: '' };

  it('answers with what a recording gives at every key the product reads, and nothing it does not', () => {
    const fromRecording = found(pathsRead(recordedResponses.web));
    expect(fromRecording).toEqual(
      expect.arrayContaining([
        '.captions.playerCaptionsTracklistRenderer.captionTracks[].baseUrl',
        '.captions.playerCaptionsTracklistRenderer.captionTracks[].name.simpleText',
        '.captions.playerCaptionsTracklistRenderer.captionTracks[].languageCode',
        '.captions.playerCaptionsTracklistRenderer.captionTracks[].vssId',
        '.captions.playerCaptionsTracklistRenderer.captionTracks[].kind',
        '.videoDetails.videoId',
        '.playabilityStatus.status',
      ]),
    );
    expect(found(pathsRead(playerResponseOf(TALK_ID, talk, options)))).toEqual(fromRecording);
    for (const unplayable of UNPLAYABLE)
      expect(found(pathsRead(playerResponseOf(TALK_ID, talk, { ...options, unplayable })))).toEqual(
        found(pathsRead(recordedResponses[unplayable])),
      );
    // Named as other clients name them, the replica's tracks are read where the Android recording's are.
    expect(found(pathsRead(playerResponseOf(TALK_ID, talk, { ...options, names: 'runs' })))).toEqual(
      found(pathsRead(recorded('player-android-token-2025-06.json'))),
    );
  });

  it("gives the talk's own details and the two English tracks as recorded, marked as the June 2025 web page marks them", () => {
    const response = playerResponseOf(TALK_ID, talk, { ...options, at: '2405,1420' });
    expect(response.videoDetails).toMatchObject({ videoId: TALK_ID, title: talk.title, author: talk.channel });
    const tracks = tracksOfResponse(response);
    expect(tracks.map(({ vssId, kind, name }) => ({ vssId, kind, name }))).toEqual([
      { vssId: '.en', kind: undefined, name: 'English' },
      { vssId: 'a.en', kind: 'asr', name: 'English (auto-generated)' },
    ]);
    for (const track of tracks) {
      expect(needsToken(track.url)).toBe(true);
      const url = new URL(track.url);
      expect(url.searchParams.get('v')).toBe(TALK_ID);
      expect(url.searchParams.get('sparams')).toBe('ip,ipbits,expire,v,ei,caps,opi,exp,xoaf');
      expect(url.searchParams.get('at')).toBe('2405,1420');
    }
    // Every other parameter as recorded, in the recorded order.
    const recordedUrl = recordedResponses.web.captions.playerCaptionsTracklistRenderer.captionTracks[2].baseUrl;
    expect(trackUrlOf(recordedUrl, 'GJLlxj_dtq8', { origin: 'https://www.youtube.com', at: '' })).toBe(
      recordedUrl.replace('&xoaf=5', '&exp=xpe&xoaf=5').replace(',opi,xoaf', ',opi,exp,xoaf'),
    );
    expect(response.captions.playerCaptionsTracklistRenderer.translationLanguages).toHaveLength(156);
    expect(playerResponseOf(TALK_ID, talk, { ...options, offer: 'none' })).not.toHaveProperty('captions');
  });
});
