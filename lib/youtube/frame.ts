// Taking the frame the talk's <video> shows now, as a slide: drawn into a canvas at most SLIDE_MAX_WIDTH wide, kept as
// JPEG. The draw holds the page's main thread (on a 2-core machine without a GPU, tens of milliseconds for a 1080p
// frame); the encode does not: `toBlob` encodes off it, where `toDataURL` encoded on it. Copying the frame with
// `createImageBitmap` or an OffscreenCanvas held the thread longer (`npm run bench`, frameMainThreadMs; tests/README.md).
// Not WebP: WebP keeps a slide in half the bytes, but encodes some seven times slower, and JPEG opens in every note
// tool. A video the page will not let be read (a tainted canvas) gives no slide, and says so.
import { SLIDE_MAX_WIDTH, type TakenSlide } from '../model/slide';

const QUALITY = 0.8;

/** The frame on screen now, as a slide. Call it at the moment wanted: the frame is drawn before its first await. */
export async function takeSlide(
  video: HTMLVideoElement,
  doc: Document = video.ownerDocument,
): Promise<TakenSlide | 'unreadable' | 'not yet'> {
  // No picture yet (loading, or seeking): the slide waits for one.
  if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA || !video.videoWidth || video.seeking) return 'not yet';
  const scale = Math.min(1, SLIDE_MAX_WIDTH / video.videoWidth);
  const [width, height] = [Math.round(video.videoWidth * scale), Math.round(video.videoHeight * scale)];
  const canvas = doc.createElement('canvas');
  [canvas.width, canvas.height] = [width, height];
  canvas.getContext('2d')!.drawImage(video, 0, 0, width, height);
  try {
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', QUALITY));
    return blob ? { image: await dataUrlOf(blob), width, height } : 'unreadable';
  } catch {
    // A video from another origin without its permission taints the canvas: its pixels cannot be read.
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
