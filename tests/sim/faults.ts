// What went wrong, and which paths ran, in simulated histories: counted where each happens, so that a run in which one
// never happened says so (and fails) instead of passing as if it had been tried.

export const FAULTS = {
  overQuota: 'a write refused over a quota (bytes, bytes per item, items)',
  otherWriteDuringPass: "another extension's write landing while a pass ran",
  severalItems: 'a pass that left our saves in several sync items',
  partialDelivery: 'a delivery that handed over some changed items and held back others',
  staleItemsRemoved: 'sync items no longer needed, removed',
  stoppedDuringSet: 'the worker stopped during a set',
  stoppedDuringRemove: 'the worker stopped during a remove',
  stoppedInTransaction: 'the worker stopped inside an IndexedDB transaction (a change’s, or a merge’s), which aborted',
  offlineForDays: 'a browser back online after a day or more away, with changes on the way',
  writeRateRefused: 'a write refused over the writes-per-minute or per-hour limit',
  expiredRemovals: 'a removal over 30 days old whose older copy was still somewhere',
  changeDuringPass: 'a change made while a pass (a merge) was running in the same browser',
  concurrentEdits: 'two changes in flight at once in one browser (two views)',
  arrivingRemovals: 'a removal from another browser taking a save away here',
  tiedStamps: 'two changes to the same save or timing stamped at the same moment',
  fullSync: 'a history ending with sync full: the newest saves carried, the rest kept where they are',
} as const;

export type Fault = keyof typeof FAULTS;

/** Every fault above must have happened in a run of many histories: each is a path the rule is judged on. */
export const REQUIRED = Object.keys(FAULTS) as Fault[];

export class Faults {
  readonly counts = Object.fromEntries(Object.keys(FAULTS).map((fault) => [fault, 0])) as Record<Fault, number>;

  count(fault: Fault, times = 1): void {
    this.counts[fault] += times;
  }

  add(other: Faults | Record<Fault, number>): void {
    const counts = other instanceof Faults ? other.counts : other;
    for (const fault of Object.keys(FAULTS) as Fault[]) this.counts[fault] += counts[fault];
  }

  /** The faults that never happened. */
  missing(): Fault[] {
    return REQUIRED.filter((fault) => this.counts[fault] === 0);
  }
}
