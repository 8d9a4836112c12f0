// Bench only: a slide's capture as the talk's page takes one, on a page the bench serves at YouTube's origin with
// YouTube's policy, so that the slide maker's frame runs in a process of its own, as on YouTube. The page cannot call
// the extension's APIs: it is handed the maker's address, and the slide's module is built into it.
import { dataUrlBytes } from '@/lib/saves/slides';
import { takeSlide } from '@/lib/youtube/frame';
import { slidesMadeBy } from '@/lib/youtube/slide-making';

/**
 * The frames of a video given as base64 (slides at 1080p, scaled to 1280 px as a talk's are): for each of `times`,
 * seeked there, the frame taken, timed whole (marked `slide-start` and `slide-end`, for a trace to find the main
 * thread's tasks between), and its size.
 */
async function framesOnce(
  base64: string,
  times: number[],
  makerUrl: string,
): Promise<{ ms: number; bytes: number; width: number }[]> {
  const make = slidesMadeBy(makerUrl);
  const video = document.createElement('video');
  video.muted = true;
  video.src = URL.createObjectURL(
    new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'video/webm' }),
  );
  document.body.append(video);
  const figures = [];
  for (const time of times) {
    // Seeked, and its frame shown: until then the element hands out the frame shown before the seek (as the talk's
    // page finds it, and takes the slide at the next frame shown).
    const shown = Promise.all([
      new Promise((resolve) => video.addEventListener('seeked', resolve, { once: true })),
      new Promise((resolve) => video.requestVideoFrameCallback(resolve)),
    ]);
    video.currentTime = time;
    await shown;
    const start = performance.now();
    performance.mark('slide-start');
    const frame = await takeSlide(video, async () => make);
    performance.mark('slide-end');
    const ms = performance.now() - start;
    if (typeof frame === 'string') throw new Error(`no frame at ${time} s: ${frame}`);
    figures.push({ ms, bytes: dataUrlBytes(frame.image), width: frame.width });
  }
  video.remove();
  return figures;
}

Object.assign(globalThis, { framesOnce });
