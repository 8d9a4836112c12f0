import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCorpus } from '@/lib/corpus';
import { seedCorpus, storedTalks, TalkDatabase } from '@/lib/db/database';
import type { Save } from '@/lib/model/save';
import {
  quoteIdsOf,
  readFirstScreen,
  readOwnTimings,
  readProfiles,
  readSaves,
  readTalk,
  readTranscript,
} from '@/lib/db/reads';
import type { StoredTranscript } from '@/lib/model/captions';
import { realSeeds, withEdit } from '../seeds';

const corpus = buildCorpus(realSeeds());
const talk = corpus.talks[0]!;
const quote = corpus.quotes[0]!;
let db: TalkDatabase;

const save = (quoteId: string, text: string): Save => ({
  quoteId,
  talkId: talk.id,
  savedAt: 1,
  text,
  speaker: 'Ion Stoica',
  talkTitle: talk.title,
  videoId: null,
  start: null,
  changedAt: 1,
});

afterEach(async () => {
  await db.delete();
});

describe('seeding the database', () => {
  it('puts the corpus in, with chapters in order', async () => {
    db = new TalkDatabase('seed-test');
    expect(await seedCorpus(db, corpus, 'v1')).toBe(true);
    const stored = await db.talks.get(talk.id);
    expect(stored).toEqual({ ...talk, chapters: corpus.chapters, quotes: corpus.quotes });
    expect(stored?.chapters.map((chapter) => chapter.start)).toEqual(
      [...stored!.chapters.map((chapter) => chapter.start)].sort((a, b) => a - b),
    );
    expect(await quoteIdsOf(db, [talk.id, talk.id, 'no-such-talk'])).toEqual(new Set(corpus.quotes.map((q) => q.id)));
    expect(await db.profiles.count()).toBe(1);
    expect(await db.talks.where('videoIds').equals('QwC-J2KFTrM').count()).toBe(1);
  });

  it('is harmless twice, and when two views seed at once', async () => {
    db = new TalkDatabase('seed-twice');
    const results = await Promise.all([seedCorpus(db, corpus, 'v1'), seedCorpus(db, corpus, 'v1')]);
    expect(results.sort()).toEqual([false, true]);
    expect(await seedCorpus(db, corpus, 'v1')).toBe(false);
    expect(await db.talks.count()).toBe(1);
  });

  it('replaces the corpus when it changes and never touches saves', async () => {
    db = new TalkDatabase('reseed');
    await seedCorpus(db, corpus, 'v1');
    await db.saves.bulkPut([save(quote.id, quote.text), save('gone/quote', 'A quote that left the corpus')]);

    const edited = buildCorpus(
      withEdit('003', (text) =>
        text.replace('- Event: Microsoft Build 2026', '- Event: Microsoft Build 2026 (Seattle)'),
      ),
    );
    expect(await seedCorpus(db, edited, 'v2')).toBe(true);

    expect((await db.talks.get(talk.id))?.event).toBe('Microsoft Build 2026 (Seattle)');
    expect(await db.talks.count()).toBe(1);
    expect((await db.talks.get(talk.id))?.chapters).toHaveLength(10);
    expect((await db.saves.toArray()).map((f) => f.quoteId).sort()).toEqual(['gone/quote', quote.id].sort());
    expect((await db.saves.get('gone/quote'))?.text).toBe('A quote that left the corpus');
  });

  it('drops rows of a talk that left the corpus', async () => {
    db = new TalkDatabase('shrink');
    await seedCorpus(db, corpus, 'v1');
    await seedCorpus(db, { talks: [], chapters: [], quotes: [], profiles: [] }, 'empty');
    expect(await db.talks.count()).toBe(0);
    expect(await quoteIdsOf(db, [talk.id])).toEqual(new Set());
  });

  it('seeds again after an update from the layout with chapter and quote tables, keeping saves', async () => {
    const old = new Dexie('upgrade');
    old.version(2).stores({
      talks: 'id, *videoIds',
      chapters: '[talkId+start], talkId',
      quotes: 'id, talkId',
      profiles: 'id, speaker',
      favourites: 'quoteId, savedAt',
      meta: 'key',
      timings: 'quoteId, talkId',
    });
    await old.table('meta').put({ key: 'corpusHash', value: 'v1' });
    await old.table('favourites').put(save(quote.id, quote.text));
    old.close();

    db = new TalkDatabase('upgrade');
    expect(await seedCorpus(db, corpus, 'v1')).toBe(true);
    expect((await db.talks.get(talk.id))?.quotes).toHaveLength(2);
    expect((await db.saves.toArray()).map((f) => f.quoteId)).toEqual([quote.id]);
  });
});

describe('what the database keeps, and under which names', () => {
  it("stores each talk with its own chapters in playback order, whatever the corpus's order, and no stray rows", () => {
    const [first, second, ...rest] = corpus.chapters;
    const shuffled = {
      ...corpus,
      chapters: [...rest.reverse(), second!, first!, { ...first!, talkId: 'no-such-talk' }],
      quotes: [...corpus.quotes, { ...quote, id: 'stray', talkId: 'no-such-talk' }],
    };
    const [stored, ...others] = storedTalks(shuffled);
    expect(others).toEqual([]);
    expect(stored!.chapters).toEqual(corpus.chapters);
    expect(stored!.quotes).toEqual(corpus.quotes);
  });

  it("opens a user's database as the last version left it, under its names: talk-companion, favourites, frames", async () => {
    // Renaming the database or a table would leave every user's saves and slides behind, unread.
    const before = new Dexie('talk-companion');
    before.version(7).stores({
      talks: 'id, *videoIds',
      profiles: 'id, speaker',
      favourites: 'quoteId, savedAt',
      meta: 'key',
      timings: 'quoteId, talkId',
      transcripts: '[videoId+trackId], videoId, talkId',
      tombstones: 'key',
      noteDrafts: 'quoteId',
      frames: 'quoteId, talkId',
    });
    await before.table('favourites').put(save(quote.id, quote.text));
    await before
      .table('frames')
      .put({ quoteId: quote.id, talkId: talk.id, time: 600, image: 'data:', width: 8, height: 8 });
    before.close();

    db = new TalkDatabase();
    expect(db.name).toBe('talk-companion');
    expect((await db.saves.toArray()).map((f) => f.quoteId)).toEqual([quote.id]);
    expect(await db.slides.get(quote.id)).toMatchObject({ time: 600 });
  });

  it('leaves no chapter or quote table behind after the upgrade that moved them into their talk', async () => {
    const old = new Dexie('tables-gone');
    old.version(2).stores({ talks: 'id', chapters: '[talkId+start], talkId', quotes: 'id, talkId', meta: 'key' });
    await old.table('quotes').put(quote);
    old.close();
    db = new TalkDatabase('tables-gone');
    await db.open();
    const names = db.backendDB().objectStoreNames;
    expect(names.contains('quotes') || names.contains('chapters')).toBe(false);
    expect(names.contains('favourites') && names.contains('frames')).toBe(true);
  });
});

describe('the upgrade that adds kept captions', () => {
  it('starts from the schema before it, with data in it, and keeps saves, timings and the corpus', async () => {
    // The schema as the extension before this one left it: version 3, no transcripts table.
    const v3 = new Dexie('captions-v3');
    v3.version(3).stores({
      talks: 'id, *videoIds',
      profiles: 'id, speaker',
      favourites: 'quoteId, savedAt',
      meta: 'key',
      timings: 'quoteId, talkId',
    });
    await v3.table('favourites').put(save(quote.id, quote.text));
    await v3.table('timings').put({ quoteId: quote.id, talkId: talk.id, start: 600, pinnedAt: 1 });
    await v3.table('meta').put({ key: 'corpusHash', value: 'v1' });
    await v3.table('talks').bulkPut(storedTalks(corpus));
    v3.close();

    db = new TalkDatabase('captions-v3');
    expect(await seedCorpus(db, corpus, 'v1')).toBe(false); // the corpus stays as it was: no reseeding needed
    expect((await db.saves.toArray()).map((f) => f.quoteId)).toEqual([quote.id]);
    expect(await db.timings.get(quote.id)).toMatchObject({ start: 600 });
    expect(await db.transcripts.count()).toBe(0);
    await db.transcripts.put({
      videoId: 'QwC-J2KFTrM',
      trackId: '.en',
      talkId: talk.id,
      fetchedAt: 1,
      status: 'none',
      lines: [],
      placements: {},
    });
    expect(await db.transcripts.where('talkId').equals(talk.id).count()).toBe(1);
    expect(db.verno).toBe(8);
  });
});

describe("a view's first screen, as the background reads it", () => {
  const [first, second] = corpus.quotes;

  it('holds the talk, the saves newest first with those still in the corpus, and the own timings', async () => {
    db = new TalkDatabase('first-screen');
    await seedCorpus(db, corpus, 'v1');
    await db.saves.bulkPut([
      save(first!.id, first!.text),
      { ...save('gone/quote', 'A quote that left the corpus'), savedAt: 2 },
    ]);
    await db.timings.put({ quoteId: second!.id, talkId: talk.id, start: 770, pinnedAt: 3, changedAt: 3 });

    const screen = await readFirstScreen(db, talk.id);
    expect(screen.talk?.id).toBe(talk.id);
    expect(screen.talk?.chapters).toHaveLength(corpus.chapters.length);
    expect(screen.saved.map((f) => f.quoteId)).toEqual(['gone/quote', first!.id]);
    expect(screen.inCorpus).toContain(first!.id);
    expect(screen.inCorpus).not.toContain('gone/quote');
    expect(screen.timings).toEqual([[second!.id, 770]]);
    expect(screen.drafts).toEqual([]);
    // Messages carry JSON: what arrives must be what was read.
    expect(JSON.parse(JSON.stringify(screen))).toEqual(screen);
  });

  it('falls back to the first talk installed when no tab plays one, and is empty before seeding', async () => {
    db = new TalkDatabase('first-screen-empty');
    expect(await readFirstScreen(db, undefined)).toEqual({
      talk: undefined,
      saved: [],
      inCorpus: [],
      drafts: [],
      timings: [],
    });
    await seedCorpus(db, corpus, 'v1');
    expect((await readFirstScreen(db, undefined)).talk?.id).toBe(talk.id);
    expect((await readFirstScreen(db, 'no-such-talk')).talk).toBeUndefined();
  });
});

describe('what the views read', () => {
  const [first] = corpus.quotes;
  const transcript = (videoId: string, status: StoredTranscript['status'], fetchedAt: number): StoredTranscript => ({
    videoId,
    trackId: '.en',
    talkId: talk.id,
    fetchedAt,
    status,
    lines: [],
    placements: {},
  });

  beforeEach(async () => {
    db = new TalkDatabase(`reads-${Math.random()}`);
    await seedCorpus(db, corpus, 'v1');
  });

  it('the first talk installed, by its id, when no tab plays one', async () => {
    await db.talks.put({ ...(await db.talks.get(talk.id))!, id: '0-earlier', title: 'Earlier' });
    expect((await readTalk(db, undefined))?.id).toBe('0-earlier');
    expect((await readTalk(db, talk.id))?.id).toBe(talk.id);
  });

  it("a talk's speakers' profiles, and none without a talk", async () => {
    expect((await readProfiles(db, talk)).map((profile) => profile.speaker)).toEqual(
      corpus.profiles.map((profile) => profile.speaker),
    );
    await db.profiles.put({ ...corpus.profiles[0]!, id: 'someone-else', speaker: 'Someone Else' });
    expect(await readProfiles(db, talk)).toHaveLength(corpus.profiles.length);
    expect(await readProfiles(db, undefined)).toEqual([]);
  });

  it('the saves newest first, whatever their ids, with the drafts being typed', async () => {
    await db.saves.bulkPut([
      { ...save('a-first', 'A'), savedAt: 10 },
      { ...save('b-last', 'B'), savedAt: 30 },
      { ...save('c-middle', 'C'), savedAt: 20 },
    ]);
    await db.noteDrafts.put({ quoteId: 'c-middle', text: 'half a thought', at: 5 });
    const saves = await readSaves(db);
    expect(saves.saved.map((s) => s.quoteId)).toEqual(['b-last', 'c-middle', 'a-first']);
    expect([...saves.drafts]).toEqual([['c-middle', 'half a thought']]);
    expect((await readFirstScreen(db, talk.id)).drafts).toEqual([['c-middle', 'half a thought']]);
  });

  it("one talk's own timings, or every talk's", async () => {
    await db.timings.bulkPut([
      { quoteId: first!.id, talkId: talk.id, start: 600, pinnedAt: 1, changedAt: 1 },
      { quoteId: 'other/q', talkId: 'other', start: 60, pinnedAt: 1, changedAt: 1 },
    ]);
    expect([...(await readOwnTimings(db, talk.id))]).toEqual([[first!.id, 600]]);
    expect((await readOwnTimings(db)).size).toBe(2);
  });

  it("the transcript a talk's views show: the newest read captions, else the newest word why there are none", async () => {
    expect(await readTranscript(db, undefined)).toBeUndefined();
    expect(await readTranscript(db, talk.id)).toBeUndefined();
    // Kept by video id, so the table's own order (a, b, c, d) is not the order of reading.
    await db.transcripts.bulkPut([
      transcript('a-older-ready', 'ready', 10),
      transcript('b-newest-none', 'none', 30),
      transcript('c-newer-ready', 'ready', 20),
      transcript('d-oldest-ready', 'ready', 5),
    ]);
    expect((await readTranscript(db, talk.id))?.videoId).toBe('c-newer-ready');
    await db.transcripts.filter((row) => row.status === 'ready').delete();
    await db.transcripts.bulkPut([transcript('a-older-none', 'unavailable', 5), transcript('c-none', 'none', 20)]);
    expect((await readTranscript(db, talk.id))?.videoId).toBe('b-newest-none');
  });

  it('the first screen carries the transcript only when asked for it', async () => {
    await db.transcripts.put(transcript('QwC-J2KFTrM', 'ready', 10));
    expect(await readFirstScreen(db, talk.id)).not.toHaveProperty('transcript');
    expect((await readFirstScreen(db, talk.id, true)).transcript?.videoId).toBe('QwC-J2KFTrM');
    await db.transcripts.clear();
    expect(await readFirstScreen(db, talk.id, true)).not.toHaveProperty('transcript');
    expect(await readFirstScreen(db, 'no-such-talk', true)).toMatchObject({ talk: undefined });
  });
});
