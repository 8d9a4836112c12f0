// Taking the frame the talk's <video> shows now, as a slide: at most SLIDE_MAX_WIDTH wide, kept as JPEG. Here, in the
// talk module, only the moment is held (a VideoFrame); the slide is made from it by the slide's module
// (slide-making.ts), loaded when the first slide is taken, so the talk's page carries none of it until then.
// Firefox's build draws the slide on the page instead, as before: there a VideoFrame of a 1080p video costs 35-60 ms
// (Firefox converts it to BGRA) and each copy out of it about 100 ms, so the strips held YouTube's page longer than
// the draw does (longest task ~100 ms against ~75 ms, firefox-esr 153 on a slow 2-core machine; issue 35's note).
import { loadModule, SLIDE_MODULE } from '../modules';
import { SLIDE_MAX_WIDTH, type TakenSlide } from '../model/slide';
import type { MakeSlide } from './slide-making';
import { drawnSlide } from './slide-image';

/** How far a frame's own time may be from the video's: a frame or two of a slow video, well under a quote. */
const FRAME_BEHIND_S = 1;

const slideModule = async (): Promise<MakeSlide> =>
  (await loadModule<{ makeSlide: MakeSlide }>(SLIDE_MODULE)).makeSlide;

/**
 * The frame on screen now, as a slide. Call it at the moment wanted: the frame is held before the first await.
 * `load`: what makes the slide (the bench's, built into its page); the slide's module if not given (never in
 * Firefox's build, which draws the slide here).
 */
export async function takeSlide(
  video: HTMLVideoElement,
  load?: () => Promise<MakeSlide>,
): Promise<TakenSlide | 'unreadable' | 'not yet'> {
  // No picture yet (loading, or seeking): the slide waits for one.
  if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA || !video.videoWidth || video.seeking) return 'not yet';
  const scale = Math.min(1, SLIDE_MAX_WIDTH / video.videoWidth);
  const size = { width: Math.round(video.videoWidth * scale), height: Math.round(video.videoHeight * scale) };
  if (import.meta.env.FIREFOX)
    return drawnSlide(video, size).then(
      (image) => ({ image, ...size }),
      () => 'unreadable' as const,
    );
  let frame: VideoFrame;
  try {
    frame = new VideoFrame(video);
  } catch {
    // A video from another origin without its permission: its pixels cannot be read.
    return 'unreadable';
  }
  // Just after a seek the element can still hand out the frame shown before it (once in CI: a slide of 10:00 kept for
  // 41:22; in the bench, after each seek of a paused video). The frame carries its own time and how long it is shown
  // (a still of a screen recording may last seconds): one far from now is not the moment, and the slide waits.
  const shown = frame.timestamp / 1e6;
  const until = shown + (frame.duration ?? 0) / 1e6;
  if (video.currentTime < shown - FRAME_BEHIND_S || video.currentTime > until + FRAME_BEHIND_S) {
    frame.close();
    return 'not yet';
  }
  try {
    return { image: await (await (load ?? slideModule)())(frame, size), ...size };
  } catch {
    return 'unreadable';
  } finally {
    frame.close();
  }
}
