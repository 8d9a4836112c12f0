// How often the browser's sync may be written: Chrome allows 120 writes a minute and 1,800 an hour, each `set` or
// `remove` counting one. Writes are spaced and counted to stay under both, with room to spare.

export interface WriteLimits {
  /** Between two passes that write. */
  minGapMs: number;
  perMinute: number;
  perHour: number;
}

export const WRITE_LIMITS: WriteLimits = { minGapMs: 1_000, perMinute: 100, perHour: 1_600 };

/** How long to wait before `ops` more writes stay within `limits`, given when the writes so far were made. */
export function writeWait(
  made: readonly number[],
  ops: number,
  now: number,
  limits: WriteLimits = WRITE_LIMITS,
): number {
  const last = made.at(-1);
  let wait = last === undefined ? 0 : last + limits.minGapMs - now;
  for (const [windowMs, limit] of [
    [60_000, limits.perMinute],
    [3_600_000, limits.perHour],
  ] as const) {
    const inWindow = made.filter((at) => at > now - windowMs);
    const over = inWindow.length + ops - limit;
    // The oldest `over` writes must leave the window first.
    if (over > 0) wait = Math.max(wait, inWindow[over - 1]! + windowMs - now);
  }
  return Math.max(0, wait);
}
