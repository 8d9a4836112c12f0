// Packing the saves into the browser's sync items, within its limits, and reading them back whatever sync holds.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it, vi } from 'vitest';
import type { Save } from '@/lib/model/save';
import { BROWSER_LIMITS, keyBytes, packRecords, quotaBytes } from '@/lib/saves/sync/pack';
import {
  fromWire,
  heldBackMark,
  travels,
  recordOfSave,
  recordOfRemoval,
  recordOfTiming,
  toWire,
  heldBackAt,
  type HeldBack,
  type SyncRecord,
} from '@/lib/saves/sync/records';
import { readSyncItems } from '@/lib/saves/sync/items';

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

const itemBytes = (key: string, value: unknown) => keyBytes(key) + quotaBytes(value);
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
  const bytesOf = (key: string, value: unknown) => keyBytes(key) + quotaBytes(value);

  it("counts a key as its characters and a value as its JSON, Chrome's escapes included", () => {
    expect(keyBytes('tc1.0')).toBe(5);
    expect(keyBytes('é')).toBe(2);
    expect(quotaBytes(['a<b\u2028'])).toBe(2 + 2 + 1 + 6 + 1 + 6);
    // A text value is its JSON: with its quotes (another extension's text counted without them left us 2 bytes short).
    expect(quotaBytes('xy')).toBe(4);
  });

  test.prop([
    fc.string({ unit: 'binary' }),
    fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
  ])(
    'counts any text as its UTF-8 encoding does, lone surrogates (U+FFFD, three bytes) and pairs (four) included',
    (text, units) => {
      const utf8 = (s: string) => new TextEncoder().encode(s).length;
      const chromeJson = (value: string) =>
        JSON.stringify(value)
          .replaceAll('<', '\\u003C')
          .replaceAll('\u2028', '\\u2028')
          .replaceAll('\u2029', '\\u2029');
      for (const s of [text, units]) {
        expect(keyBytes(s)).toBe(utf8(s));
        expect(quotaBytes(s)).toBe(utf8(chromeJson(s)));
      }
    },
  );

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
      // Not all carried: sync is told when the newest held back was made, and one more would not fit beside that mark
      // (a cut older than every record asks for the mark and keeps nothing out).
      const { heldBack } = packRecords(records, limits);
      if (carried.length < records.length) {
        expect(heldBack).toEqual(heldBackAt(order[carried.length]!));
        expect(
          packRecords(order.slice(0, carried.length + 1), limits, { at: T - 1, key: '', print: '0' }).carried.length,
        ).toBeLessThan(carried.length + 1);
      } else expect(heldBack).toBeUndefined();
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

  it('uses every item and every byte it is allowed, and not one more, the held-back mark counted where one is held back', () => {
    const two = [line(1), line(2)];
    const each = itemBytes('tc1.0', [toWire(two[0]!)]);
    const limits = { totalBytes: 2 * each, itemBytes: each, items: 2 };
    expect(packRecords(two, limits)).toMatchObject({ carried: two.slice(0, 2) });
    expect(packRecords(two, limits).heldBack).toBeUndefined();
    // One held back: the mark takes its few bytes beside the one carried.
    const mark = quotaBytes(heldBackMark({ at: 36 ** 9 - 1, key: two[0]!.key, print: (2 ** 32 - 1).toString(36) })) + 1;
    expect(packRecords(two, { ...limits, itemBytes: each + mark, items: 1 })).toMatchObject({
      carried: [two[1]],
      heldBack: heldBackAt(two[0]!),
    });
    expect(packRecords(two, { ...limits, itemBytes: each + mark - 1, items: 1 }).carried).toEqual([]);
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

describe('when sync is full', () => {
  const limits = { totalBytes: 3_000, itemBytes: 8_192, items: 512 };
  const noted = (n: number, at: number, length: number) =>
    line(n, { changedAt: T + at, note: 'n'.repeat(length), noteAt: T + at });

  it('carries no save as old as the newest one another browser held back', () => {
    const mine = [noted(1, 10, 10), noted(2, 5, 10)];
    // Another browser held back a save made at T + 7: of these, only the newer may go, though both fit.
    const elsewhere = heldBackAt(noted(9, 7, 10));
    const { carried, heldBack } = packRecords(mine, limits, elsewhere);
    expect(carried.map((record) => record.at)).toEqual([T + 10]);
    expect(heldBack).toEqual(elsewhere);
    expect(packRecords(mine, limits).carried).toHaveLength(2);
  });

  it('the browser holding the record held back decides afresh whether it fits now, and says the next it holds back', () => {
    const mine = [noted(1, 10, 10), noted(2, 7, 10), noted(3, 5, 2_600)];
    const { carried, heldBack } = packRecords(mine, limits, heldBackAt(mine[1]!));
    expect(carried.map((record) => record.at).sort()).toEqual([T + 7, T + 10]);
    expect(heldBack).toEqual(heldBackAt(mine[2]!));
    // Another record at the same moment is not it: the cut stands, and it is held back too.
    expect(packRecords(mine, limits, { ...heldBackAt(mine[1]!), key: `${mine[1]!.key}x` }).carried).toHaveLength(2);
    expect(packRecords(mine, limits, { ...heldBackAt(mine[1]!), key: mine[1]!.key.slice(0, -1) }).carried).toHaveLength(
      1,
    );
    // Nor another save of the same key made at the same moment in another browser (another note): the cut stands.
    const other = noted(2, 7, 11);
    expect(packRecords(mine, limits, heldBackAt(other)).carried.map((record) => record.at)).toEqual([T + 10]);
  });

  it('a browser holding a later change to the save held back decides afresh: the cut does not outlive the save', () => {
    const mine = [noted(1, 10, 10), noted(2, 5, 10)];
    // Held back at T + 3; changed since (at T + 10) and carried: no browser holds the one held back any more.
    const cut = heldBackAt(noted(1, 3, 10));
    expect(packRecords(mine, limits, cut).carried).toHaveLength(2);
    const removed = { key: mine[0]!.key, at: T + 10, removed: true as const };
    expect(packRecords([removed, mine[1]!], limits, cut).carried).toHaveLength(2);
    // An older copy of it is not it: the cut stands.
    const older = packRecords([noted(1, 1, 10), mine[1]!], limits, cut);
    expect(older.carried).toEqual([mine[1]]);
  });

  it('a browser holding the save held back keeps room for the mark: another browser holds more (the mark says so)', () => {
    const two = [line(1), line(2)];
    const each = itemBytes('tc1.0', [toWire(two[0]!)]);
    // Both fit, but not with a mark beside them.
    const exact = { totalBytes: 8_192, itemBytes: 2 * each, items: 1 };
    expect(packRecords(two, exact).carried).toHaveLength(2);
    // The browser that held back two[0] wrote a mark at it; this one holds it too (it came through sync earlier), and
    // nothing more. Carrying both without a mark, it would undo the other's pass, and the other its own, for ever.
    const marked = packRecords(two, exact, heldBackAt(two[0]!));
    expect(marked.carried).toEqual([two[1]]);
    expect(marked.heldBack).toEqual(heldBackAt(two[0]!));
  });

  it('two browsers holding different saves come to carry the same, the newest, and stop writing', () => {
    // Browser A holds a large save that does not fit; browser B never saw it, and holds two small older ones.
    const a = new Map([noted(1, 30, 900), noted(2, 20, 900), noted(3, 10, 1_400)].map((r) => [r.key, r]));
    const b = new Map([noted(1, 30, 900), noted(4, 5, 50), noted(5, 4, 50)].map((r) => [r.key, r]));
    let sync: { records: SyncRecord[]; heldBack?: HeldBack } = { records: [] };
    let writes = 0;
    for (let round = 0; round < 6; round++)
      for (const here of [a, b]) {
        for (const record of sync.records) here.set(record.key, record);
        const packed = packRecords(here.values(), limits, sync.heldBack);
        const same =
          JSON.stringify(packed.heldBack) === JSON.stringify(sync.heldBack) &&
          JSON.stringify(packed.carried.map((r) => r.key).sort()) ===
            JSON.stringify(sync.records.map((r) => r.key).sort());
        if (same) continue;
        writes++;
        sync = { records: packed.carried, ...(packed.heldBack !== undefined && { heldBack: packed.heldBack }) };
      }
    // Without the mark, B would add its two small ones and A take them out again, for ever.
    expect(writes).toBeLessThanOrEqual(3);
    expect(sync.records.map((record) => record.at).sort()).toEqual([T + 20, T + 30]);
    expect(sync.heldBack).toMatchObject({ at: T + 10 });
  });
});

describe('reading what sync holds', () => {
  it('reads the held-back mark, the latest of several; records beside it as ever', () => {
    const read = readSyncItems(
      {
        'tc1.0': [heldBackMark({ at: T + 5, key: 'f:b', print: 'p1' }), toWire(line(1))],
        'tc1.1': [
          heldBackMark({ at: T + 9, key: 'f:c', print: 'p2' }),
          heldBackMark({ at: T + 9, key: 'f:a', print: 'p3' }),
        ],
      },
      NOW,
    );
    expect(read.heldBack).toEqual({ at: T + 9, key: 'f:a', print: 'p3' });
    expect([...read.records.keys()]).toEqual([line(1).key]);
    expect(readSyncItems({ 'tc1.0': [toWire(line(1))] }, NOW).heldBack).toBeUndefined();
    // A mark from a day ahead is not honest, nor one without a key: ignored, as a record would be.
    for (const mark of [
      heldBackMark({ at: NOW + 2 * 86_400_000, key: 'f:a', print: 'p' }),
      { h: '1' },
      { h: '1', k: 'f:a' },
      { h: '1', k: 5, v: 'p' },
    ])
      expect(readSyncItems({ 'tc1.0': [mark] }, NOW).heldBack).toBeUndefined();
  });

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
