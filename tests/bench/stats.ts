// The bench's statistics: medians, quantiles, and how far a median of a few runs can be trusted.

/** The value below which `q` of the values lie, interpolated between the two nearest (q = 0.5: the median). */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const below = sorted[Math.floor(at)]!;
  return below + (sorted[Math.ceil(at)]! - below) * (at - Math.floor(at));
}

export const median = (values: number[]) => quantile(values, 0.5);

/**
 * Where the median of what was measured lies, at least 95% sure: two of the runs themselves, as many places either side of the
 * middle as 1.96 standard deviations of a fair coin's count over the runs (the order-statistic interval, which holds
 * whatever the times' distribution). With few runs it is the lowest and the highest.
 */
export function medianRange(values: number[]): [low: number, high: number] {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const reach = 0.98 * Math.sqrt(n);
  const low = Math.max(0, Math.floor(n / 2 - reach) - 1);
  const high = Math.min(n - 1, Math.ceil(n / 2 + reach));
  return [sorted[low]!, sorted[high]!];
}
