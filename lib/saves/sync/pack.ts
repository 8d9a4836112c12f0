// Packing records into the browser's sync items within its limits: several saves per item, removals first, then the
// saves newest first, as many as fit. What does not fit stays in this browser only; nothing is cut. When sync is full,
// the pack says so: it carries where the first record it held back stands in that order (`heldBack`), and a browser
// that does not hold that record carries nothing from there on, so two browsers holding different saves agree on what
// sync carries instead of overwriting each other's writes for ever.
import {
  comesFirst,
  heldBackAt,
  heldBackMark,
  printOf,
  toWire,
  wireJson,
  type HeldBack,
  type HeldBackMark,
  type SyncRecord,
  type WireRecord,
} from './records';
import { ITEM_PREFIX } from './items';

export interface SyncLimits {
  totalBytes: number;
  itemBytes: number;
  items: number;
}

/** Chrome's `storage.sync` limits (Firefox's are the same). */
export const BROWSER_LIMITS: SyncLimits = { totalBytes: 102_400, itemBytes: 8_192, items: 512 };

/** Bytes a key counts for: its length in UTF-8. */
export const keyBytes = (key: string): number => utf8Bytes(key, false);

/**
 * Bytes a value counts for against the quota: its JSON in UTF-8, as the browser counts it (a text, with its quotes).
 * Chrome's JSON writer spells `<`, U+2028 and U+2029 as six-byte escapes, so they are counted as such.
 */
export const quotaBytes = (value: unknown): number => utf8Bytes(JSON.stringify(value), true);

/**
 * A text's length in UTF-8, counted without encoding it (a pass measures every record it packs, many times); with
 * `escapes`, Chrome's six-byte escapes counted in.
 */
function utf8Bytes(text: string, escapes: boolean): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (escapes && (code === 0x3c || code === 0x2028 || code === 0x2029)) bytes += 6;
    else if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A pair of surrogates is one character of four bytes; a lone one is written as U+FFFD, three bytes.
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const sizes = new WeakMap<SyncRecord, number>();
/** Bytes a record counts for in an item: measured once per record, as a pass packs the same ones again and again. */
function recordBytes(record: SyncRecord): number {
  let bytes = sizes.get(record);
  if (bytes === undefined) sizes.set(record, (bytes = utf8Bytes(wireJson(record), true)));
  return bytes;
}

export interface Packed {
  /** Item key → its records, oldest first, so a new save usually changes only the last item. */
  items: Record<string, (WireRecord | HeldBackMark)[]>;
  /** The records sync carries. */
  carried: SyncRecord[];
  /** The first record held back (here or, as sync said, in another browser); absent when none is. */
  heldBack?: HeldBack;
}

/** Removals first (they are small, and without them a removal would come back), then newest first. */
function byPriority(a: SyncRecord, b: SyncRecord): number {
  const removal = (record: SyncRecord) => ('removed' in record ? 0 : 1);
  return removal(a) - removal(b) || b.at - a.at || (a.key < b.key ? -1 : 1);
}

/** Oldest first; at the same moment the priority order (by key) stands, the sort being stable. */
const oldestFirst = (a: Sized, b: Sized) => a.record!.at - b.record!.at;

interface Sized {
  record?: SyncRecord;
  wire: WireRecord | HeldBackMark;
  bytes: number;
}

const removed = (record: SyncRecord) => 'removed' in record;

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
    // `[` + records joined by `,` + `]`
    const grown =
      current.length === 0
        ? keyBytes(`${ITEM_PREFIX}${items.length}`) + 2 + entry.bytes
        : currentBytes + 1 + entry.bytes;
    if (grown <= limits.itemBytes) {
      current.push(entry);
      currentBytes = grown;
      continue;
    }
    close();
    current = [entry];
    currentBytes = keyBytes(`${ITEM_PREFIX}${items.length}`) + 2 + entry.bytes;
  }
  close();
  return items.length <= limits.items && total <= limits.totalBytes ? items : undefined;
}

/**
 * The most records, in priority order, that fit within `limits`, packed into items. `heldBack`: the first save held
 * back, as sync said: none from where it stands on is carried unless this browser holds that save, or a later change
 * to it (then it decides afresh whether it fits now).
 */
export function packRecords(
  records: Iterable<SyncRecord>,
  limits: SyncLimits = BROWSER_LIMITS,
  heldBack?: HeldBack,
): Packed {
  const longestItemKey = keyBytes(`${ITEM_PREFIX}${limits.items}`);
  const candidates = [...records]
    .sort(byPriority)
    .map((record): Sized => ({ record, wire: toWire(record), bytes: recordBytes(record) }))
    // One record too large for an item on its own (a long quote with a long note in a wide script) stays here.
    .filter((entry) => longestItemKey + 2 + entry.bytes <= limits.itemBytes);
  const saves = candidates.filter((entry) => !removed(entry.record!));
  // The browser holding the record held back (that very record: another save of its key made at the same moment is
  // not it) decides afresh whether it fits now; so does one holding a later change to it (a save, or its removal): the
  // record held back is no more, and with no one to hold it the cut would stand for ever.
  const holder =
    heldBack &&
    candidates.some(
      ({ record }) =>
        record!.key === heldBack.key &&
        (record!.at > heldBack.at || (record!.at === heldBack.at && printOf(record!) === heldBack.print)),
    );
  const cut = holder ? undefined : heldBack;
  // Nothing from the cut on: the records before it, in priority order, are all that may go.
  const fromCut = cut ? candidates.findIndex(({ record }) => !removed(record!) && !comesFirst(record!, cut)) : -1;
  const allowed = fromCut < 0 ? candidates.length : fromCut;
  // Room for the mark, as large as it could be: the latest moment spelt in full, and the longest key it could name.
  const longest = [cut?.key ?? '', ...saves.map(({ record }) => record!.key)].reduce((a, b) =>
    b.length > a.length ? b : a,
  );
  const room: Sized = {
    wire: heldBackMark({ at: 36 ** 9 - 1, key: longest, print: (2 ** 32 - 1).toString(36) }),
    bytes: 0,
  };
  room.bytes = quotaBytes(room.wire);
  const packedWith = (count: number, mark: boolean) =>
    fill([...(mark ? [room] : []), ...candidates.slice(0, count).sort(oldestFirst)], limits);
  let count = allowed;
  // Everything allowed fits, else the largest count that fits with the mark. While sync carries a mark, room for one
  // is kept even by the browser deciding afresh: it may hold nothing more, but another browser does (the mark said so),
  // and without that room the two would fit one save more and one save less, in turn, for ever.
  let items = packedWith(count, heldBack !== undefined);
  if (!items) {
    let [low, high] = [0, allowed - 1];
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (packedWith(middle, true)) low = middle;
      else high = middle - 1;
    }
    count = low;
    items = packedWith(count, true) ?? [];
  }
  // The first save not carried: held back here, or as sync said, elsewhere (whichever comes first).
  const first = count < allowed ? candidates.slice(count).find(({ record }) => !removed(record!))?.record : undefined;
  const left = first && heldBackAt(first);
  const held = left && cut ? (comesFirst(left, cut) ? left : cut) : (left ?? cut);
  // The room kept for a mark holds one only where something was held back.
  const packed = items
    .map((entries) => entries.flatMap((entry) => (entry !== room ? [entry.wire] : held ? [heldBackMark(held)] : [])))
    .filter((wires) => wires.length > 0);
  // Said only where it is written: with no room even for the mark, nothing is carried by anyone.
  const marked = held !== undefined && items.some((entries) => entries.includes(room));
  return {
    items: Object.fromEntries(packed.map((wires, index) => [`${ITEM_PREFIX}${index}`, wires])),
    carried: items.flat().flatMap((entry) => (entry.record ? [entry.record] : [])),
    ...(marked && { heldBack: held }),
  };
}
