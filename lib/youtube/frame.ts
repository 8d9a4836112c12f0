// Taking the frame the talk's <video> shows now, as a slide: at most SLIDE_MAX_WIDTH wide, kept as JPEG. Off the
// page's main thread where the browser can: the frame is copied and scaled by `createImageBitmap`, and encoded by
// `OffscreenCanvas.convertToBlob`, both asynchronous; the page's thread only hands them on (`npm run bench`,
// frameMainThreadMs). Drawing into a page canvas and `toDataURL` took 55-60 ms of it on a 2-core machine.
// Not WebP: WebP keeps a slide in half the bytes, but encodes some seven times slower, and JPEG opens in every note
// tool. A video the page will not let be read (a tainted frame) gives no slide, and says so.
import { SLIDE_MAX_WIDTH, type TakenSlide } from '../model/slide';

const QUALITY = 0.8;

/** The frame on screen now, as a slide. Call it at the moment wanted: the frame is the one shown when it is called. */
export async function takeSlide(video: HTMLVideoElement): Promise<TakenSlide | 'unreadable' | 'not yet'> {
  // No picture yet (loading, or seeking): the slide waits for one.
  if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA || !video.videoWidth || video.seeking) return 'not yet';
  const scale = Math.min(1, SLIDE_MAX_WIDTH / video.videoWidth);
  const width = Math.round(video.videoWidth * scale);
  const height = Math.round(video.videoHeight * scale);
  try {
    const bitmap = await createImageBitmap(video, { resizeWidth: width, resizeHeight: height, resizeQuality: 'high' });
    const canvas = new OffscreenCanvas(width, height);
    // A browser that ignored the size asked for scales here instead.
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0, width, height);
    bitmap.close();
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: QUALITY });
    return { image: await dataUrlOf(blob), width, height };
  } catch {
    // A video from another origin without its permission taints the frame: its pixels cannot be read.
    return 'unreadable';
  }
}

function dataUrlOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error('the slide could not be read back'));
    reader.readAsDataURL(blob);
  });
}
