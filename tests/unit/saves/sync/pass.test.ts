// One pass of the sync, on a real database, against a sync area that records every call: what it writes, what it
// leaves alone, in which order, and when it must wait for the write limits.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TalkDatabase } from '@/lib/db/database';
import type { Save } from '@/lib/model/save';
import { databaseSide } from '@/lib/saves/sync/local';
import { syncPass, type SyncArea } from '@/lib/saves/sync/pass';

const NOW = Date.UTC(2026, 11, 5, 12);
const LIMITS = { minGapMs: 1_000, perMinute: 100, perHour: 1_600 };
const clock = () => NOW;

const save = (n: number, note?: string): Save => ({
  quoteId: `q${n}`,
  talkId: 'brk227',
  savedAt: NOW - n * 1000,
  text: `Words of quote ${n}.`,
  speaker: 'Ion Stoica',
  talkTitle: 'Distributed systems to AI platforms',
  videoId: null,
  start: null,
  changedAt: NOW - n * 1000,
  ...(note && { note, noteAt: NOW - n * 1000 }),
});

/** A sync area in memory that records each call. */
function recordingArea() {
  const items: Record<string, unknown> = {};
  const calls: string[] = [];
  const area: SyncArea = {
    get: async () => structuredClone(items),
    set: async (written) => {
      calls.push(`set ${Object.keys(written).sort().join(' ')}`);
      Object.assign(items, structuredClone(written));
    },
    remove: async (keys) => {
      calls.push(`remove ${[...keys].sort().join(' ')}`);
      for (const key of keys) delete items[key];
    },
  };
  return { items, calls, area };
}

let db: TalkDatabase;
beforeEach(() => {
  db = new TalkDatabase(`pass-${Math.random()}`);
});
afterEach(() => db.delete());

describe('a pass of the sync', () => {
  it('writes what is here, then nothing more while sync holds it', async () => {
    await db.saves.bulkPut([save(1), save(2)]);
    const { calls, area } = recordingArea();
    const writes: number[] = [];
    expect(await syncPass(databaseSide(db), area, writes, LIMITS, clock)).toEqual({
      status: { state: 'on', carried: 2, total: 2 },
    });
    expect(calls).toEqual(['set tc1.0']);
    expect(writes).toEqual([NOW]);
    await syncPass(databaseSide(db), area, writes, LIMITS, () => NOW + 60_000);
    expect(calls).toEqual(['set tc1.0']);
  });

  it('writes only the items that changed', async () => {
    const long = 'n'.repeat(1_900);
    await db.saves.bulkPut([1, 2, 3, 4, 5, 6].map((n) => save(n, long)));
    const { calls, area } = recordingArea();
    await syncPass(databaseSide(db), area, [], LIMITS, clock);
    expect(calls).toEqual(['set tc1.0 tc1.1']);
    await db.saves.put(save(0));
    await syncPass(databaseSide(db), area, [], LIMITS, () => NOW + 60_000);
    expect(calls.slice(1)).toEqual(['set tc1.1']);
  });

  it('removes the items no longer needed, before it writes', async () => {
    const long = 'n'.repeat(1_900);
    await db.saves.bulkPut([1, 2, 3, 4, 5, 6].map((n) => save(n, long)));
    const { calls, items, area } = recordingArea();
    await syncPass(databaseSide(db), area, [], LIMITS, clock);
    // Removed here, as the writer removes: the save gone, its removal remembered.
    const gone = ['q1', 'q2', 'q3', 'q4', 'q5'];
    await db.saves.bulkDelete(gone);
    await db.tombstones.bulkPut(gone.map((id) => ({ key: `f:${id}`, removedAt: NOW + 1_000 })));
    await syncPass(databaseSide(db), area, [], LIMITS, () => NOW + 60_000);
    expect(calls.slice(1)).toEqual(['remove tc1.1', 'set tc1.0']);
    expect(Object.keys(items)).toEqual(['tc1.0']);
  });

  it('leaves alone the items of others', async () => {
    await db.saves.put(save(1));
    const { calls, items, area } = recordingArea();
    Object.assign(items, { cardEnabled: true, 'tc2.0': [] });
    await syncPass(databaseSide(db), area, [], LIMITS, clock);
    expect(calls).toEqual(['set tc1.0']);
    expect(items).toMatchObject({ cardEnabled: true, 'tc2.0': [] });
  });

  it('waits, writing nothing, when a write now would pass the limits', async () => {
    await db.saves.put(save(1));
    const { calls, area } = recordingArea();
    const writes = [NOW - 400];
    expect(await syncPass(databaseSide(db), area, writes, LIMITS, clock)).toEqual({ waitMs: 600 });
    expect(calls).toEqual([]);
    expect(writes).toEqual([NOW - 400]);
  });

  it('keeps no more than an hour of writes in mind', async () => {
    await db.saves.put(save(1));
    const { area } = recordingArea();
    const writes = Array.from({ length: LIMITS.perHour }, (_, n) => NOW - 7_200_000 + n);
    await syncPass(databaseSide(db), area, writes, LIMITS, clock);
    expect(writes).toHaveLength(LIMITS.perHour);
    expect(writes.at(-1)).toBe(NOW);
  });

  it('merges what arrived before it writes: a save there and one here both end in sync', async () => {
    const there = recordingArea();
    const other = new TalkDatabase(`pass-other-${Math.random()}`);
    try {
      await other.saves.put(save(7));
      await syncPass(databaseSide(other), there.area, [], LIMITS, clock);
      await db.saves.put(save(1));
      expect(await syncPass(databaseSide(db), there.area, [], LIMITS, () => NOW + 60_000)).toEqual({
        status: { state: 'on', carried: 2, total: 2 },
      });
      expect((await db.saves.toCollection().primaryKeys()).sort()).toEqual(['q1', 'q7']);
    } finally {
      await other.delete();
    }
  });

  it('writes nothing, and never waits, while sync holds the same records packed another way', async () => {
    const long = 'n'.repeat(1_900);
    await db.saves.bulkPut([1, 2, 3, 4, 5, 6].map((n) => save(n, long)));
    const { calls, items, area } = recordingArea();
    const writes: number[] = [];
    await syncPass(databaseSide(db), area, writes, LIMITS, clock);
    // Another browser packed the same records the other way round.
    [items['tc1.0'], items['tc1.1']] = [items['tc1.1'], items['tc1.0']];
    expect(await syncPass(databaseSide(db), area, writes, LIMITS, () => NOW + 10)).toEqual({
      status: { state: 'on', carried: 6, total: 6 },
    });
    expect(calls).toEqual(['set tc1.0 tc1.1']);
  });

  it('counts a removal and a write as two writes against the limits', async () => {
    const long = 'n'.repeat(1_900);
    await db.saves.bulkPut([1, 2, 3, 4, 5, 6].map((n) => save(n, long)));
    const { calls, area } = recordingArea();
    await syncPass(databaseSide(db), area, [], LIMITS, clock);
    const gone = ['q1', 'q2', 'q3', 'q4', 'q5'];
    await db.saves.bulkDelete(gone);
    await db.tombstones.bulkPut(gone.map((id) => ({ key: `f:${id}`, removedAt: NOW + 1_000 })));
    // 99 writes in the minute before: one more may go, not two.
    const later = NOW + 120_000;
    const writes = Array.from({ length: 99 }, (_, n) => later - 59_000 + n * 100);
    expect(await syncPass(databaseSide(db), area, writes, LIMITS, () => later)).toEqual({ waitMs: 1_000 });
    expect(calls).toEqual(['set tc1.0 tc1.1']);
  });

  it('counts saves only, not timings or removals, in what it says sync carries', async () => {
    await db.saves.put(save(1));
    await db.timings.put({ quoteId: 'q2', talkId: 'brk227', start: 60, pinnedAt: NOW, changedAt: NOW });
    await db.tombstones.put({ key: 'f:q3', removedAt: NOW });
    const { area } = recordingArea();
    expect(await syncPass(databaseSide(db), area, [], LIMITS, clock)).toEqual({
      status: { state: 'on', carried: 1, total: 1 },
    });
  });

  it('keeps here, uncounted as carried, a save another browser could not read back', async () => {
    await db.saves.bulkPut([save(1), { ...save(2), videoId: 'not a video id' }]);
    const { items, area } = recordingArea();
    expect(await syncPass(databaseSide(db), area, [], LIMITS, clock)).toEqual({
      status: { state: 'on', carried: 1, total: 2 },
    });
    expect(JSON.stringify(items)).not.toContain('not a video id');
  });

  it("fits in the room other extensions' items leave: their bytes and their number", async () => {
    const long = 'n'.repeat(1_900);
    await db.saves.bulkPut([1, 2, 3, 4, 5, 6].map((n) => save(n, long)));
    /** Bytes as Chrome counts them for ASCII: the key's characters and the value's JSON. */
    const bytes = (entries: [string, unknown][]) =>
      entries.reduce((sum, [key, value]) => sum + key.length + JSON.stringify(value).length, 0);
    const ours = (items: Record<string, unknown>) => Object.entries(items).filter(([key]) => key.startsWith('tc1.'));

    // Twelve items of another extension, their keys as long as their values: about 96,000 bytes of the 102,400.
    const big = recordingArea();
    const others = Object.fromEntries(
      Array.from({ length: 12 }, (_, n) => [`${n}`.padEnd(4_000, 'k'), 'v'.repeat(3_990)]),
    );
    Object.assign(big.items, others);
    const { status } = (await syncPass(databaseSide(db), big.area, [], LIMITS, clock)) as {
      status: { carried: number };
    };
    expect(status.carried).toBeGreaterThan(0);
    expect(status.carried).toBeLessThan(6);
    expect(bytes(ours(big.items)) + bytes(Object.entries(others))).toBeLessThanOrEqual(102_400);

    // 511 small items of another extension: one item left for ours.
    const many = recordingArea();
    Object.assign(many.items, Object.fromEntries(Array.from({ length: 511 }, (_, n) => [`other${n}`, n])));
    const full = (await syncPass(databaseSide(db), many.area, [], LIMITS, clock)) as { status: { carried: number } };
    expect(ours(many.items)).toHaveLength(1);
    expect(full.status.carried).toBeLessThan(6);
  });

  it("counts another extension's text with its quotes, as Chrome does: a save a byte too large for the room stays here", async () => {
    await db.saves.put(save(1));
    const { items, area } = recordingArea();
    await syncPass(databaseSide(db), area, [], LIMITS, clock);
    const ours = 'tc1.0'.length + JSON.stringify(items['tc1.0']).length;
    delete items['tc1.0'];
    const other = (room: number) => 'v'.repeat(102_400 - room - 'other'.length - 2);
    for (const [room, carried] of [
      [ours, 1],
      [ours - 1, 0],
    ] as const) {
      for (const key of Object.keys(items)) delete items[key];
      items.other = other(room);
      expect(await syncPass(databaseSide(db), area, [], LIMITS, clock)).toEqual({
        status: { state: 'on', carried, total: 1 },
      });
    }
  });

  it('when another extension takes the room, carries the newest saves that fit in what is left, and says so', async () => {
    const long = 'n'.repeat(1_900);
    await db.saves.bulkPut([1, 2, 3, 4, 5, 6].map((n) => save(n, long)));
    const { items, area } = recordingArea();
    await syncPass(databaseSide(db), area, [], LIMITS, clock);
    const firstItem = items['tc1.0'] as unknown[];
    // Another extension fills all but what our first item takes, and 100 bytes: no room for a save more.
    let room = 102_400 - ('tc1.0'.length + JSON.stringify(firstItem).length) - 100;
    for (let n = 0; room > 0; n++) {
      const key = `other${n}`;
      const size = Math.min(8_000, room);
      items[key] = 'v'.repeat(size - key.length - 2);
      room -= size;
    }
    expect(await syncPass(databaseSide(db), area, [], LIMITS, () => NOW + 60_000)).toEqual({
      status: { state: 'on', carried: firstItem.length, total: 6 },
    });
    const ours = Object.entries(items).filter(([key]) => key.startsWith('tc1.'));
    expect(ours.map(([key]) => key)).toEqual(['tc1.0']);
    const carried = JSON.stringify(ours);
    for (let n = 1; n <= 6; n++) expect(carried.includes(`"q${n}"`), `q${n}`).toBe(n <= firstItem.length);
  });
});
