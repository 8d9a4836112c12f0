// A slide's image: drawn from the video (or a frame of it) into a canvas of the slide's size and encoded as JPEG, kept
// as a data URL. `toBlob` encodes off the main thread, where `toDataURL` would encode on it; the draw holds it.
import { SLIDE_QUALITY } from '../model/slide';

/** The slide drawn on this page, from `source` as it is now (drawn before the first await). */
export async function drawnSlide(
  source: HTMLVideoElement | VideoFrame,
  { width, height }: { width: number; height: number },
): Promise<string> {
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [width, height];
  canvas.getContext('2d')!.drawImage(source, 0, 0, width, height);
  // A video from another origin without its permission taints the canvas: toBlob then throws.
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', SLIDE_QUALITY));
  if (!blob) throw new Error('the slide could not be encoded');
  return dataUrlOf(blob);
}

/** A slide's JPEG as a data URL, as saves keep it. */
export function dataUrlOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error('the slide could not be read back'));
    reader.readAsDataURL(blob);
  });
}
