// Pacing the writes to the browser's sync under its 120-a-minute and 1,800-an-hour limits.
import { describe, expect, it } from 'vitest';
import { writeWait } from '@/lib/saves/sync/pacing';

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

  it('waits for the hour when 1,600 writes were made in it', () => {
    const hour = Array.from({ length: 1600 }, (_, n) => now - 3_500_000 + n * 2000);
    expect(writeWait(hour, 1, now, limits)).toBe(100_000); // the first of them was 3,500 s ago
    expect(writeWait(hour.slice(1), 1, now, limits)).toBe(0);
  });
});
