// The saves as sync carries them, read back with every field checked: what reads comes back exactly as it was
// written; what does not is refused with its reason, and warned of once, never applied.
import { describe, expect, it, vi } from 'vitest';
import type { Save } from '@/lib/model/save';
import {
  fromWire,
  recordOfRemoval,
  recordOfSave,
  recordOfTiming,
  toWire,
  wins,
  type SyncRecord,
} from '@/lib/saves/sync/records';
import { readSyncItems } from '@/lib/saves/sync/items';
import { TOMBSTONE_MS } from '@/lib/saves/tombstones';

const NOW = Date.UTC(2026, 11, 2);
const T = NOW - 3_600_000;
const save = (extra: Partial<Save> = {}): Save => ({
  quoteId: 'brk227/q1',
  talkId: 'brk227',
  savedAt: T,
  text: 'words said',
  speaker: 'Ion Stoica',
  talkTitle: 'A talk',
  videoId: 'QwC-J2KFTrM',
  start: 2481,
  changedAt: T,
  ...extra,
});
const wire = (record: SyncRecord) => JSON.parse(JSON.stringify(toWire(record))) as Record<string, unknown>;
const good = wire(recordOfSave(save()));
const timing = wire(recordOfTiming({ quoteId: 'brk227/q2', talkId: 'brk227', start: 1420, pinnedAt: T, changedAt: T }));
const removal = wire(recordOfRemoval({ key: 'f:brk227/q3', removedAt: T }));

describe('a record as sync carries it', () => {
  it('is written in its short form, with no field for what a save lacks', () => {
    expect(toWire(recordOfSave(save()))).toStrictEqual({
      f: 'brk227/q1',
      k: 'brk227',
      a: T.toString(36),
      s: T.toString(36),
      x: 'words said',
      p: 'Ion Stoica',
      n: 'A talk',
      v: 'QwC-J2KFTrM',
      t: 2481,
    });
    const noted = toWire(recordOfSave(save({ source: 'captions', speaker: '', note: 'ask', noteAt: T + 1 })));
    expect(noted).toMatchObject({ c: 1, o: 'ask', oa: (T + 1).toString(36) });
  });

  it('reads back as exactly what was written: a save, a noted caption line, a timing, a removal', () => {
    const records = [
      recordOfSave(save()),
      recordOfSave(save({ source: 'captions', speaker: '', note: 'ask', noteAt: T + 1, start: null })),
      recordOfTiming({ quoteId: 'brk227/q2', talkId: 'brk227', start: 1420, pinnedAt: T, changedAt: T }),
      recordOfRemoval({ key: 't:brk227/q3', removedAt: T }),
    ];
    for (const record of records) expect(fromWire(wire(record), NOW)).toStrictEqual(record);
  });

  it.each([
    ['not a record', [null, 'x', 42, [good]]],
    [
      'no honest time of change',
      [
        { ...good, a: undefined },
        { ...good, a: T },
        { ...good, a: 'ABC' },
        { ...good, a: '-1' },
        { ...good, a: 'abc!' },
        { ...good, a: '!abc' },
        { ...good, a: 'z'.repeat(12) },
        { ...good, a: (NOW + 86_400_001).toString(36) },
      ],
    ],
    [
      'a removal of nothing known',
      [
        { ...removal, r: 5 },
        { ...removal, r: '' },
        { ...removal, r: `f:${'x'.repeat(201)}` },
        { ...removal, r: 'x:abc' },
        { ...removal, r: 'xf:abc' },
        { ...removal, r: 'f:' },
      ],
    ],
    [
      'no talk',
      [
        { ...good, k: undefined },
        { ...good, k: '' },
        { ...good, k: 'k'.repeat(201) },
      ],
    ],
    [
      'a damaged save',
      [
        { ...good, t: 48 * 3600 },
        { ...good, o: '' },
        { ...good, c: 2 },
        { ...good, s: 'ABC' },
        { ...good, oa: '!' },
        { ...good, x: '' },
      ],
    ],
    [
      'a damaged timing',
      [
        { ...timing, t: 48 * 3600 },
        { ...timing, s: undefined },
        { ...timing, p: '' },
      ],
    ],
    ['of an unknown kind', [{ k: 'brk227', a: T.toString(36) }]],
  ])('is refused as %s', (reason, values) => {
    for (const value of values) expect(fromWire(value, NOW), JSON.stringify(value)).toBe(reason);
  });

  it("takes a change stamped up to a day ahead of this browser's clock, a start up to two days in, and a speakerless caption line", () => {
    expect(fromWire({ ...good, a: (NOW + 86_400_000).toString(36) }, NOW)).toHaveProperty('save');
    expect(fromWire({ ...good, t: 48 * 3600 - 1 }, NOW)).toHaveProperty('save');
    expect(fromWire({ ...timing, t: 48 * 3600 - 1 }, NOW)).toHaveProperty('timing');
    expect(fromWire({ ...good, c: 1, p: '' }, NOW)).toHaveProperty('save.source', 'captions');
    expect(fromWire({ ...good, k: 'k'.repeat(200) }, NOW)).toHaveProperty('save.talkId', 'k'.repeat(200));
    expect(fromWire({ ...removal, r: `f:${'x'.repeat(200)}` }, NOW)).toHaveProperty('removed', true);
  });
});

describe('the latest change of a key', () => {
  it('wins by its moment; at the same moment a save beats a removal, and of two saves one, whichever is asked', () => {
    const a = recordOfSave(save({ note: 'a' }));
    const b = recordOfSave(save({ note: 'b' }));
    const gone = recordOfRemoval({ key: a.key, removedAt: T });
    expect([wins(a, b), wins(b, a)].sort()).toEqual([false, true]);
    expect(wins(a, a)).toBe(false);
    expect([wins(a, gone), wins(gone, a)]).toEqual([true, false]);
    expect(wins(recordOfSave(save({ changedAt: T + 1 })), gone)).toBe(true);
    expect(wins(gone, recordOfSave(save({ changedAt: T - 1 })))).toBe(true);
  });
});

describe('reading what sync holds', () => {
  it('keeps the latest record of a key an item repeats, in whatever order', () => {
    const older = wire(recordOfSave(save({ note: 'older', noteAt: T, changedAt: T })));
    const newer = wire(recordOfSave(save({ note: 'newer', noteAt: T + 5, changedAt: T + 5 })));
    for (const order of [
      [older, newer],
      [newer, older],
    ])
      expect(readSyncItems({ 'tc1.0': order }, NOW).records.get('f:brk227/q1')).toHaveProperty('save.note', 'newer');
  });

  it('remembers a removal for 30 days', () => {
    const day = 86_400_000;
    const left = (age: number) =>
      readSyncItems({ 'tc1.0': [wire(recordOfRemoval({ key: 'f:x/y', removedAt: NOW - age }))] }, NOW).records.size;
    expect([left(29 * day), left(30 * day), left(30 * day + 1), left(31 * day)]).toEqual([1, 1, 0, 0]);
  });

  it('keeps a removal until exactly its days are up', () => {
    const at = (removedAt: number) =>
      readSyncItems({ 'tc1.0': [wire(recordOfRemoval({ key: 'f:x/y', removedAt }))] }, NOW).records.size;
    expect(at(NOW - TOMBSTONE_MS)).toBe(1);
    expect(at(NOW - TOMBSTONE_MS - 1)).toBe(0);
  });

  it("says which item and record it skipped and why, and leaves other versions' items and other keys alone", () => {
    const warn = vi.fn();
    readSyncItems(
      { 'tc1.0': [good, { ...good, k: '' }], 'tc1.1': 'not a list', 'tc12.0': [], 'xtc2.0': [], cardEnabled: false },
      NOW,
      warn,
    );
    expect(warn.mock.calls.map(([message]) => message)).toEqual([
      'Talk Companion: sync item "tc1.0", record 2, is no talk; ignored.',
      'Talk Companion: sync item "tc1.1" is not a list of saves; ignored.',
      'Talk Companion: sync item "tc12.0" is from another version of the extension; left alone.',
    ]);
  });
});
