// The saves as the browser's sync carries them: one record per save, own timing or removal, in a compact form
// (sync has 100 KB in all), read back with every field checked. Anything in sync may come from another version of
// the extension or a damaged profile: what does not read is skipped with a warning, never thrown, never applied.
import type { Save, OwnTiming, Tombstone } from '../../model/save';
import { isText, isWholeSave, isWholeTiming } from '../checks';
import { KIND, quoteIdOfKey, savedKey } from '../tombstones';

/** A save, a timing or a removal, by its key (a KIND's letter, ':', the quote id) and when it last changed. */
export type SyncRecord =
  | { key: string; at: number; save: Save }
  | { key: string; at: number; timing: OwnTiming }
  | { key: string; at: number; removed: true };

/**
 * How a record travels. Short names: every byte counts against the quota. Moments are milliseconds in base 36: Chrome
 * stores numbers past 2^31 as doubles and counts them as "1.796161898506e+12", so a number's size is not its length.
 */
export type WireRecord =
  // a save: quote, talk, changed, saved, text, speaker, title, video, start, captions?, note?, noted?
  | {
      f: string;
      k: string;
      a: string;
      s: string;
      x: string;
      p: string;
      n: string;
      v: string | null;
      t: number | null;
      c?: 1;
      o?: string;
      oa?: string;
    }
  // an own timing: quote, talk, changed, start, pinned
  | { p: string; k: string; a: string; t: number; s: string }
  // a removal: key, when
  | { r: string; a: string };

/** A moment as it travels (a save imported from a file may carry any number: it travels rounded, never negative). */
const moment = (ms: number) => Math.max(0, Math.round(ms)).toString(36);

/** Where a record stands in the order sync carries them (pack.ts): when it last changed, and its key. */
export interface Place {
  at: number;
  key: string;
}

/** The record held back: where it stands, and a print of its content (two browsers may hold different saves of one key made at one moment). */
export interface HeldBack extends Place {
  print: string;
}

/**
 * Sync is full, and the first record held back (by this browser, or as sync said, another) stands at `h` (when it last
 * changed), `k` (its key), its content printed as `v`: written beside the records in the first item. An older version
 * of the extension reads it as a record of an unknown kind, and skips it.
 */
export type HeldBackMark = { h: string; k: string; v: string };
export const heldBackMark = ({ at, key, print }: HeldBack): HeldBackMark => ({ h: moment(at), k: key, v: print });

/** A record's place and print, to say it is held back. */
export const heldBackAt = (record: SyncRecord): HeldBack => ({
  at: record.at,
  key: record.key,
  print: printOf(record),
});

/** A short print of a record's content (FNV-1a over its wire JSON, in base 36): equal records print alike. */
export function printOf(record: SyncRecord): string {
  let hash = 0x811c9dc5;
  for (const char of wireJson(record)) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash.toString(36);
}

export const recordOfSave = (save: Save): SyncRecord => ({
  key: savedKey(KIND.save, save.quoteId),
  at: save.changedAt,
  save,
});
export const recordOfTiming = (timing: OwnTiming): SyncRecord => ({
  key: savedKey(KIND.timing, timing.quoteId),
  at: timing.changedAt,
  timing,
});
export const recordOfRemoval = ({ key, removedAt }: Tombstone): SyncRecord => ({ key, at: removedAt, removed: true });

/** A record's wire form: made once per record (see `wired`), so never to be changed by its reader. */
export const toWire = (record: SyncRecord): WireRecord => wired(record).wire;

function wireOf(record: SyncRecord): WireRecord {
  if ('removed' in record) return { r: record.key, a: moment(record.at) };
  if ('timing' in record) {
    const { quoteId, talkId, changedAt, start, pinnedAt } = record.timing;
    return { p: quoteId, k: talkId, a: moment(changedAt), t: start, s: moment(pinnedAt) };
  }
  const f = record.save;
  return {
    f: f.quoteId,
    k: f.talkId,
    a: moment(f.changedAt),
    s: moment(f.savedAt),
    x: f.text,
    p: f.speaker,
    n: f.talkTitle,
    v: f.videoId,
    t: f.start,
    ...(f.source === 'captions' && { c: 1 as const }),
    ...(f.note !== undefined && { o: f.note }),
    ...(f.noteAt !== undefined && { oa: moment(f.noteAt) }),
  };
}

const wires = new WeakMap<SyncRecord, { wire: WireRecord; json: string }>();
/**
 * A record's wire form and its JSON, made once per record: a pass packs, measures, compares and checks each several
 * times. Records are never changed once made, so the first wire form stays true.
 */
function wired(record: SyncRecord): { wire: WireRecord; json: string } {
  let known = wires.get(record);
  if (known === undefined) {
    const wire = wireOf(record);
    wires.set(record, (known = { wire, json: JSON.stringify(wire) }));
  }
  return known;
}

/** A record's wire form as JSON. */
export const wireJson = (record: SyncRecord): string => wired(record).json;

/** A moment read back; `until`: the latest it may honestly be. */
export function momentOf(value: unknown, until = Infinity): number | undefined {
  if (typeof value !== 'string' || !/^[0-9a-z]{1,11}$/.test(value)) return undefined;
  const ms = parseInt(value, 36);
  return ms <= until ? ms : undefined;
}

/** A change stamped more than a day ahead of this browser's clock would win every merge from now on: not honest. */
export const latestChange = (now: number) => now + 24 * 60 * 60 * 1000;
/** A start sync carries is within two days: the save's own checks have made it a number of seconds already. */
const MAX_START = 48 * 3600;

/** The record a wire record stands for, or why it cannot be one. */
export function fromWire(value: unknown, now: number): SyncRecord | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a record';
  const w = value as Record<string, unknown>;
  const at = momentOf(w.a, latestChange(now));
  if (at === undefined) return 'no honest time of change';
  if ('r' in w) {
    if (!isText(w.r, 202) || !Object.values(KIND).some((kind) => quoteIdOfKey(kind, w.r as string)))
      return 'a removal of nothing known';
    return { key: w.r, at, removed: true };
  }
  if (!isText(w.k, 200)) return 'no talk';
  // A save on the wire carries its quote id as `f`, its kind's letter.
  if (KIND.save in w) {
    const noteAt = momentOf(w.oa);
    const save = {
      quoteId: w.f,
      talkId: w.k,
      savedAt: momentOf(w.s),
      text: w.x,
      speaker: w.p,
      talkTitle: w.n,
      videoId: w.v,
      start: w.t,
      ...(w.c !== undefined && { source: w.c === 1 ? 'captions' : w.c }),
      ...(w.o !== undefined && { note: w.o }),
      ...(w.oa !== undefined && { noteAt }),
    };
    // An empty note is no note: it never travels. A note's moment that does not read damages the save.
    if (
      !isWholeSave(save) ||
      (save.start ?? 0) >= MAX_START ||
      save.note === '' ||
      (w.oa !== undefined && noteAt === undefined)
    )
      return 'a damaged save';
    return recordOfSave({ ...save, changedAt: at });
  }
  if ('p' in w) {
    const timing = { quoteId: w.p, talkId: w.k, start: w.t, pinnedAt: momentOf(w.s) };
    if (!isWholeTiming(timing) || timing.start >= MAX_START) return 'a damaged timing';
    return recordOfTiming({ ...timing, changedAt: at });
  }
  return 'of an unknown kind';
}

/**
 * Whether a record here reads back from sync as itself. One that would not (an imported save with a start past 48 h,
 * say) stays in this browser: written, it would read as damaged, and be written again and again.
 */
export const travels = (record: SyncRecord, now: number): boolean =>
  Math.max(0, Math.round(record.at)) <= latestChange(now) && readsBackAsItself(wireJson(record));

/** Whether a wire record reads back as itself, its moment of change aside (travels): known once per wire record. */
const readBack = new Map<string, boolean>();
function readsBackAsItself(json: string): boolean {
  let known = readBack.get(json);
  if (known === undefined) {
    const back = fromWire(JSON.parse(json), Infinity);
    known = typeof back !== 'string' && wireJson(back) === json;
    // A worker's pass after pass meets the same records: remembered, within bounds.
    if (readBack.size >= 5_000) readBack.clear();
    readBack.set(json, known);
  }
  return known;
}

/** Whether a save or timing at `a` comes before one at `b` in the order sync carries them: newer first, then by key. */
export const comesFirst = (a: Place, b: Place) => a.at > b.at || (a.at === b.at && a.key < b.key);

/** The same record, byte for byte, as sync would carry it: two browsers that agree write nothing. */
export function sameRecord(a: SyncRecord, b: SyncRecord): boolean {
  // Wire records are flat (text, numbers, null): field by field, without writing out their JSON.
  const [x, y] = [toWire(a), toWire(b)] as Record<string, unknown>[];
  const keys = Object.keys(x!);
  return keys.length === Object.keys(y!).length && keys.every((key) => x![key] === y![key]);
}

/**
 * The one merge rule: the later change wins; at the same moment a save beats a removal (nothing is lost on a tie), and
 * two different saves are ordered by their content, so every browser picks the same one.
 */
export function wins(candidate: SyncRecord, current: SyncRecord): boolean {
  if (candidate.at !== current.at) return candidate.at > current.at;
  const removed = (record: SyncRecord) => 'removed' in record;
  if (removed(candidate) !== removed(current)) return removed(current);
  return !sameRecord(candidate, current) && wireJson(candidate) > wireJson(current);
}
