// @vitest-environment happy-dom
// The talk's clock as the content script reads it from the main <video>: on its events, frozen through ads, and
// kept when YouTube swaps the element.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followPlayback } from '@/lib/youtube/playback';
import type { PlaybackReading } from '@/lib/model/playback';

let readings: PlaybackReading[];
let stop: AbortController;
const player = () => document.getElementById('movie_player')!;
const video = () => player().querySelector('video')!;
const last = () => readings.at(-1);

function playAt(element: HTMLVideoElement, seconds: number): void {
  element.currentTime = seconds;
  element.dispatchEvent(new Event('timeupdate'));
}

beforeEach(() => {
  document.body.innerHTML =
    '<div id="movie_player" class="html5-video-player"><video class="html5-main-video"></video></div>';
  readings = [];
  stop = new AbortController();
  followPlayback(document, (reading) => readings.push(reading), stop.signal);
});
afterEach(() => stop.abort());

describe('following playback', () => {
  it("reports the talk time on the video's own events", () => {
    playAt(video(), 30);
    expect(last()).toMatchObject({ time: 30, ad: false });
  });

  it('stands the clock still while an ad plays in the same <video>, and resumes after', async () => {
    playAt(video(), 30);
    player().classList.add('ad-showing');
    await vi.waitFor(() => expect(last()).toMatchObject({ time: 30, ad: true }));
    playAt(video(), 5); // the ad's own clock
    expect(last()).toMatchObject({ time: 30, ad: true });

    player().classList.remove('ad-showing');
    await vi.waitFor(() => expect(last()?.ad).toBe(false));
    playAt(video(), 31);
    expect(last()).toMatchObject({ time: 31, ad: false });
  });

  it('follows a <video> that YouTube replaced, and no longer hears the old one', async () => {
    const old = video();
    playAt(old, 30);
    const replacement = document.createElement('video');
    replacement.className = 'html5-main-video';
    replacement.currentTime = 100;
    old.replaceWith(replacement);
    await vi.waitFor(() => expect(last()?.time).toBe(100));

    const count = readings.length;
    playAt(old, 40);
    expect(readings.length).toBe(count);
    playAt(replacement, 101);
    expect(last()?.time).toBe(101);
  });

  it('stops hearing anything once the visit is over', async () => {
    playAt(video(), 30);
    stop.abort();
    const count = readings.length;
    playAt(video(), 31);
    player().classList.add('ad-showing');
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    expect(readings.length).toBe(count);
  });
});
