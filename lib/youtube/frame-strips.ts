// A video frame's pixels on their way from the talk's page to the slide maker (entrypoints/slide-maker): copied out
// in strips of whole rows, each small enough to copy and post within a couple of milliseconds on a slow machine, and
// put back together there. The rules are here, apart from both ends, so that they can be checked alone.

/** A strip holds at most this many bytes: 256 KB are copied and posted in about 2 ms on a slow 2-core machine. */
const STRIP_BYTES = 256 * 1024;
/** And at most this share of the frame: a small video crosses in strips too, the same way as a large one. */
const MIN_STRIPS = 8;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One strip as the page copied it: its first row (from the frame's top), its rows, its bytes and their layout. */
export interface Strip {
  top: number;
  rows: number;
  buffer: ArrayBuffer;
  layout: PlaneLayout[];
}

/**
 * The strips of a frame's `rect` (`bytes`: the whole frame's size), top to bottom. Each starts on an even row, as the
 * formats that keep colour for every other row need (WebCodecs refuses a rect that starts on an odd one). Each is a
 * plain object: a frame's own rect is a DOMRectReadOnly, whose sides a spread would not copy.
 */
export function stripsOf(rect: Rect, bytes: number): Rect[] {
  const rowBytes = bytes / rect.height;
  const rows = Math.max(2, evenFloor(Math.min(STRIP_BYTES / rowBytes, rect.height / MIN_STRIPS)));
  const strips: Rect[] = [];
  for (let top = 0; top < rect.height; top += rows)
    strips.push({ x: rect.x, y: rect.y + top, width: rect.width, height: Math.min(rows, rect.height - top) });
  return strips;
}

const evenFloor = (n: number) => 2 * Math.floor(n / 2);

/**
 * For each plane of a WebCodecs pixel format, how many of the frame's rows make one of the plane's: 2 for the colour
 * planes of 4:2:0 formats (I420 and its alpha and high-depth kinds, NV12), 1 for every other plane.
 */
export function rowsPerPlaneRow(format: string): number[] {
  const alpha = /^I4\d\dA/.test(format) ? [1] : [];
  if (format.startsWith('I420')) return [1, 2, 2, ...alpha];
  if (format.startsWith('I422') || format.startsWith('I444')) return [1, 1, 1, ...alpha];
  if (format === 'NV12') return [1, 2];
  return [1]; // RGBA, RGBX, BGRA, BGRX: one plane
}

/** A frame `height` rows tall, put back together from all its strips: one buffer, and its planes' layout. */
export function assemble(
  format: string,
  height: number,
  strips: Strip[],
): { buffer: ArrayBuffer; layout: PlaneLayout[] } {
  const every = rowsPerPlaneRow(format);
  const strides = strips[0]!.layout.map((plane) => plane.stride);
  const layout: PlaneLayout[] = [];
  let size = 0;
  every.forEach((n, plane) => {
    layout.push({ offset: size, stride: strides[plane]! });
    size += strides[plane]! * Math.ceil(height / n);
  });
  const whole = new Uint8Array(size);
  for (const strip of strips)
    every.forEach((n, plane) => {
      const { offset, stride } = strip.layout[plane]!;
      const bytes = new Uint8Array(strip.buffer, offset, stride * Math.ceil(strip.rows / n));
      whole.set(bytes, layout[plane]!.offset + (strip.top / n) * stride);
    });
  return { buffer: whole.buffer, layout };
}

/** What the page posts to the slide maker, a strip at a time: which capture, the frame's format and size, the slide's size. */
export interface StripMessage {
  id: number;
  format: string;
  height: number;
  width: number;
  slide: { width: number; height: number };
  strip: Strip;
}

/** How long the page waits for the maker's answer, its first load included, before it draws the slide itself. */
export const MAKER_WAIT_MS = 5_000;

/**
 * The maker's side: each capture's strips, kept until the last one comes, which gives them all back. A capture whose
 * strips stop coming (its copy failed on the page) is let go once the page has stopped waiting for it: a frame's
 * strips are some 3 MB, and the maker lives as long as the talk's page.
 */
export function stripCollector(waitMs = MAKER_WAIT_MS): (message: StripMessage) => Strip[] | undefined {
  const captures = new Map<number, { strips: Strip[]; rows: number; timer: ReturnType<typeof setTimeout> }>();
  return ({ id, height, strip }) => {
    const capture = captures.get(id) ?? {
      strips: [],
      rows: 0,
      timer: setTimeout(() => captures.delete(id), waitMs),
    };
    capture.strips.push(strip);
    capture.rows += strip.rows;
    if (capture.rows < height) return void captures.set(id, capture);
    clearTimeout(capture.timer);
    captures.delete(id);
    return capture.strips;
  };
}

/** The maker's answer to a capture: the slide as a JPEG data URL, or none where the frame could not be made one. */
export interface SlideAnswer {
  id: number;
  image?: string;
}
