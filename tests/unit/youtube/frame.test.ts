// A slide is the frame the video shows at the moment: never the frame from before a seek that the element still hands
// out (WebCodecs' VideoFrame of a <video> carries that frame's own time), nor one while the video has no picture.
import { afterEach, expect, it, vi } from 'vitest';
import { takeSlide } from '@/lib/youtube/frame';

/** The frames taken, each with its own time and how long it is shown (µs; null if unknown), and whether it was closed. */
let frames: { timestamp: number; duration: number | null; closed: boolean }[] = [];
let frameTime = 0;
let frameLasts: number | null = null;
vi.stubGlobal('HTMLMediaElement', { HAVE_CURRENT_DATA: 2 });
vi.stubGlobal(
  'VideoFrame',
  class {
    timestamp = frameTime * 1e6;
    duration = frameLasts === null ? null : frameLasts * 1e6;
    closed = false;
    constructor() {
      frames.push(this);
    }
    close() {
      this.closed = true;
    }
  },
);
afterEach(() => {
  frames = [];
  frameLasts = null;
});

const video = (currentTime: number, extra: Partial<HTMLVideoElement> = {}) =>
  ({ readyState: 4, videoWidth: 1920, videoHeight: 1080, seeking: false, currentTime, ...extra }) as HTMLVideoElement;
const make = vi.fn(async () => 'data:image/jpeg;base64,AAAA');
const load = async () => make;

it('keeps the frame shown now, scaled to 1280 px', async () => {
  frameTime = 2482;
  expect(await takeSlide(video(2482.2), load)).toEqual({
    image: 'data:image/jpeg;base64,AAAA',
    width: 1280,
    height: 720,
  });
  expect(make).toHaveBeenCalledWith(frames[0], { width: 1280, height: 720 });
  expect(frames[0]!.closed).toBe(true);
});

it('waits, keeping nothing, while the element still hands out the frame from before a seek', async () => {
  make.mockClear();
  frameTime = 600;
  expect(await takeSlide(video(2482), load)).toBe('not yet');
  expect(make).not.toHaveBeenCalled();
  expect(frames[0]!.closed).toBe(true);
  // A second off, as a slow video's frames are, is still the moment.
  frameTime = 2481;
  expect(await takeSlide(video(2482), load)).not.toBe('not yet');
});

it('keeps a still frame of a video that changes its picture rarely, all the time it is shown, and no longer', async () => {
  // A screen recording's slide: one frame shown for ten seconds.
  frameTime = 2480;
  frameLasts = 10;
  expect(await takeSlide(video(2487), load)).not.toBe('not yet');
  expect(await takeSlide(video(2492), load)).toBe('not yet');
  // The frame from before a seek back to it is not the moment either.
  expect(await takeSlide(video(2470), load)).toBe('not yet');
});

it('waits while the video seeks or has no picture yet', async () => {
  frameTime = 2482;
  expect(await takeSlide(video(2482, { seeking: true }), load)).toBe('not yet');
  expect(await takeSlide(video(2482, { readyState: 1 }), load)).toBe('not yet');
  expect(frames).toHaveLength(0);
});
