// Merging the saves another browser put in sync with the saves here: for each save, timing or removal the later change
// wins (records.ts `wins`). Pure, so the database side (local.ts) and the simulation of many browsers run the same rule.
import type { OwnTiming, Save, Tombstone } from '../../model/save';
import { KIND, quoteIdOfKey, TOMBSTONE_MS, type SavedKind } from '../tombstones';
import { recordOfRemoval, recordOfSave, recordOfTiming, wins, type SyncRecord } from './records';

/** What a browser holds of the user's saves: its tables. */
export interface LocalSaves {
  saves: Save[];
  timings: OwnTiming[];
  tombstones: Tombstone[];
}

/** This browser's saves as records, one per key: a removal stands only while it is newer than a save of the same key. */
export function localRecords({ saves, timings, tombstones }: LocalSaves, now: number): Map<string, SyncRecord> {
  const records = new Map<string, SyncRecord>();
  const offer = (record: SyncRecord) => {
    const seen = records.get(record.key);
    if (!seen || wins(record, seen)) records.set(record.key, record);
  };
  saves.map(recordOfSave).forEach(offer);
  timings.map(recordOfTiming).forEach(offer);
  tombstones
    .filter((tombstone) => !expired(tombstone, now))
    .map(recordOfRemoval)
    .forEach(offer);
  return records;
}

/** A removal is remembered for TOMBSTONE_MS, then forgotten. */
const expired = (tombstone: Tombstone, now: number) => tombstone.removedAt < now - TOMBSTONE_MS;

/**
 * What arriving records change here: those that beat what this browser holds for their key. A removal of something
 * not here is kept too, so an older copy arriving later stays out.
 */
export function recordsToApply(local: ReadonlyMap<string, SyncRecord>, arriving: Iterable<SyncRecord>): SyncRecord[] {
  // The latest of each key: what arrives is read per key already (readSyncItems), but the rule must not depend on it.
  const latest = new Map<string, SyncRecord>();
  for (const record of arriving) {
    const seen = latest.get(record.key);
    if (!seen || wins(record, seen)) latest.set(record.key, record);
  }
  return [...latest.values()].filter((record) => {
    const here = local.get(record.key);
    return !here || wins(record, here);
  });
}

/** The writes that apply arriving records to a browser's tables, expired removals forgotten on the way. */
export interface MergePlan {
  putSaves: Save[];
  putTimings: OwnTiming[];
  deleteSaves: string[];
  deleteTimings: string[];
  putTombstones: Tombstone[];
  forgetTombstones: string[];
  /** How many arriving records changed something. */
  changed: number;
}

/**
 * A save new here was saved in another browser, and its slide stayed there: so marked, on the save itself (a row of
 * its own per save would be a request more each in the merge's transaction). A save held here keeps what it was.
 */
const slidePlaced = (save: Save, held: Save | undefined): Save =>
  (held ? held.slideElsewhere : true) ? { ...save, slideElsewhere: true } : save;

export function planMerge(local: LocalSaves, arriving: Iterable<SyncRecord>, now: number): MergePlan {
  // A removal past its days is forgotten here as in sync (readSyncItems): it keeps nothing out any more.
  const current = [...arriving].filter(
    (record) => !('removed' in record && expired({ key: record.key, removedAt: record.at }, now)),
  );
  const changes = recordsToApply(localRecords(local, now), current);
  const removals = changes.filter((record) => 'removed' in record);
  const removedIds = (kind: SavedKind) => removals.flatMap((record) => quoteIdOfKey(kind, record.key) ?? []);
  const keptKeys = new Set(changes.filter((record) => !('removed' in record)).map((record) => record.key));
  const held = new Map(local.saves.map((save) => [save.quoteId, save]));
  return {
    putSaves: changes.flatMap((record) =>
      'save' in record ? [slidePlaced(record.save, held.get(record.save.quoteId))] : [],
    ),
    putTimings: changes.flatMap((record) => ('timing' in record ? [record.timing] : [])),
    deleteSaves: removedIds(KIND.save),
    deleteTimings: removedIds(KIND.timing),
    putTombstones: removals.map((record) => ({ key: record.key, removedAt: record.at })),
    // A save arriving undoes the removal here; an expired removal is forgotten. Only removals held here: a delete of a
    // key not held still costs a request.
    forgetTombstones: local.tombstones
      .filter((tombstone) => expired(tombstone, now) || keptKeys.has(tombstone.key))
      .map((tombstone) => tombstone.key),
    changed: changes.length,
  };
}
