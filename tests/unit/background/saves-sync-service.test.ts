// The background's sync of the saves, against the fake browser's storage: a star reaches sync in one batched write,
// saves arriving from sync are merged, the switch stops it, and a failing sync leaves the saves here untouched.
// Its timers and clock are fake, from a fixed moment: the batch, the retry and the rate limits run on the test's time,
// not the machine's.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { seedCorpus, TalkDatabase } from '@/lib/db/database';
import { setNote } from '@/lib/saves/write/notes';
import { saveOf, setSaved } from '@/lib/saves/write/saves';
import { readSyncItems } from '@/lib/saves/sync/items';
import { recordOfSave, toWire } from '@/lib/saves/sync/records';
import { readSyncStatus } from '@/lib/saves/sync/status';
import type { SavesSync } from '@/lib/background/saves-sync-service';
import { setSetting } from '@/lib/settings';
import { realTalk } from '../seeds';

vi.mock('@/lib/messaging', (original) =>
  import('../messaging-mock').then(({ mockMessaging }) => mockMessaging(original)),
);
const { registerSavesSyncService } = await import('@/lib/background/saves-sync-service');

const { corpus, talk, timed, untimed } = realTalk();
const pace = { batchMs: 30, retryMs: 60_000, writes: { minGapMs: 0, perMinute: 100, perHour: 1600 } };
let db: TalkDatabase;
let service: SavesSync | undefined;
const start = (options: Parameters<typeof registerSavesSyncService>[0]) =>
  (service = registerSavesSyncService(options));

/** Lets the test's clock run until the service has nothing due or running (IndexedDB runs on real tasks meanwhile). */
async function settle(): Promise<void> {
  let done = false;
  void service!.settled().then(() => (done = true));
  while (!done) await vi.advanceTimersByTimeAsync(10);
}

beforeEach(async () => {
  // Not setImmediate: fake-indexeddb runs its tasks on it.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: Date.UTC(2026, 11, 5, 12) });
  fakeBrowser.reset();
  db = new TalkDatabase(`sync-service-${Math.random()}`);
  await seedCorpus(db, corpus, 'v1');
});
afterEach(async () => {
  service?.stop();
  await service?.settled();
  service = undefined;
  vi.restoreAllMocks();
  vi.useRealTimers();
  await db.delete();
});

/** The saves sync holds now, by key. */
const inSync = async () => readSyncItems(await fakeBrowser.storage.sync.get(null), Date.now()).records;

it('mirrors a burst of stars into sync in one write, and says what it carries', async () => {
  const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
  start({ db, pace: { ...pace, batchMs: 200 } });
  await settle();
  // All within the batch: the pass is due 200 ms after the first change, and none runs before.
  await setSaved(db, talk.id, timed.id, true);
  await vi.advanceTimersByTimeAsync(80);
  await setSaved(db, talk.id, untimed.id, true);
  await vi.advanceTimersByTimeAsync(80);
  await setNote(db, timed.id, 'Ask Ion');
  expect(set).not.toHaveBeenCalled();
  await settle();
  expect(set).toHaveBeenCalledTimes(1);
  const records = await inSync();
  expect([...records.keys()].sort()).toEqual([`f:${timed.id}`, `f:${untimed.id}`].sort());
  expect(records.get(`f:${timed.id}`)).toMatchObject({ save: { note: 'Ask Ion' } });
  expect(await readSyncStatus()).toEqual({ state: 'on', carried: 2, total: 2 });
});

it('merges saves another browser put in sync, and writes nothing back when both agree', async () => {
  start({ db, pace });
  await settle();
  const there = recordOfSave({
    ...saveOf(timed, talk, Date.now() - 1000),
    note: 'from the laptop',
    noteAt: Date.now() - 1000,
  });
  await fakeBrowser.storage.sync.set({ 'tc1.0': [toWire(there)] });
  const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
  await settle();
  expect(await db.saves.get(timed.id)).toMatchObject({ note: 'from the laptop' });
  expect(set).not.toHaveBeenCalled();
});

it('merges an arrival at once: no wait to gather more on the clock', async () => {
  start({ db, pace });
  await settle();
  await fakeBrowser.storage.sync.set({ 'tc1.0': [toWire(recordOfSave(saveOf(timed, talk, Date.now() - 1000)))] });
  // The test's clock moves one millisecond, then stands still: only IndexedDB's own tasks (setImmediate, not faked)
  // run while the merge is awaited. A pass due later than now never comes.
  await vi.advanceTimersByTimeAsync(1);
  let merged;
  for (let task = 0; task < 2000 && !merged; task++) {
    await new Promise((resolve) => setImmediate(resolve));
    merged = await db.saves.get(timed.id);
  }
  expect(merged).toBeDefined();
  await settle();
});

it('writes nothing and merges nothing while switched off, and catches up when switched on', async () => {
  await setSetting('syncEnabled', false);
  start({ db, pace });
  await setSaved(db, talk.id, timed.id, true);
  await settle();
  expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  expect(await readSyncStatus()).toEqual({ state: 'off' });
  await setSetting('syncEnabled', true);
  await settle();
  expect([...(await inSync()).keys()]).toEqual([`f:${timed.id}`]);
});

it('when sync refuses, says so, leaves every save here as it was, and tries again later', async () => {
  const write = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
  let refusing = true;
  const set = vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation(async (items) => {
    if (refusing) throw new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded');
    return write(items);
  });
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  start({ db, pace });
  await setSaved(db, talk.id, timed.id, true);
  await vi.advanceTimersByTimeAsync(pace.batchMs);
  await vi.waitFor(async () =>
    expect(await readSyncStatus()).toMatchObject({
      state: 'waiting',
      reason: 'MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded',
    }),
  );
  const status = await readSyncStatus();
  expect(status).toMatchObject({ retryAt: expect.any(Number) });
  const retryAt = (status as { retryAt: number }).retryAt;
  expect(retryAt).toBeGreaterThan(Date.now() + pace.retryMs - 1_000);
  expect(retryAt).toBeLessThanOrEqual(Date.now() + pace.retryMs);
  expect(console.warn).toHaveBeenCalledWith(
    'Talk Companion: sync failed (MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded); trying again in a minute.',
  );
  expect(await db.saves.count()).toBe(1);
  expect(set).toHaveBeenCalledTimes(1);
  refusing = false;
  // Not before the minute is up.
  await vi.advanceTimersByTimeAsync(pace.retryMs - 1_000);
  expect(set).toHaveBeenCalledTimes(1);
  await settle();
  expect([...(await inSync()).keys()]).toEqual([`f:${timed.id}`]);
  expect(set).toHaveBeenCalledTimes(2);
  expect(await readSyncStatus()).toEqual({ state: 'on', carried: 1, total: 1 });
});

it('after the schema upgrade, mirrors the saves made before it with the moments they were made', async () => {
  const name = `sync-upgrade-${Math.random()}`;
  const v4 = new Dexie(name);
  v4.version(4).stores({
    talks: 'id, *videoIds',
    profiles: 'id, speaker',
    favourites: 'quoteId, savedAt',
    meta: 'key',
    timings: 'quoteId, talkId',
    transcripts: '[videoId+trackId], videoId, talkId',
  });
  const savedAt = Date.now() - 86_400_000;
  const { changedAt: _, ...before } = saveOf(timed, talk, savedAt);
  await v4.table('favourites').put({ ...before, note: 'noted later', noteAt: savedAt + 60_000 });
  await v4.table('timings').put({ quoteId: untimed.id, talkId: talk.id, start: 1420, pinnedAt: savedAt });
  v4.close();

  const upgraded = new TalkDatabase(name);
  start({ db: upgraded, pace });
  await settle();
  const records = await inSync();
  expect(records.get(`f:${timed.id}`)?.at).toBe(savedAt + 60_000);
  expect(records.get(`t:${untimed.id}`)?.at).toBe(savedAt);
  await upgraded.delete();
});

it("leaves Dexie's other listeners hearing of every change (a listener returning false would stop them)", async () => {
  const heard = vi.fn();
  Dexie.on('storagemutated', heard);
  start({ db, pace });
  await db.transcripts.put({
    videoId: 'QwC-J2KFTrM',
    trackId: '.en',
    talkId: talk.id,
    fetchedAt: 1,
    status: 'none',
    lines: [],
    placements: {},
  });
  await vi.waitFor(() => expect(heard).toHaveBeenCalled());
  Dexie.on('storagemutated').unsubscribe(heard);
});

it('by default, batches a burst of 400 ms into one write and retries a refused write a minute later', async () => {
  const set = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  start({ db });
  await settle();
  await setSaved(db, talk.id, timed.id, true);
  await vi.advanceTimersByTimeAsync(399);
  expect(set).not.toHaveBeenCalled();
  await vi.advanceTimersByTimeAsync(1);
  await vi.waitFor(() => expect(set).toHaveBeenCalledTimes(1));
  await vi.advanceTimersByTimeAsync(59_000);
  expect(set).toHaveBeenCalledTimes(1);
  await settle();
  expect(set).toHaveBeenCalledTimes(2);
  expect([...(await inSync()).keys()]).toEqual([`f:${timed.id}`]);
});

it('at the write limit, waits for it and then writes, without saying sync failed', async () => {
  const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
  const limited = { ...pace, writes: { minGapMs: 10_000, perMinute: 100, perHour: 1600 } };
  start({ db, pace: limited });
  await setSaved(db, talk.id, timed.id, true);
  await settle();
  const first = Date.now();
  await setSaved(db, talk.id, untimed.id, true);
  await vi.advanceTimersByTimeAsync(pace.batchMs);
  expect(await readSyncStatus()).toEqual({ state: 'on', carried: 1, total: 1 });
  await settle();
  expect(set).toHaveBeenCalledTimes(2);
  expect(Date.now() - first).toBeGreaterThanOrEqual(10_000 - pace.batchMs);
  expect([...(await inSync()).keys()].sort()).toEqual([`f:${timed.id}`, `f:${untimed.id}`].sort());
  expect(await readSyncStatus()).toEqual({ state: 'on', carried: 2, total: 2 });
});

it("starts a pass on a change to our items in sync, beside other extensions' items; not on other storage", async () => {
  start({ db, pace });
  await settle();
  const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
  await fakeBrowser.storage.local.set({ 'tc1.0': [] });
  await fakeBrowser.storage.sync.set({ 'another-extension': { theme: 'dark' } });
  await vi.advanceTimersByTimeAsync(1000);
  expect(get).not.toHaveBeenCalled();

  const there = recordOfSave(saveOf(timed, talk, Date.now() - 1000));
  await fakeBrowser.storage.sync.set({ 'another-extension': { theme: 'light' }, 'tc1.0': [toWire(there)] });
  await settle();
  expect(get).toHaveBeenCalled();
  expect(await db.saves.get(timed.id)).toBeDefined();
});

it('once stopped, hears no change and writes nothing', async () => {
  start({ db, pace });
  await settle();
  service!.stop();
  await setSaved(db, talk.id, timed.id, true);
  await fakeBrowser.storage.sync.set({ 'tc1.0': [toWire(recordOfSave(saveOf(untimed, talk, Date.now())))] });
  const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
  await setSetting('syncEnabled', false);
  await vi.advanceTimersByTimeAsync(5000);
  expect(set).not.toHaveBeenCalled();
  expect(await db.saves.get(untimed.id)).toBeUndefined();
  expect(await readSyncStatus()).toEqual({ state: 'on', carried: 0, total: 0 });
});

it("writes sync's status only when it changes: every write reaches every tab's storage listeners", async () => {
  const local = vi.spyOn(fakeBrowser.storage.local, 'set');
  start({ db, pace });
  await settle();
  await fakeBrowser.storage.sync.set({ 'tc1.0': [] });
  await settle();
  await setSetting('syncEnabled', true);
  await settle();
  const statusWrites = () => local.mock.calls.filter(([items]) => 'savesSyncStatus' in items).length;
  expect(statusWrites()).toBe(1);
  await setSaved(db, talk.id, timed.id, true);
  await settle();
  expect(statusWrites()).toBe(2);
});
