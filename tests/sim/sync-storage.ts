// A browser's `storage.sync` as Chrome documents it, written here from the documentation and not from the extension's
// code: a write over a limit is refused whole, with Chrome's message, and nothing of it is kept.
// https://developer.chrome.com/docs/extensions/reference/api/storage#property-sync
import type { Faults } from './faults';
import type { Stop } from './history';

export const CHROME_SYNC = {
  /** "as measured by the JSON stringification of every value plus every key's length" */
  QUOTA_BYTES: 102_400,
  /** "as measured by the JSON stringification of its value plus its key length" */
  QUOTA_BYTES_PER_ITEM: 8_192,
  MAX_ITEMS: 512,
  /** Each set or remove is one operation. */
  MAX_WRITE_OPERATIONS_PER_MINUTE: 120,
  MAX_WRITE_OPERATIONS_PER_HOUR: 1_800,
};

/**
 * Bytes an item counts for: its key, and its value's JSON in UTF-8 as Chrome's JSON writer spells it (`<` as `\u003C`,
 * U+2028 and U+2029 as `\u2028` and `\u2029`).
 */
export function itemBytes(key: string, value: unknown): number {
  const json = jsonOf(value).replaceAll('<', '\\u003C').replaceAll('\u2028', '\\u2028').replaceAll('\u2029', '\\u2029');
  return Buffer.byteLength(key) + Buffer.byteLength(json);
}

const texts = new WeakMap<object, string>();
/**
 * A stored value's JSON, written once per value: the storage and the server keep copies of their own that nothing
 * changes, and compare and measure them after every step.
 */
export function jsonOf(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'undefined';
  let json = texts.get(value);
  if (json === undefined) texts.set(value, (json = JSON.stringify(value)));
  return json;
}

/** Another extension's data, not ours: never sent on by our simulated server either. */
export const OTHER_EXTENSION = 'someOtherExtension';

export class SyncStorage {
  items = new Map<string, unknown>();
  /** Writes not yet sent on to the server (undefined: removed). */
  unsent = new Map<string, unknown>();
  up = true;
  /** For the pass running now: the write its worker is stopped during, and whether another extension fills sync meanwhile. */
  stop: Stop = null;
  crowd = false;
  /** When operations were made, by the world's clock. */
  private operations: number[] = [];
  /** How many writes (sets and removes) landed: a world has settled when a round of passes makes none. */
  get writesLanded(): number {
    return this.operations.length;
  }

  constructor(
    private readonly now: () => number,
    private readonly faults: Faults,
    /** Whether the worker asking still runs: a stopped one's task gets nothing more done. */
    private readonly alive: () => boolean = () => true,
  ) {}

  async get(): Promise<Record<string, unknown>> {
    this.available();
    return structuredClone(Object.fromEntries(this.items));
  }

  async set(items: Record<string, unknown>): Promise<void> {
    this.available();
    this.meanwhile();
    const after = new Map([...this.items, ...Object.entries(structuredClone(items))]);
    const sizes = [...after].map(([key, value]) => itemBytes(key, value));
    if (Object.entries(items).some(([key, value]) => itemBytes(key, value) > CHROME_SYNC.QUOTA_BYTES_PER_ITEM))
      this.refuse('QUOTA_BYTES_PER_ITEM quota exceeded');
    if (sizes.reduce((sum, size) => sum + size, 0) > CHROME_SYNC.QUOTA_BYTES) this.refuse('QUOTA_BYTES quota exceeded');
    if (after.size > CHROME_SYNC.MAX_ITEMS) this.refuse('MAX_ITEMS quota exceeded');
    this.operate('set', () => Object.entries(items).forEach(([key, value]) => this.write(key, value)));
  }

  async remove(keys: string[]): Promise<void> {
    this.available();
    this.operate('remove', () => keys.forEach((key) => this.write(key, undefined)));
    this.faults.count('staleItemsRemoved');
  }

  /**
   * Another extension's data, arriving through Chrome Sync from another browser: it was written there, within the
   * quota there, so here it may leave less room than our items already take.
   */
  crowdWith(bytes: number): void {
    this.write(OTHER_EXTENSION, bytes > 0 ? 'x'.repeat(bytes) : undefined);
  }

  /** A write of this browser's (or Chrome Sync's delivery, with `unsent` false). */
  write(key: string, value: unknown): void {
    // One copy of its own, kept in both: the writer's object may change after, as Chrome copies it at once.
    const copy: unknown = structuredClone(value);
    if (copy === undefined) this.items.delete(key);
    else this.items.set(key, copy);
    if (key !== OTHER_EXTENSION) this.unsent.set(key, copy);
  }

  private available(): void {
    if (!this.alive()) throw new Error('the worker was stopped');
    if (!this.up) throw new Error('sync is not available');
  }

  /** Another extension's write landing while this pass runs, between its read and its write: it takes all the room left. */
  private meanwhile(): void {
    if (!this.crowd) return;
    this.crowd = false;
    this.write(OTHER_EXTENSION, undefined);
    const used = [...this.items].reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
    this.write(OTHER_EXTENSION, 'x'.repeat(CHROME_SYNC.QUOTA_BYTES - used - itemBytes(OTHER_EXTENSION, '')));
    this.faults.count('otherWriteDuringPass');
  }

  private refuse(message: string): never {
    this.faults.count('overQuota');
    throw new Error(message);
  }

  private operate(op: 'set' | 'remove', change: () => void): void {
    const now = this.now();
    const within = (ms: number) => this.operations.filter((at) => at > now - ms).length;
    if (within(60_000) >= CHROME_SYNC.MAX_WRITE_OPERATIONS_PER_MINUTE) this.refuseRate('MINUTE');
    if (within(3_600_000) >= CHROME_SYNC.MAX_WRITE_OPERATIONS_PER_HOUR) this.refuseRate('HOUR');
    const stop = this.stop;
    if (stop?.during === op) {
      this.stop = null;
      if (stop.landed) this.land(now, change);
      this.faults.count(op === 'set' ? 'stoppedDuringSet' : 'stoppedDuringRemove');
      throw new Error(`the worker was stopped during ${op}`);
    }
    this.land(now, change);
  }

  private land(now: number, change: () => void): void {
    this.operations.push(now);
    change();
  }

  private refuseRate(per: 'MINUTE' | 'HOUR'): never {
    this.faults.count('writeRateRefused');
    throw new Error(`MAX_WRITE_OPERATIONS_PER_${per} quota exceeded`);
  }
}
