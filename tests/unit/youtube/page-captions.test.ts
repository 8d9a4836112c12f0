// @vitest-environment happy-dom
// The page-world side of reading captions: it answers for the video asked about, waiting out a stale player.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { servePlayerCaptions, askPageForCaptions } from '@/lib/youtube/page-captions';

let playing: string;
let tracks: { languageCode: string; kind?: string; displayName: string; vssId: string; url: string }[];
const fetched: string[] = [];
let stop: () => void;

beforeEach(() => {
  vi.useFakeTimers();
  playing = 'previousVid';
  tracks = [
    { languageCode: 'en', kind: 'asr', displayName: 'English (auto-generated)', vssId: 'a.en', url: '/api/timedtext?v=talk&kind=asr&pot=t' },
    { languageCode: 'en', displayName: 'English', vssId: '.en', url: '/api/timedtext?v=talk&pot=t' },
  ];
  document.body.innerHTML = '<div id="movie_player"></div>';
  Object.assign(document.querySelector('#movie_player')!, {
    getVideoData: () => ({ video_id: playing }),
    getAudioTrack: () => ({ captionTracks: playing === 'talkVideo1' ? tracks : [] }),
  });
  fetched.length = 0;
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    return new Response('{"events":[]}');
  });
  stop = servePlayerCaptions(document);
});
afterEach(() => {
  stop();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('reading captions in the page\'s world', () => {
  it('waits until the player reports the video asked about, then fetches its manual English track as json3', async () => {
    const answer = askPageForCaptions(document, 'talkVideo1', new AbortController().signal);
    await vi.advanceTimersByTimeAsync(600);
    expect(fetched).toEqual([]);
    playing = 'talkVideo1'; // the player catches up after in-page navigation
    await vi.advanceTimersByTimeAsync(250);
    await expect(answer).resolves.toEqual({ videoId: 'talkVideo1', outcome: 'track', track: { languageCode: 'en', name: 'English', vssId: '.en' }, body: '{"events":[]}' });
    expect(fetched).toEqual([`${location.origin}/api/timedtext?v=talk&pot=t&fmt=json3`]);
  });

  it('says there are none when the player offers no track', async () => {
    playing = 'quietVideo1';
    await expect(askPageForCaptions(document, 'quietVideo1', new AbortController().signal)).resolves.toMatchObject({ outcome: 'none' });
    expect(fetched).toEqual([]);
  });

  it('fetches nothing from anywhere but YouTube\'s timedtext', async () => {
    playing = 'talkVideo1';
    tracks[1]!.url = 'https://elsewhere.example/api/timedtext?v=talk';
    await expect(askPageForCaptions(document, 'talkVideo1', new AbortController().signal)).resolves.toMatchObject({ outcome: 'failed' });
    expect(fetched).toEqual([]);
  });
});
