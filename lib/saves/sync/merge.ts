// Merging the saves another browser put in sync with the saves here: for each save, timing or removal the later change
// wins (records.ts `wins`). Pure: the database side is local.ts.
import type { Save, OwnTiming, Tombstone } from '../../db/database';
import { TOMBSTONE_MS } from '../tombstones';
import { recordOfSave, recordOfRemoval, recordOfTiming, wins, type SyncRecord } from './records';

/** This browser's saves as records, one per key: a removal stands only while it is newer than a save of the same key. */
export function localRecords(saves: Save[], timings: OwnTiming[], tombstones: Tombstone[], now: number): Map<string, SyncRecord> {
  const records = new Map<string, SyncRecord>();
  const offer = (record: SyncRecord) => {
    const seen = records.get(record.key);
    if (!seen || wins(record, seen)) records.set(record.key, record);
  };
  saves.map(recordOfSave).forEach(offer);
  timings.map(recordOfTiming).forEach(offer);
  tombstones.filter((tombstone) => tombstone.removedAt >= now - TOMBSTONE_MS).map(recordOfRemoval).forEach(offer);
  return records;
}

/**
 * What arriving records change here: those that beat what this browser holds for their key. A removal of something
 * not here is kept too, so an older copy arriving later stays out.
 */
export function recordsToApply(local: ReadonlyMap<string, SyncRecord>, arriving: Iterable<SyncRecord>): SyncRecord[] {
  return [...arriving].filter((record) => {
    const here = local.get(record.key);
    return !here || wins(record, here);
  });
}
