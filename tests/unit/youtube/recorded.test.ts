// @vitest-environment happy-dom
// The product's readers of YouTube data, run over YouTube's own answers as other projects recorded them
// (tests/fixtures/youtube/README.md says which, when, and what each pins): the caption tracks and which need the
// token, the video's id, and the transcript panel the description's button opens.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseTrack, needsToken } from '@/lib/captions/tracks';
import { captionTracksOf, offeredInResponse, videoIdOfResponse } from '@/lib/youtube/player-response';
import { TRANSCRIPT_PANEL } from '@/lib/youtube/selectors';

/** The tracks a player response offers, as the page-world reader takes them where the player's own list is gone. */
const tracksOfResponse = (response: unknown) => captionTracksOf(offeredInResponse(response));
const recorded = (name: string): unknown => JSON.parse(readFileSync(resolve('tests/fixtures/youtube', name), 'utf8'));

describe('a player response', () => {
  it('web, June 2025: nine tracks, names from their runs, the automatic one marked; English needs the token', () => {
    const tracks = tracksOfResponse(recorded('player-web-token-2025-06.json'));
    expect(tracks.map((track) => track.vssId)).toEqual([
      '.zh',
      '.cs',
      '.en',
      'a.en',
      '.de',
      '.hi',
      '.ja',
      '.ko',
      '.es',
    ]);
    expect(tracks.find((track) => track.vssId === 'a.en')).toMatchObject({
      languageCode: 'en',
      kind: 'asr',
      name: 'English (auto-generated)',
    });
    expect(tracks.filter((track) => needsToken(track.url)).map((track) => track.vssId)).toEqual(['.en']);
    // The one read is the manual English track, the one needing the token.
    const chosen = chooseTrack(tracks)!;
    expect(chosen).toMatchObject({ vssId: '.en', name: 'English' });
    expect(new URL(chosen.url).pathname).toBe('/api/timedtext');
    expect(videoIdOfResponse(recorded('player-web-token-2025-06.json'))).toBe('GJLlxj_dtq8');
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

  it('reads a name written as simpleText too, and anything not of the shape as nothing', () => {
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
      { languageCode: 'fr', name: 'fr', vssId: '', url: '/api/timedtext?v=x' },
      { languageCode: 'nl', name: 'Nederlands', vssId: '', url: '/api/timedtext?v=x&lang=nl' },
      { languageCode: 'it', name: 'it', vssId: '', url: '/api/timedtext?v=x&lang=it' },
    ]);
    // The player's own list may hold a hole too.
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

/** Where the description's "Show transcript" button of a recorded watch-next response opens its panel. */
function transcriptTarget(next: unknown): string | undefined {
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

describe("the transcript panel YouTube's description button opens", () => {
  it.each([
    ['next-modern-transcript-2026-06.json', 'PAmodern_transcript_view'],
    ['next-searchable-transcript-2026-06.json', 'engagement-panel-searchable-transcript'],
  ])('%s: %s, which the panel selector finds', (name, target) => {
    expect(transcriptTarget(recorded(name))).toBe(target);
    const panel = document.createElement('ytd-engagement-panel-section-list-renderer');
    panel.setAttribute('target-id', target);
    expect(panel.matches(TRANSCRIPT_PANEL)).toBe(true);
  });
});
