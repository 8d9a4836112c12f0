// Packing records into the browser's sync items within its limits: several saves per item, removals first, then the
// saves newest first, as many as fit. What does not fit stays in this browser only; nothing is cut.
import { ITEM_PREFIX, toWire, type SyncRecord, type WireRecord } from './records';

export interface SyncLimits {
  totalBytes: number;
  itemBytes: number;
  items: number;
}

/** Chrome's `storage.sync` limits (Firefox's are the same). */
export const BROWSER_LIMITS: SyncLimits = { totalBytes: 102_400, itemBytes: 8_192, items: 512 };

const encoder = new TextEncoder();

/**
 * Bytes a key or value counts for against the quota: its JSON in UTF-8, as the browser counts it. Chrome's JSON
 * writer spells `<`, U+2028 and U+2029 as six-byte escapes, so they are counted as such.
 */
export function quotaBytes(value: unknown): number {
  const json = typeof value === 'string' ? value : JSON.stringify(value);
  const escaped = json.match(/[<\u2028\u2029]/g)?.reduce((extra, char) => extra + (char === '<' ? 5 : 3), 0) ?? 0;
  return encoder.encode(json).length + escaped;
}

export interface Packed {
  /** Item key → its records, oldest first, so a new save usually changes only the last item. */
  items: Record<string, WireRecord[]>;
  /** The records sync carries. */
  carried: SyncRecord[];
}

/** Removals first (they are small, and without them a removal would come back), then newest first. */
function byPriority(a: SyncRecord, b: SyncRecord): number {
  const removal = (record: SyncRecord) => ('removed' in record ? 0 : 1);
  return removal(a) - removal(b) || b.at - a.at || (a.key < b.key ? -1 : 1);
}

/** Oldest first; at the same moment the priority order (by key) stands, the sort being stable. */
const oldestFirst = (a: { record: SyncRecord }, b: { record: SyncRecord }) => a.record.at - b.record.at;

interface Sized {
  record: SyncRecord;
  wire: WireRecord;
  bytes: number;
}

/** Fills items in order, each up to the per-item limit; undefined if the whole does not fit. */
function fill(sized: Sized[], limits: SyncLimits): Sized[][] | undefined {
  const items: Sized[][] = [];
  let total = 0;
  let current: Sized[] = [];
  let currentBytes = 0;
  const close = () => {
    if (current.length === 0) return;
    items.push(current);
    total += currentBytes;
  };
  for (const entry of sized) {
    const keyBytes = quotaBytes(`${ITEM_PREFIX}${items.length}`);
    // `[` + records joined by `,` + `]`
    const grown = current.length === 0 ? keyBytes + 2 + entry.bytes : currentBytes + 1 + entry.bytes;
    if (grown <= limits.itemBytes) {
      current.push(entry);
      currentBytes = grown;
      continue;
    }
    close();
    current = [entry];
    currentBytes = quotaBytes(`${ITEM_PREFIX}${items.length}`) + 2 + entry.bytes;
  }
  close();
  return items.length <= limits.items && total <= limits.totalBytes ? items : undefined;
}

/** The most records, in priority order, that fit within `limits`, packed into items. */
export function packRecords(records: Iterable<SyncRecord>, limits: SyncLimits = BROWSER_LIMITS): Packed {
  const candidates = [...records]
    .sort(byPriority)
    .map((record): Sized => {
      const wire = toWire(record);
      return { record, wire, bytes: quotaBytes(wire) };
    })
    // One record too large for an item on its own (a long quote with a long note in a wide script) stays here.
    .filter((entry) => quotaBytes(`${ITEM_PREFIX}${limits.items}`) + 2 + entry.bytes <= limits.itemBytes);
  const packedWith = (count: number) => fill(candidates.slice(0, count).sort(oldestFirst), limits);
  // The largest count that fits: binary search over the priority order.
  let [low, high] = [0, candidates.length];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (packedWith(middle)) low = middle;
    else high = middle - 1;
  }
  const items = packedWith(low) ?? [];
  return {
    items: Object.fromEntries(
      items.map((entries, index) => [`${ITEM_PREFIX}${index}`, entries.map((entry) => entry.wire)]),
    ),
    carried: items.flat().map((entry) => entry.record),
  };
}
