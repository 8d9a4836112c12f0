// What went wrong, and which paths ran, in simulated histories: counted where each happens, so that a run in which one
// never happened says so instead of passing as if it had been tried.

export const FAULTS = {
  overQuota: 'a write refused over a quota (bytes, bytes per item, items)',
  otherWriteDuringPass: "another extension's write landing while a pass ran",
  severalItems: 'a pass that left our saves in several sync items',
  partialDelivery: 'a delivery that handed over some changed items and held back others',
  staleItemsRemoved: 'sync items no longer needed, removed',
  stoppedDuringSet: 'the worker stopped during a set',
  stoppedDuringRemove: 'the worker stopped during a remove',
  offlineForDays: 'a browser back online after a day or more away, with changes on the way',
  writeRateRefused: 'a write refused over the writes-per-minute or per-hour limit',
  expiredRemovals: 'a removal over 30 days old whose older copy was still somewhere',
} as const;

export type Fault = keyof typeof FAULTS;

/** Every fault above, but the last two: they happen only in rare histories, and are counted to be seen. */
export const REQUIRED: Fault[] = [
  'overQuota',
  'otherWriteDuringPass',
  'severalItems',
  'partialDelivery',
  'staleItemsRemoved',
  'stoppedDuringSet',
  'stoppedDuringRemove',
  'offlineForDays',
];

export class Faults {
  readonly counts = Object.fromEntries(Object.keys(FAULTS).map((fault) => [fault, 0])) as Record<Fault, number>;

  count(fault: Fault, times = 1): void {
    this.counts[fault] += times;
  }

  add(other: Faults): void {
    for (const fault of Object.keys(FAULTS) as Fault[]) this.counts[fault] += other.counts[fault];
  }

  /** The required faults that never happened. */
  missing(): Fault[] {
    return REQUIRED.filter((fault) => this.counts[fault] === 0);
  }
}
