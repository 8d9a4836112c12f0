// Packing the saves into the browser's sync items, within its limits, and reading them back whatever sync holds.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it, vi } from 'vitest';
import type { Save } from '@/lib/model/save';
import { BROWSER_LIMITS, packRecords, quotaBytes } from '@/lib/saves/sync/pack';
import {
  fromWire,
  readSyncItems,
  travels,
  recordOfSave,
  recordOfRemoval,
  recordOfTiming,
  toWire,
  type SyncRecord,
} from '@/lib/saves/sync/records';

/** A fixed now: no test here reads the real clock. */
const NOW = Date.UTC(2026, 11, 5, 12);
const T = NOW - 3_600_000;
const talkTitle = 'Distributed systems to AI platforms with Mark Russinovich & Ion Stoica';

/** The n-th line of the captions saved, as the 700-line import makes them. */
const line = (n: number, extra: Partial<Save> = {}): SyncRecord =>
  recordOfSave({
    quoteId: `brk227-2026/captions/QwC-J2KFTrM@${n * 30}`,
    talkId: 'brk227-2026',
    savedAt: T + n,
    changedAt: T + n,
    text: `line ${n} of the talk, as the automatic captions heard it`,
    speaker: '',
    talkTitle,
    videoId: 'QwC-J2KFTrM',
    start: n * 3,
    source: 'captions',
    ...extra,
  });

const itemBytes = (key: string, value: unknown) => quotaBytes(key) + quotaBytes(value);
const lines = (count: number) => Array.from({ length: count }, (_, n) => line(n));

describe('packing into sync', () => {
  it('keeps every item under 8 KB and the whole under 100 KB, carrying the newest saves when not all fit', () => {
    const { items, carried } = packRecords(lines(700));
    const sizes = Object.entries(items).map(([key, value]) => itemBytes(key, value));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(BROWSER_LIMITS.itemBytes);
    expect(sizes.reduce((a, b) => a + b)).toBeLessThanOrEqual(BROWSER_LIMITS.totalBytes);
    expect(sizes.reduce((a, b) => a + b)).toBeGreaterThan(BROWSER_LIMITS.totalBytes - 400); // full, not half-used
    expect(Object.keys(items).length).toBeLessThanOrEqual(BROWSER_LIMITS.items);
    expect(carried.length).toBeGreaterThan(200);
    expect(carried.length).toBeLessThan(700);
    const oldestCarried = Math.min(...carried.map((record) => record.at));
    expect(oldestCarried).toBe(T + 700 - carried.length); // exactly the newest ones
  });

  it('packs several saves per item and carries them all while they fit', () => {
    const { items, carried } = packRecords(lines(50));
    expect(carried).toHaveLength(50);
    expect(Object.keys(items).length).toBeLessThan(10);
  });

  it('carries removals before saves: a removal that did not travel would let the save come back', () => {
    const removals = Array.from({ length: 20 }, (_, n) => recordOfRemoval({ key: `f:gone/${n}`, removedAt: T - 100 }));
    const { carried } = packRecords([...lines(700), ...removals]);
    expect(carried.filter((record) => 'removed' in record)).toHaveLength(20);
  });

  it('counts what Chrome escapes: a note of "<" takes six bytes a character', () => {
    expect(quotaBytes('<<')).toBe(quotaBytes('ab') + 10);
    const note = '<'.repeat(1500); // 1.5 K characters, 9 KB as Chrome writes them
    const { carried } = packRecords([line(1, { note, noteAt: T })]);
    expect(carried).toHaveLength(0); // it fits no item: it stays here, and is not cut
  });

  it('changes only the last item when one more save is made', () => {
    const before = packRecords(lines(300)).items;
    const after = packRecords([...lines(300), line(300)]).items;
    const changed = Object.keys(after).filter((key) => JSON.stringify(after[key]) !== JSON.stringify(before[key]));
    expect(changed).toEqual([Object.keys(after).at(-1)]);
  });

  it('leaves room for what other keys take', () => {
    const { items } = packRecords(lines(700), { ...BROWSER_LIMITS, totalBytes: 50_000 });
    expect(Object.entries(items).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0)).toBeLessThanOrEqual(
      50_000,
    );
  });
});

describe('packing, byte for byte', () => {
  const limits = { totalBytes: 2_000, itemBytes: 600, items: 3 };
  const bytesOf = (key: string, value: unknown) => quotaBytes(key) + quotaBytes(value);

  it("counts a key as its characters and a value as its JSON, Chrome's escapes included", () => {
    expect(quotaBytes('tc1.0')).toBe(5);
    expect(quotaBytes(['a<b\u2028'])).toBe(2 + 2 + 1 + 6 + 1 + 6);
    expect(quotaBytes('é')).toBe(2);
  });

  test.prop([
    fc.array(fc.record({ n: fc.nat(40), at: fc.nat(5), note: fc.string({ maxLength: 120 }) }), { maxLength: 40 }),
  ])(
    'fills items to their limit and no further, carries the first records by priority that fit, and nothing when there is nothing',
    (rows) => {
      const records = [
        ...new Map(
          rows.map(({ n, at, note }) => [n, line(n, { changedAt: T + at, ...(note && { note, noteAt: T }) })]),
        ).values(),
      ];
      const { items, carried } = packRecords(records, limits);
      const keys = Object.keys(items);
      expect(keys).toEqual(keys.map((_, index) => `tc1.${index}`));
      expect(keys.length).toBeLessThanOrEqual(limits.items);
      const sizes = keys.map((key) => bytesOf(key, items[key]));
      for (const size of sizes) expect(size).toBeLessThanOrEqual(limits.itemBytes);
      expect(sizes.reduce((sum, size) => sum + size, 0)).toBeLessThanOrEqual(limits.totalBytes);
      for (const key of keys) expect(items[key]!.length).toBeGreaterThan(0);
      // Greedy within the order: the next item's first record would not have fitted in the one before.
      keys.slice(1).forEach((key, index) => {
        const before = keys[index]!;
        expect(bytesOf(before, [...items[before]!, items[key]![0]])).toBeGreaterThan(limits.itemBytes);
      });
      // Maximal: the carried ones are the first by priority, and one more would not fit.
      const order = [...records].sort((a, b) => b.at - a.at || (a.key < b.key ? -1 : 1));
      expect(carried.map((record) => record.key).sort()).toEqual(
        order
          .slice(0, carried.length)
          .map((record) => record.key)
          .sort(),
      );
      if (carried.length < records.length)
        expect(packRecords(order.slice(0, carried.length + 1), limits).carried.length).toBeLessThan(carried.length + 1);
    },
  );

  it('within an item, puts the oldest first and, at the same moment, by key', () => {
    const { items } = packRecords(
      [5, 4, 3, 2, 1].map((n) => line(n, { changedAt: T })).concat(line(6, { changedAt: T + 1 })),
    );
    // Keys compare as text: @120 (4), @150 (5), @30 (1), @60 (2), @90 (3); the later @180 (6) last.
    expect(items['tc1.0']!.map((wire) => (wire as { f: string }).f)).toEqual(
      [4, 5, 1, 2, 3, 6].map((n) => `brk227-2026/captions/QwC-J2KFTrM@${n * 30}`),
    );
  });

  it('carries, of saves made at the same moment, those first by key when not all fit', () => {
    const same = [5, 3, 4, 1, 2].map((n) => line(n, { changedAt: T, note: 'x'.repeat(200), noteAt: T }));
    const { carried } = packRecords(same, { totalBytes: 1_300, itemBytes: 8_192, items: 512 });
    expect(carried.length).toBeGreaterThan(0);
    expect(carried.length).toBeLessThan(same.length);
    expect(carried.map((record) => record.key).sort()).toEqual(
      same
        .map((record) => record.key)
        .sort()
        .slice(0, carried.length),
    );
  });

  it('uses every item and every byte it is allowed, and not one more', () => {
    const two = [line(1), line(2)];
    const each = itemBytes('tc1.0', [toWire(two[0]!)]);
    const limits = { totalBytes: 2 * each, itemBytes: each, items: 2 };
    expect(packRecords(two, limits).carried).toHaveLength(2);
    expect(packRecords(two, { ...limits, items: 1 }).carried).toHaveLength(1);
    expect(packRecords(two, { ...limits, totalBytes: 2 * each - 1 }).carried).toHaveLength(1);
  });

  it('carries a record that fills an item exactly, and none that is a byte too large', () => {
    const one = line(1);
    const exact = bytesOf('tc1.512', [toWire(one)]);
    expect(packRecords([one], { totalBytes: 100_000, itemBytes: exact, items: 512 }).carried).toHaveLength(1);
    expect(packRecords([one], { totalBytes: 100_000, itemBytes: exact - 1, items: 512 }).carried).toHaveLength(0);
  });

  it('packs nothing into no item, and nothing when other keys already take all of sync', () => {
    expect(packRecords([])).toEqual({ items: {}, carried: [] });
    expect(packRecords([line(1)], { ...BROWSER_LIMITS, totalBytes: -10 })).toEqual({ items: {}, carried: [] });
  });
});

describe('reading what sync holds', () => {
  it('reads back every kind of record as it was written', () => {
    const records = [
      line(1, { note: 'Ask about locality', noteAt: T + 5 }),
      recordOfSave({
        quoteId: 'brk227-2026/q1',
        talkId: 'brk227-2026',
        savedAt: T,
        changedAt: T,
        text: 'I think that in theoretical…',
        speaker: 'Ion Stoica',
        talkTitle,
        videoId: null,
        start: null,
      }),
      recordOfTiming({ quoteId: 'brk227-2026/q2', talkId: 'brk227-2026', start: 1420, pinnedAt: T, changedAt: T }),
      recordOfRemoval({ key: 'f:brk227-2026/q3', removedAt: T }),
    ];
    expect(records.map((record) => fromWire(JSON.parse(JSON.stringify(toWire(record))), T))).toEqual(records);
  });

  it('skips, with a warning, what is damaged, from another version or forged, and reads the rest', () => {
    const warn = vi.fn();
    const good = toWire(line(1));
    const { records, ourKeys } = readSyncItems(
      {
        'tc1.0': [
          good,
          { ...good, v: '<img src=x onerror=alert(1)>' },
          { ...good, o: 'x'.repeat(2001) },
          { ...good, a: (NOW + 7 * 86_400_000).toString(36) },
          { ...good, a: NOW },
          { r: 'everything', a: T },
          42,
          null,
        ],
        'tc1.1': 'not a list',
        'tc2.0': [{ future: true }],
        cardEnabled: false,
      },
      NOW,
      warn,
    );
    expect([...records.keys()]).toEqual([line(1).key]);
    expect(ourKeys).toEqual(['tc1.0', 'tc1.1']);
    expect(warn).toHaveBeenCalledTimes(9);
    expect(warn.mock.calls.map(([message]) => message).join('\n')).toMatch(/another version/);
  });

  it('keeps out of sync a save that would not read back as itself (written, it would be written again and again)', () => {
    expect(travels(line(1), NOW)).toBe(true);
    expect(travels(line(1, { start: 50 * 3600 }), NOW)).toBe(false);
    // An imported save may carry any moment: it travels rounded.
    expect(travels(line(1, { savedAt: 12.5 }), NOW)).toBe(true);
  });

  it('forgets removals past their lifetime', () => {
    const old = recordOfRemoval({ key: 'f:x/y', removedAt: NOW - 31 * 86_400_000 });
    expect(readSyncItems({ 'tc1.0': [toWire(old)] }, NOW).records.size).toBe(0);
  });
});
