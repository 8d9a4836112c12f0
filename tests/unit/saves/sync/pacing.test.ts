// Pacing the writes to the browser's sync under its 120-a-minute and 1,800-an-hour limits.
import { describe, expect, it } from 'vitest';
import { WRITE_LIMITS, writeWait } from '@/lib/saves/sync/pacing';

const limits = { minGapMs: 1000, perMinute: 100, perHour: 1600 };
const now = 10_000_000;

describe('when the next write to sync may go', () => {
  it('goes at once after a quiet while, and a second after the last write otherwise', () => {
    expect(writeWait([], 1, now, limits)).toBe(0);
    expect(writeWait([now - 5000], 2, now, limits)).toBe(0);
    expect(writeWait([now - 300], 1, now, limits)).toBe(700);
  });

  it('waits for the oldest writes of the last minute to age out when a minute is full', () => {
    const minute = Array.from({ length: 100 }, (_, n) => now - 59_000 + n * 100);
    expect(writeWait(minute, 1, now, limits)).toBe(1000); // the first of them was 59 s ago
    expect(writeWait(minute, 2, now, limits)).toBe(1100);
    expect(writeWait(minute.slice(1), 1, now, limits)).toBe(0);
  });

  it('counts only the writes inside each window: one made a minute ago has left the minute', () => {
    expect(writeWait(Array<number>(100).fill(now - 60_000), 1, now, limits)).toBe(0);
    expect(writeWait(Array<number>(100).fill(now - 59_999), 1, now, limits)).toBe(1);
    expect(writeWait(Array<number>(1600).fill(now - 3_600_000), 1, now, limits)).toBe(0);
  });

  it('counts only the writes inside the window even when the clock was set back between them', () => {
    // A hundred writes in the last minute, then one stamped when the clock read earlier (outside the window).
    const recent = Array.from({ length: 100 }, (_, n) => now - 10_000 + n * 10);
    for (const outside of [now - 120_000, now - 60_000])
      expect(writeWait([...recent, outside], 1, now, limits)).toBe(50_000);
  });

  it("keeps under Chrome's limits by default: a second apart, 100 a minute, 1,600 an hour", () => {
    expect(WRITE_LIMITS).toEqual({ minGapMs: 1_000, perMinute: 100, perHour: 1_600 });
    expect(writeWait([now - 400], 1, now)).toBe(600);
  });

  it('waits for the hour when 1,600 writes were made in it', () => {
    const hour = Array.from({ length: 1600 }, (_, n) => now - 3_500_000 + n * 2000);
    expect(writeWait(hour, 1, now, limits)).toBe(100_000); // the first of them was 3,500 s ago
    expect(writeWait(hour.slice(1), 1, now, limits)).toBe(0);
  });
});
