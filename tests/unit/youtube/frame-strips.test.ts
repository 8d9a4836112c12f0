// A frame's pixels cross from the talk's page to the slide maker in strips and are put back together there. Judged
// against a model of WebCodecs' own copy (VideoFrame.copyTo of a rect, as the specification lays out its planes): the
// strips cover the frame once, each is small, and putting them back gives the frame as one copy of it would.
import { fc, test } from '@fast-check/vitest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  assemble,
  rowsPerPlaneRow,
  stripCollector,
  stripsOf,
  type Rect,
  type Strip,
  type StripMessage,
} from '@/lib/youtube/frame-strips';

/** Per plane: [bytes per sample, samples across per pixel, rows down per row] (the specification's table). */
const PLANES: Record<string, [number, number, number][]> = {
  I420: [
    [1, 1, 1],
    [1, 2, 2],
    [1, 2, 2],
  ],
  I420A: [
    [1, 1, 1],
    [1, 2, 2],
    [1, 2, 2],
    [1, 1, 1],
  ],
  I420P10: [
    [2, 1, 1],
    [2, 2, 2],
    [2, 2, 2],
  ],
  I422: [
    [1, 1, 1],
    [1, 2, 1],
    [1, 2, 1],
  ],
  I444: [
    [1, 1, 1],
    [1, 1, 1],
    [1, 1, 1],
  ],
  NV12: [
    [1, 1, 1],
    [2, 2, 2],
  ],
  RGBA: [[4, 1, 1]],
  BGRX: [[4, 1, 1]],
};

/** The frame's byte at a plane's row and byte column: a value of its place alone. */
const byteAt = (plane: number, row: number, column: number) => (plane * 71 + row * 31 + column * 7) % 251;

/**
 * What copyTo writes for `rect`: each plane's rows of the rect, tightly packed, planes in order after `gaps[plane]`
 * bytes of padding (a browser may lay a copy out as it likes; the layout says how).
 */
function copyOf(format: string, rect: Rect, gaps: number[] = []): { buffer: ArrayBuffer; layout: PlaneLayout[] } {
  const planes = PLANES[format]!.map(([bytes, across, down], plane) => ({
    stride: bytes * Math.ceil(rect.width / across),
    firstRow: rect.y / down,
    rows: Math.ceil(rect.height / down),
    gap: gaps[plane] ?? 0,
  }));
  const size = planes.reduce((sum, p) => sum + p.gap + p.stride * p.rows, 0);
  const bytes = new Uint8Array(size);
  const layout: PlaneLayout[] = [];
  let offset = 0;
  planes.forEach((p, plane) => {
    offset += p.gap;
    layout.push({ offset, stride: p.stride });
    for (let row = 0; row < p.rows; row++)
      for (let column = 0; column < p.stride; column++)
        bytes[offset + row * p.stride + column] = byteAt(plane, p.firstRow + row, column);
    offset += p.stride * p.rows;
  });
  return { buffer: bytes.buffer, layout };
}

const wholeSize = (format: string, width: number, height: number) =>
  PLANES[format]!.reduce(
    (sum, [bytes, across, down]) => sum + bytes * Math.ceil(width / across) * Math.ceil(height / down),
    0,
  );

const frames = fc.record({
  format: fc.constantFrom(...Object.keys(PLANES)),
  width: fc.integer({ min: 1, max: 160 }),
  height: fc.integer({ min: 1, max: 160 }),
});

describe('a frame in strips', () => {
  test.prop([frames])(
    'the strips cover the frame once, top to bottom, each starting on an even row',
    ({ format, width, height }) => {
      const rect = { x: 0, y: 0, width, height };
      const strips = stripsOf(rect, wholeSize(format, width, height));
      let next = 0;
      for (const strip of strips) {
        expect(strip).toMatchObject({ x: 0, y: next, width });
        expect(strip.y % 2).toBe(0);
        expect(strip.height).toBeGreaterThan(0);
        next += strip.height;
      }
      expect(next).toBe(height);
    },
  );

  it('keeps each strip small: at most 256 KB, and at most an eighth of a frame of sixteen rows or more', () => {
    for (const [width, height] of [
      [1920, 1080],
      [3840, 2160],
      [1280, 720],
      [32, 18],
    ] as const) {
      const bytes = wholeSize('I420', width, height);
      const strips = stripsOf({ x: 0, y: 0, width, height }, bytes);
      for (const strip of strips) {
        expect(wholeSize('I420', width, strip.height)).toBeLessThanOrEqual(256 * 1024);
        expect(strip.height).toBeLessThanOrEqual(height / 8);
      }
    }
    // A 1080p frame crosses in a dozen strips, not hundreds.
    expect(stripsOf({ x: 0, y: 0, width: 1920, height: 1080 }, wholeSize('I420', 1920, 1080)).length).toBeLessThan(16);
  });

  it('copies a plain object for each strip, whatever rect it is given', () => {
    // A VideoFrame's visibleRect is a DOMRectReadOnly: its sides are getters, which a spread would not copy.
    class ReadOnlyRect {
      get x() {
        return 0;
      }
      get y() {
        return 0;
      }
      get width() {
        return 64;
      }
      get height() {
        return 36;
      }
    }
    for (const strip of stripsOf(new ReadOnlyRect(), wholeSize('I420', 64, 36)))
      expect(Object.keys(strip).sort()).toEqual(['height', 'width', 'x', 'y']);
  });

  it('knows which planes keep a row for every two of the frame', () => {
    for (const format of Object.keys(PLANES))
      expect(rowsPerPlaneRow(format), format).toEqual(PLANES[format]!.map(([, , down]) => down));
  });

  test.prop([frames, fc.array(fc.nat(64), { maxLength: 4 }), fc.boolean()])(
    'put back together, in any order they arrive, the strips are the frame as one copy of it is',
    ({ format, width, height }, gaps, reversed) => {
      const rect = { x: 0, y: 0, width, height };
      const strips: Strip[] = stripsOf(rect, wholeSize(format, width, height)).map((strip) => ({
        top: strip.y,
        rows: strip.height,
        ...copyOf(format, strip, gaps),
      }));
      if (reversed) strips.reverse();
      const whole = assemble(format, height, strips);
      const expected = copyOf(format, rect);
      expect(whole.layout).toEqual(expected.layout);
      expect(Buffer.from(whole.buffer).equals(Buffer.from(expected.buffer))).toBe(true);
    },
  );
});

describe("the maker's strips", () => {
  afterEach(() => void vi.useRealTimers());
  /** Capture `id` of a frame 4 rows tall, in two strips of two rows. */
  const half = (id: number, top: 0 | 2): StripMessage => ({
    id,
    format: 'RGBA',
    width: 2,
    height: 4,
    slide: { width: 2, height: 4 },
    strip: { top, rows: 2, buffer: new ArrayBuffer(16), layout: [{ offset: 0, stride: 8 }] },
  });

  it('gives back a capture once all its rows came, each capture apart, however they interleave', () => {
    const collect = stripCollector();
    expect(collect(half(1, 0))).toBeUndefined();
    expect(collect(half(2, 2))).toBeUndefined();
    expect(collect(half(1, 2))?.map((strip) => strip.top)).toEqual([0, 2]);
    expect(collect(half(2, 0))?.map((strip) => strip.top)).toEqual([2, 0]);
  });

  it('lets go of a capture whose strips stopped coming, once the page has stopped waiting for it', () => {
    vi.useFakeTimers();
    const collect = stripCollector(5_000);
    collect(half(1, 0));
    vi.advanceTimersByTime(4_999);
    expect(collect(half(1, 2))).toHaveLength(2);
    collect(half(2, 0));
    vi.advanceTimersByTime(5_000);
    // The first half was let go: the second alone is not the frame.
    expect(collect(half(2, 2))).toBeUndefined();
    expect(vi.getTimerCount()).toBe(1);
  });
});
