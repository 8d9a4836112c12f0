// The merge rules of the saves' sync, on a real database: what another browser's records do here.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { seedCorpus, TalkDatabase } from '@/lib/db/database';
import type { Save } from '@/lib/model/save';
import { setNote } from '@/lib/saves/write/notes';
import { saveOf, removeSave, setSaved } from '@/lib/saves/write/saves';
import { applyArriving, readLocalRecords } from '@/lib/saves/sync/local';
import { localRecords, planMerge } from '@/lib/saves/sync/merge';
import { recordOfSave, recordOfRemoval, recordOfTiming, toWire, type SyncRecord } from '@/lib/saves/sync/records';
import { readSyncItems } from '@/lib/saves/sync/items';
import { pinTiming, unpinTiming } from '@/lib/saves/write/timings';
import { TOMBSTONE_MS } from '@/lib/saves/tombstones';
import { realTalk } from '../../seeds';

const { corpus, talk, timed, untimed } = realTalk();
// A fixed now, for the tests and for the writers they call (which stamp with Date.now): no test here reads the real
// clock. T, an hour before: within the tombstones' lifetime, and before anything a test saves now.
const NOW = Date.UTC(2026, 11, 5, 12);
const T = NOW - 3_600_000;
vi.useFakeTimers({ toFake: ['Date'], now: NOW });
let db: TalkDatabase;

beforeEach(async () => {
  db = new TalkDatabase(`merge-${Math.random()}`);
  await seedCorpus(db, corpus, 'v1');
});
afterEach(() => db.delete());

const saved = (at: number, extra: Partial<Save> = {}): SyncRecord =>
  recordOfSave({ ...saveOf(timed, talk, at), ...extra });
const removal = (key: string, at: number): SyncRecord => recordOfRemoval({ key, removedAt: at });
/** What sync would hand over: the records through their wire form and back. */
const viaSync = (...records: SyncRecord[]) => [
  ...readSyncItems({ 'tc1.0': records.map(toWire) }, T + 1000).records.values(),
];

describe('records arriving from another browser', () => {
  it('mark no slide as kept elsewhere for a save made here, nor over a slide kept here', async () => {
    // Saved here, its slide not taken yet: a newer note from there must not say its slide is elsewhere.
    await setSaved(db, talk.id, timed.id, true);
    await applyArriving(db, viaSync(saved(NOW + 5, { note: 'ask', noteAt: NOW + 5 })), NOW + 10);
    expect(await db.saves.get(timed.id)).toMatchObject({ note: 'ask' });
    expect((await db.saves.get(timed.id))?.slideElsewhere).toBeUndefined();
    expect(await db.slides.get(timed.id)).toBeUndefined();
    // A slide here whose save is not (yet) here is kept when the save arrives.
    const slide = {
      quoteId: untimed.id,
      talkId: talk.id,
      time: 700,
      image: 'data:image/jpeg;base64,QUJD',
      width: 1,
      height: 1,
    };
    await db.slides.put(slide);
    await applyArriving(db, viaSync(recordOfSave(saveOf(untimed, talk, NOW + 20))), NOW + 30);
    expect(await db.slides.get(untimed.id)).toEqual(slide);
  });

  it("bring a save without its slide, marked as kept elsewhere, and take a removed save's slide with it", async () => {
    await applyArriving(db, viaSync(saved(T)), T);
    expect(await db.saves.get(timed.id)).toMatchObject({ slideElsewhere: true });
    expect(await db.slides.count()).toBe(0);
    // Changed there again, it is still the save whose slide stayed there.
    await applyArriving(db, viaSync(saved(T + 2, { note: 'first', noteAt: T + 2 })), T + 3);
    expect(await db.saves.get(timed.id)).toMatchObject({ note: 'first', slideElsewhere: true });
    await db.slides.put({
      quoteId: timed.id,
      talkId: talk.id,
      time: 2485,
      image: 'data:image/jpeg;base64,QUJD',
      width: 1,
      height: 1,
    });
    // A newer note from there leaves the slide here as it is.
    await applyArriving(db, viaSync(saved(T + 5, { note: 'ask', noteAt: T + 5 })), T + 10);
    expect(await db.slides.get(timed.id)).toMatchObject({ image: 'data:image/jpeg;base64,QUJD' });
    await applyArriving(db, viaSync(removal(`f:${timed.id}`, T + 20)), T + 30);
    expect(await db.slides.count()).toBe(0);
  });

  it('add a save made there, with its note, and a timing', async () => {
    const timing = recordOfTiming({ quoteId: untimed.id, talkId: talk.id, start: 1420, pinnedAt: T, changedAt: T });
    expect(await applyArriving(db, viaSync(saved(T, { note: 'Ask Ion about Lean', noteAt: T }), timing), T)).toBe(2);
    expect(await db.saves.get(timed.id)).toMatchObject({ text: timed.text, note: 'Ask Ion about Lean', changedAt: T });
    expect(await db.timings.get(untimed.id)).toMatchObject({ start: 1420 });
  });

  it('remove a save removed there after it was saved here, and keep the removal so an older copy stays out', async () => {
    await setSaved(db, talk.id, timed.id, true);
    const savedHere = (await db.saves.get(timed.id))!.changedAt;
    await applyArriving(db, viaSync(removal(`f:${timed.id}`, savedHere + 1)), savedHere + 2);
    expect(await db.saves.get(timed.id)).toBeUndefined();
    // A third browser that had not heard of the removal still carries the save.
    await applyArriving(db, viaSync(saved(savedHere)), savedHere + 3);
    expect(await db.saves.get(timed.id)).toBeUndefined();
  });

  it('never remove a save made here after the removal there', async () => {
    await applyArriving(db, viaSync(removal(`f:${timed.id}`, T)), T);
    await setSaved(db, talk.id, timed.id, true); // now, long after T
    await applyArriving(db, viaSync(removal(`f:${timed.id}`, T)), NOW);
    expect(await db.saves.get(timed.id)).toBeDefined();
    expect(await db.tombstones.count()).toBe(0);
  });

  it('take the later of two edits of the same note, whichever side made it', async () => {
    await db.saves.add(saveOf(timed, talk, T));
    await setNote(db, timed.id, 'written here first', T + 10);
    await applyArriving(
      db,
      viaSync(saved(T, { note: 'written there later', noteAt: T + 20, changedAt: T + 20 })),
      T + 30,
    );
    expect((await db.saves.get(timed.id))!.note).toBe('written there later');
    await setNote(db, timed.id, 'written here last', T + 40);
    await applyArriving(
      db,
      viaSync(saved(T, { note: 'written there later', noteAt: T + 20, changedAt: T + 20 })),
      T + 50,
    );
    expect((await db.saves.get(timed.id))!.note).toBe('written here last');
  });

  it('keep a save when its removal elsewhere happened at the very same moment (nothing is lost on a tie)', async () => {
    await db.saves.add(saveOf(timed, talk, T));
    await applyArriving(db, viaSync(removal(`f:${timed.id}`, T)), T);
    expect(await db.saves.get(timed.id)).toBeDefined();
  });

  it('remove a timing taken back there', async () => {
    await pinTiming(db, untimed.talkId, untimed.id, 1420, T);
    await applyArriving(db, viaSync(removal(`t:${untimed.id}`, T + 5)), T + 6);
    expect(await db.timings.get(untimed.id)).toBeUndefined();
    expect(await db.saves.count()).toBe(0);
  });
});

describe('removals remembered here', () => {
  it('are written by every removal, and undone by saving again', async () => {
    await setSaved(db, talk.id, timed.id, true);
    await removeSave(db, timed.id);
    await pinTiming(db, untimed.talkId, untimed.id, 1420);
    await unpinTiming(db, untimed.id);
    expect((await db.tombstones.toArray()).map((t) => t.key).sort()).toEqual(
      [`f:${timed.id}`, `t:${untimed.id}`].sort(),
    );
    await setSaved(db, talk.id, timed.id, true);
    expect((await db.tombstones.toArray()).map((t) => t.key)).toEqual([`t:${untimed.id}`]);
  });

  it(`expire after ${TOMBSTONE_MS / 86_400_000} days: then an old copy from sync comes back`, async () => {
    await db.tombstones.put({ key: `f:${timed.id}`, removedAt: T });
    expect((await readLocalRecords(db, T + TOMBSTONE_MS - 1)).has(`f:${timed.id}`)).toBe(true);
    expect((await readLocalRecords(db, T + TOMBSTONE_MS + 1)).has(`f:${timed.id}`)).toBe(false);
    await applyArriving(db, [saved(T - 5)], T + TOMBSTONE_MS + 1);
    expect(await db.tombstones.count()).toBe(0);
    expect(await db.saves.get(timed.id)).toBeDefined();
  });

  it('stand against a save of the same key only while newer than it', () => {
    const save = { ...saveOf(timed, talk, T), changedAt: T + 10 };
    expect(
      [
        ...localRecords(
          { saves: [save], timings: [], tombstones: [{ key: `f:${timed.id}`, removedAt: T + 5 }] },
          T + 20,
        ).values(),
      ][0],
    ).toHaveProperty('save');
    expect(
      [
        ...localRecords(
          { saves: [save], timings: [], tombstones: [{ key: `f:${timed.id}`, removedAt: T + 15 }] },
          T + 20,
        ).values(),
      ][0],
    ).toHaveProperty('removed');
  });
});

describe('the plan a merge writes', () => {
  const DAYS_30 = 30 * 24 * 60 * 60 * 1000;
  const nothingHere = { saves: [], timings: [], tombstones: [] };
  const save = (at: number) => ({ ...saveOf(timed, talk, at), changedAt: at });

  it('applies the latest arriving copy of a key, in whatever order the copies come', () => {
    const newer = saved(T + 10, { note: 'newer' });
    const older = saved(T, { note: 'older' });
    for (const arriving of [
      [newer, older],
      [older, newer],
    ])
      expect(planMerge(nothingHere, arriving, NOW).putSaves.map((s) => s.note)).toEqual(['newer']);
  });

  it('keeps a removal out for 30 days to the millisecond, then lets an older copy back', () => {
    const here = { saves: [save(T - DAYS_30 - 10)], timings: [], tombstones: [] };
    const gone = removal(`f:${timed.id}`, T - DAYS_30);
    expect(planMerge(here, [gone], T).deleteSaves).toEqual([timed.id]);
    expect(planMerge(here, [gone], T + 1).deleteSaves).toEqual([]);
    const remembered = { key: `f:${timed.id}`, removedAt: T - DAYS_30 };
    expect(planMerge({ ...nothingHere, tombstones: [remembered] }, [], T).forgetTombstones).toEqual([]);
    expect(planMerge({ ...nothingHere, tombstones: [remembered] }, [], T + 1).forgetTombstones).toEqual([
      `f:${timed.id}`,
    ]);
  });

  it('deletes only the kind removed, remembers each removal, and forgets a removal only when its save arrives', () => {
    const timingRemoved = removal(`t:${untimed.id}`, T + 5);
    const saveRemoved = removal(`f:${timed.id}`, T + 5);
    const plan = planMerge(
      {
        saves: [save(T)],
        timings: [{ quoteId: untimed.id, talkId: talk.id, start: 1420, pinnedAt: T, changedAt: T }],
        tombstones: [],
      },
      [timingRemoved, saveRemoved],
      NOW,
    );
    expect(plan).toMatchObject({ deleteSaves: [timed.id], deleteTimings: [untimed.id], forgetTombstones: [] });
    expect(plan.putTombstones.map((t) => t.key).sort()).toEqual([`f:${timed.id}`, `t:${untimed.id}`]);

    const back = planMerge(
      { saves: [], timings: [], tombstones: [{ key: `f:${timed.id}`, removedAt: T }] },
      [saved(T + 5)],
      NOW,
    );
    expect(back).toMatchObject({ deleteSaves: [], forgetTombstones: [`f:${timed.id}`], changed: 1 });
    // No removal held for it, none to forget: each delete is a request of the merge's transaction.
    expect(planMerge(nothingHere, [saved(T + 5)], NOW)).toMatchObject({ forgetTombstones: [], changed: 1 });
  });
});
