// What the browser's sync holds, read: our items (this version's keys), each record in them checked (records.ts), the
// latest of each key kept, and the held-back mark a full sync carries. Items of another version, and records that do
// not read, are skipped with a warning, never thrown, never applied.
import { isText } from '../checks';
import { TOMBSTONE_MS } from '../tombstones';
import {
  comesFirst,
  fromWire,
  latestChange,
  momentOf,
  wins,
  type HeldBack,
  type HeldBackMark,
  type SyncRecord,
} from './records';

/** The sync keys this version writes: `tc1.0`, `tc1.1`, … Other versions write other prefixes, left alone. */
export const ITEM_PREFIX = 'tc1.';
const OURS_OR_KIN = /^tc\d+\./;

export const isOurItem = (key: string) => key.startsWith(ITEM_PREFIX);

export interface SyncContents {
  /** The records found, one per key (the latest where an item repeats one). */
  records: Map<string, SyncRecord>;
  /** Every key of ours in sync, to rewrite or remove. */
  ourKeys: string[];
  /** When sync is full: the first record a browser held back (the first such mark, in the order). */
  heldBack?: HeldBack;
}

/**
 * Reads what sync holds. Items of another version, and records that do not read, are skipped with a console warning.
 * A removal older than TOMBSTONE_MS is forgotten, as it is here.
 */
export function readSyncItems(
  items: Record<string, unknown>,
  now: number,
  warn: (message: string) => void = console.warn,
): SyncContents {
  const records = new Map<string, SyncRecord>();
  const ourKeys: string[] = [];
  let heldBack: HeldBack | undefined;
  for (const [key, value] of Object.entries(items)) {
    if (!isOurItem(key)) {
      if (OURS_OR_KIN.test(key))
        warn(`Talk Companion: sync item "${key}" is from another version of the extension; left alone.`);
      continue;
    }
    ourKeys.push(key);
    if (!Array.isArray(value)) {
      warn(`Talk Companion: sync item "${key}" is not a list of saves; ignored.`);
      continue;
    }
    value.forEach((wire, index) => {
      const held = heldBackOf(wire, now);
      if (held) return void (heldBack = !heldBack || comesFirst(held, heldBack) ? held : heldBack);
      const record = fromWire(wire, now);
      if (typeof record === 'string')
        return warn(`Talk Companion: sync item "${key}", record ${index + 1}, is ${record}; ignored.`);
      if ('removed' in record && record.at < now - TOMBSTONE_MS) return;
      const seen = records.get(record.key);
      if (!seen || wins(record, seen)) records.set(record.key, record);
    });
  }
  return { records, ourKeys, ...(heldBack !== undefined && { heldBack }) };
}

/** Where a held-back mark says; undefined for anything else (or a moment not honest, or no key). */
function heldBackOf(wire: unknown, now: number): HeldBack | undefined {
  if (typeof wire !== 'object' || wire === null || Object.keys(wire).sort().join() !== 'h,k,v') return undefined;
  const { h, k, v } = wire as HeldBackMark;
  const at = momentOf(h, latestChange(now));
  return at === undefined || !isText(k, 202) || !isText(v, 7) ? undefined : { at, key: k, print: v };
}
