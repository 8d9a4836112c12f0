// Taking the frame the talk's <video> shows now, as a slide: drawn into a canvas at most SLIDE_MAX_WIDTH wide, kept as
// JPEG. Not WebP: WebP keeps a slide in half the bytes (some 17 KB against 38 KB at 1280 px), but encoding it took
// about 40 ms of the YouTube page's main thread against JPEG's 6 (`npm run bench`, frameCaptureMs), and JPEG opens in
// every note tool. A video the page will not let be read (a tainted canvas) gives no frame, and says so.
import { SLIDE_MAX_WIDTH, type TakenSlide } from '../model/slide';

const QUALITY = 0.8;

export function takeSlide(
  video: HTMLVideoElement,
  doc: Document = video.ownerDocument,
): TakenSlide | 'unreadable' | 'not yet' {
  // No picture yet (loading, or seeking): the slide waits for one.
  if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA || !video.videoWidth || video.seeking) return 'not yet';
  const scale = Math.min(1, SLIDE_MAX_WIDTH / video.videoWidth);
  const canvas = doc.createElement('canvas');
  canvas.width = Math.round(video.videoWidth * scale);
  canvas.height = Math.round(video.videoHeight * scale);
  try {
    canvas.getContext('2d')!.drawImage(video, 0, 0, canvas.width, canvas.height);
    return { image: canvas.toDataURL('image/jpeg', QUALITY), width: canvas.width, height: canvas.height };
  } catch {
    // A video from another origin without its permission taints the canvas: its pixels cannot be read.
    return 'unreadable';
  }
}
