// The bench's 95% range of a median is judged by what it claims: over many samples of a distribution whose median is
// known, about 95 in 100 of the ranges hold it (never fewer, and not all of them either, or the range says nothing).
import { describe, expect, it } from 'vitest';
import { median, medianRange } from '../../bench/stats';

/** A seeded generator (mulberry32), so the run is the same every time. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('the median and its 95% range', () => {
  it.each([21, 31, 101])(
    'holds the true median in about 95 of 100 samples of %i runs, of a skewed distribution',
    (n) => {
      const next = random(n);
      // Exponential times, skewed as page loads are: their median is ln 2.
      const draw = () => Array.from({ length: n }, () => -Math.log(1 - next()));
      const trials = 4000;
      let held = 0;
      for (let i = 0; i < trials; i++) {
        const [low, high] = medianRange(draw());
        if (low <= Math.LN2 && Math.LN2 <= high) held++;
      }
      expect(held / trials).toBeGreaterThanOrEqual(0.94);
      expect(held / trials).toBeLessThanOrEqual(0.985);
    },
  );

  it('is two of the runs, either side of the median, and narrows as the runs grow', () => {
    const next = random(7);
    const runs = Array.from({ length: 401 }, () => next());
    const widths = [21, 101, 401].map((n) => {
      const values = runs.slice(0, n);
      const [low, high] = medianRange(values);
      expect(values).toContain(low);
      expect(values).toContain(high);
      expect(low).toBeLessThan(median(values));
      expect(high).toBeGreaterThan(median(values));
      return high - low;
    });
    expect(widths[1]).toBeLessThan(widths[0]!);
    expect(widths[2]).toBeLessThan(widths[1]!);
  });

  it('is the lowest and the highest of a few runs', () => {
    expect(medianRange([3, 1, 2])).toEqual([1, 3]);
    expect(medianRange([5])).toEqual([5, 5]);
  });
});
