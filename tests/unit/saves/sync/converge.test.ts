// The merge of the saves across browsers, specified as properties (fast-check): for random histories of changes in
// three browsers, delivered late, in any order, in part or twice, with faults on the way, every browser ends with the
// same saves and none whose latest change is an add is lost. A removal is kept out for TOMBSTONE_MS, then forgotten:
// the one stated exception is that a browser offline longer than that may bring back an older copy of the save.
// `npm run simulate` runs the same at a larger size.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { OwnTiming, Save, Tombstone } from '@/lib/model/save';
import { localRecords, planMerge, type LocalSaves } from '@/lib/saves/sync/merge';
import { recordOfRemoval, recordOfSave, recordOfTiming, toWire, type SyncRecord } from '@/lib/saves/sync/records';
import { TOMBSTONE_MS } from '@/lib/saves/tombstones';
import { historyArbitrary, QUOTES, runHistory } from '../../../sim/browsers';

const NOW = Date.UTC(2026, 11, 1);
// Whole days back, some past the tombstones' 30: changes of one key often share a moment, as the tie rule needs.
const at = fc.integer({ min: 0, max: 40 }).map((days) => NOW - days * 86_400_000);
const quoteId = fc.constantFrom(...QUOTES);
const save = fc
  .record({ quoteId, at, note: fc.option(fc.constantFrom('a', 'b'), { nil: undefined }) })
  .map(({ quoteId, at, note }): Save => ({
    quoteId,
    talkId: 't',
    savedAt: at,
    text: `words of ${quoteId}`,
    speaker: 'Ion Stoica',
    talkTitle: 'T',
    videoId: null,
    start: null,
    changedAt: at,
    ...(note && { note, noteAt: at }),
  }));
const timing = fc
  .record({ quoteId, at, start: fc.nat(2800) })
  .map(({ quoteId, at, start }): OwnTiming => ({ quoteId, talkId: 't', start, pinnedAt: at, changedAt: at }));
const removal = fc
  .record({ kind: fc.constantFrom('f', 't'), quoteId, at })
  .map(({ kind, quoteId, at }): Tombstone => ({ key: `${kind}:${quoteId}`, removedAt: at }));
const record: fc.Arbitrary<SyncRecord> = fc.oneof(
  save.map(recordOfSave),
  timing.map(recordOfTiming),
  removal.map(recordOfRemoval),
);
const unique = <T>(rows: T[], key: (row: T) => string) => [...new Map(rows.map((row) => [key(row), row])).values()];
const tables: fc.Arbitrary<LocalSaves> = fc.record({
  saves: fc.array(save).map((rows) => unique(rows, (row) => row.quoteId)),
  timings: fc.array(timing).map((rows) => unique(rows, (row) => row.quoteId)),
  tombstones: fc.array(removal).map((rows) => unique(rows, (row) => row.key)),
});

/** A browser's tables after a merge plan is carried out, as its database would hold them. */
function merged(local: LocalSaves, arriving: SyncRecord[], now = NOW): LocalSaves {
  const plan = planMerge(local, arriving, now);
  const keep = <T extends { quoteId: string }>(rows: T[], put: T[], gone: string[]) => [
    ...rows.filter((row) => !gone.includes(row.quoteId) && !put.some((p) => p.quoteId === row.quoteId)),
    ...put,
  ];
  return {
    saves: keep(local.saves, plan.putSaves, plan.deleteSaves),
    timings: keep(local.timings, plan.putTimings, plan.deleteTimings),
    tombstones: [
      ...local.tombstones.filter(
        (t) => !plan.forgetTombstones.includes(t.key) && !plan.putTombstones.some((p) => p.key === t.key),
      ),
      ...plan.putTombstones,
    ],
  };
}
/** What the tables stand for, as records, in one order. */
const held = (local: LocalSaves) =>
  [...localRecords(local, NOW)].sort(([a], [b]) => a.localeCompare(b)).map(([, value]) => toWire(value));

describe('merging what another browser put in sync', () => {
  test.prop([tables, fc.array(record)])(
    'is idempotent: the same records arriving twice change nothing more',
    (local, arriving) => {
      const once = merged(local, arriving);
      expect(held(merged(once, arriving))).toEqual(held(once));
    },
  );

  test.prop([tables, fc.array(record), fc.array(record)])(
    'does not depend on the order of delivery',
    (local, first, second) => {
      expect(held(merged(merged(local, first), second))).toEqual(held(merged(merged(local, second), first)));
    },
  );

  test.prop([tables, fc.array(record)])(
    'never drops a save that is the latest change of its key',
    (local, arriving) => {
      const after = held(merged(local, arriving));
      const all = [...localRecords(local, NOW).values(), ...arriving];
      for (const candidate of all.filter((r) => 'save' in r || 'timing' in r)) {
        const newer = all.some(
          (other) =>
            other.key === candidate.key &&
            (other.at > candidate.at ||
              (other.at === candidate.at &&
                JSON.stringify(toWire(other)) > JSON.stringify(toWire(candidate)) &&
                !('removed' in other))),
        );
        if (!newer) expect(after).toContainEqual(toWire(candidate));
      }
    },
  );

  test.prop([save, fc.integer({ min: 1, max: 10 })])(
    'forgets a removal after the tombstone days: an older copy arriving then comes back (the stated exception)',
    (copy, daysPast) => {
      const removedAt = copy.changedAt + 1;
      const local: LocalSaves = { saves: [], timings: [], tombstones: [{ key: `f:${copy.quoteId}`, removedAt }] };
      expect(held(merged(local, [recordOfSave(copy)], removedAt + TOMBSTONE_MS - 1))).toEqual(
        [toWire(recordOfRemoval({ key: `f:${copy.quoteId}`, removedAt }))].filter(
          () => removedAt >= NOW - TOMBSTONE_MS,
        ),
      );
      const later = merged(local, [recordOfSave(copy)], removedAt + TOMBSTONE_MS + daysPast * 86_400_000);
      expect(later.saves.map((row) => row.quoteId)).toEqual([copy.quoteId]);
    },
  );
});

describe('the plan of a merge', () => {
  const q = (n: number) => `q${n}`;
  const stored = (n: number, at: number): Save => ({
    quoteId: q(n),
    talkId: 't',
    savedAt: at,
    text: 'words',
    speaker: 'Ion Stoica',
    talkTitle: 'T',
    videoId: null,
    start: null,
    changedAt: at,
  });

  it('writes exactly what the arriving records change, and forgets the removals they undo and those past their days', () => {
    const local: LocalSaves = {
      saves: [stored(1, NOW - 10), stored(2, NOW - 10)],
      timings: [{ quoteId: q(3), talkId: 't', start: 5, pinnedAt: NOW - 10, changedAt: NOW - 10 }],
      tombstones: [
        { key: 'f:q4', removedAt: NOW - 10 },
        { key: 'f:q9', removedAt: NOW - TOMBSTONE_MS - 1 },
        { key: 't:q8', removedAt: NOW - TOMBSTONE_MS },
      ],
    };
    const plan = planMerge(
      local,
      [
        recordOfRemoval({ key: 'f:q1', removedAt: NOW - 5 }),
        recordOfRemoval({ key: 't:q3', removedAt: NOW - 5 }),
        recordOfSave(stored(4, NOW - 5)),
        recordOfTiming({ quoteId: q(5), talkId: 't', start: 9, pinnedAt: NOW - 5, changedAt: NOW - 5 }),
        recordOfSave(stored(2, NOW - 20)), // older than what is here: changes nothing
      ],
      NOW,
    );
    expect(plan).toEqual({
      putSaves: [stored(4, NOW - 5)],
      putTimings: [{ quoteId: q(5), talkId: 't', start: 9, pinnedAt: NOW - 5, changedAt: NOW - 5 }],
      deleteSaves: [q(1)],
      deleteTimings: [q(3)],
      putTombstones: [
        { key: 'f:q1', removedAt: NOW - 5 },
        { key: 't:q3', removedAt: NOW - 5 },
      ],
      forgetTombstones: ['f:q9', 'f:q4', 't:q5'],
      changed: 4,
    });
  });

  it('keeps a removal exactly its days old, and applies none arriving past them', () => {
    const local: LocalSaves = {
      saves: [stored(1, NOW - TOMBSTONE_MS - 10)],
      timings: [],
      tombstones: [{ key: 'f:q2', removedAt: NOW - TOMBSTONE_MS }],
    };
    const plan = planMerge(
      local,
      [
        recordOfSave(stored(2, NOW - TOMBSTONE_MS - 5)),
        recordOfRemoval({ key: 'f:q1', removedAt: NOW - TOMBSTONE_MS - 1 }),
      ],
      NOW,
    );
    expect(plan).toMatchObject({ putSaves: [], deleteSaves: [], putTombstones: [], forgetTombstones: [], changed: 0 });
  });
});

describe('three browsers sharing their saves through sync', () => {
  // About 300 histories: a few seconds. `npm run simulate` runs 10,000.
  test.prop([historyArbitrary()], { numRuns: 300 })(
    'end with the same saves, none whose latest change is an add lost, no removal undone within its days',
    async (history) => {
      const outcome = await runHistory(history);
      expect(outcome).toMatchObject({ diverged: false, lost: [], revived: [] });
    },
  );
});
