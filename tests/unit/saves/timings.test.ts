// The user's own timings: pinned to a second, taken back, and brought in by an import without overriding one made here.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedCorpus, TalkDatabase } from '@/lib/db/database';
import { mergeTimings, pinTiming, unpinTiming } from '@/lib/saves/write/timings';
import { realTalk } from '../seeds';

const { corpus, talk, timed, untimed } = realTalk();
const NOW = Date.UTC(2026, 11, 1, 9);
let db: TalkDatabase;

beforeEach(async () => {
  db = new TalkDatabase(`timings-${Math.random()}`);
  await seedCorpus(db, corpus, 'v1');
});
afterEach(() => db.delete());

const removals = async () => (await db.tombstones.toArray()).map((row) => row.key);

describe('pinning a quote to a second', () => {
  it("keeps the whole second it was pinned at, and forgets the quote's earlier removal", async () => {
    await pinTiming(db, talk.id, untimed.id, 700, NOW - 1000);
    await unpinTiming(db, untimed.id);
    expect(await removals()).toEqual([`t:${untimed.id}`]);

    expect(await pinTiming(db, talk.id, untimed.id, 1420.9, NOW)).toBe(true);
    expect(await db.timings.get(untimed.id)).toEqual({
      quoteId: untimed.id,
      talkId: talk.id,
      start: 1420,
      pinnedAt: NOW,
      changedAt: NOW,
    });
    expect(await removals()).toEqual([]);
  });

  it('refuses a quote its talk does not have, or a talk not installed, and keeps nothing', async () => {
    expect(await pinTiming(db, talk.id, 'brk227-x/no-such-quote', 60, NOW)).toBe(false);
    expect(await pinTiming(db, 'no-such-talk', untimed.id, 60, NOW)).toBe(false);
    expect(await db.timings.count()).toBe(0);
  });
});

describe('timings brought in by an import', () => {
  it('adds those not timed here, stamped now, keeps the one timed here, and forgets their removals', async () => {
    await pinTiming(db, talk.id, timed.id, 2400, NOW - 5000);
    await pinTiming(db, talk.id, untimed.id, 700, NOW - 5000);
    await unpinTiming(db, untimed.id);

    const added = await mergeTimings(
      db,
      [
        { quoteId: timed.id, talkId: talk.id, start: 9, pinnedAt: NOW - 90_000 },
        { quoteId: untimed.id, talkId: talk.id, start: 1420, pinnedAt: NOW - 90_000 },
      ],
      NOW,
    );
    expect(added).toBe(1);
    expect(await db.timings.get(timed.id)).toMatchObject({ start: 2400, changedAt: NOW - 5000 });
    expect(await db.timings.get(untimed.id)).toEqual({
      quoteId: untimed.id,
      talkId: talk.id,
      start: 1420,
      pinnedAt: NOW - 90_000,
      changedAt: NOW,
    });
    expect(await removals()).toEqual([]);
  });
});
