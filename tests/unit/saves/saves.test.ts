import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedCorpus, TalkDatabase } from '@/lib/db/database';
import { NOTE_LIMIT } from '@/lib/saves/limits';
import { setNote } from '@/lib/saves/write/notes';
import { captionQuoteId, savedLineSecond } from '@/lib/saves/ids';
import {
  saveOf,
  addImportedSaves,
  removeSave,
  saveQuoteNear,
  saveWhatIsSaid,
  setLineSaved,
  setSaved,
} from '@/lib/saves/write/saves';
import { pinTiming } from '@/lib/saves/write/timings';
import { savedNewestFirst } from '@/lib/db/reads';
import { captionsPlacing, realTalk } from '../seeds';

const { corpus, talk, timed, untimed } = realTalk();
let db: TalkDatabase;

beforeEach(async () => {
  db = new TalkDatabase(`saves-${Math.random()}`);
  await seedCorpus(db, corpus, 'v1');
});
afterEach(() => db.delete());

describe('starring', () => {
  it('saves and takes a save back as the star asks, newest first, keeping a copy of the quote', async () => {
    expect(await setSaved(db, talk.id, untimed.id, true)).toBe(true);
    expect(await setSaved(db, talk.id, timed.id, true)).toBe(true);
    expect((await savedNewestFirst(db)).map((f) => f.quoteId)).toEqual([timed.id, untimed.id]);
    expect(await db.saves.get(timed.id)).toMatchObject({
      text: timed.text,
      speaker: 'Ion Stoica',
      talkTitle: talk.title,
      start: 2481,
    });
    expect(await setSaved(db, talk.id, untimed.id, false)).toBe(false);
    expect((await savedNewestFirst(db)).map((f) => f.quoteId)).toEqual([timed.id]);
  });

  it('saves nothing for a quote or a talk the corpus lacks', async () => {
    expect(await setSaved(db, talk.id, 'no/such-quote', true)).toBe(false);
    expect(await setSaved(db, 'no-such-talk', timed.id, true)).toBe(false);
    expect(await db.saves.count()).toBe(0);
  });

  it('writes nothing when what the star asks for already holds: no newer stamp over a save, no removal of nothing', async () => {
    // Another view, or a merge from another browser, got there first: the star pressed on the older view asks for
    // what is already so.
    expect(await setSaved(db, talk.id, timed.id, true)).toBe(true);
    const first = await db.saves.get(timed.id);
    expect(await setSaved(db, talk.id, timed.id, true)).toBe(true);
    expect(await db.saves.get(timed.id)).toEqual(first);
    expect(await setSaved(db, talk.id, untimed.id, false)).toBe(false);
    expect(await db.tombstones.count()).toBe(0);
  });

  it('removes a save whose quote left the corpus', async () => {
    await db.saves.add({ ...saveOf(timed, talk), quoteId: 'gone/quote' });
    await removeSave(db, 'gone/quote');
    expect(await db.saves.count()).toBe(0);
  });
});

describe("a save's own copy", () => {
  it("keeps the quote's words, speaker, talk, video and time, so it outlives the quote leaving the corpus", () => {
    expect(saveOf(timed, talk, 7)).toEqual({
      quoteId: timed.id,
      talkId: talk.id,
      savedAt: 7,
      text: timed.text,
      speaker: timed.speaker,
      talkTitle: talk.title,
      videoId: 'QwC-J2KFTrM',
      start: 2481,
      changedAt: 7,
    });
    expect(saveOf(timed, { ...talk, videoIds: [] }, 7).videoId).toBeNull();
  });

  it('names a caption line by its talk, video and tenth of a second', () => {
    expect(captionQuoteId('brk227', 'QwC-J2KFTrM', { start: 301.54 })).toBe('brk227/captions/QwC-J2KFTrM@3015');
  });

  it('forgets the removal when a quote, a line or an import saves it again', async () => {
    await setSaved(db, talk.id, timed.id, true);
    await setSaved(db, talk.id, timed.id, false);
    expect(await db.tombstones.count()).toBe(1);
    await addImportedSaves(db, [saveOf(timed, talk, 5)]);
    expect(await db.tombstones.count()).toBe(0);
    const line = { start: 14, end: 17, text: 'we spent years on locality' };
    await db.transcripts.put({
      videoId: 'QwC-J2KFTrM',
      trackId: '.en',
      talkId: talk.id,
      fetchedAt: 1,
      status: 'ready',
      lines: [line],
      placements: {},
    });
    await setLineSaved(db, talk.id, 'QwC-J2KFTrM', 14, true);
    await setLineSaved(db, talk.id, 'QwC-J2KFTrM', 14, false);
    expect(await db.tombstones.count()).toBe(1);
    await setLineSaved(db, talk.id, 'QwC-J2KFTrM', 14, true);
    expect(await db.tombstones.count()).toBe(0);
  });
});

describe('starring a line of the captions', () => {
  it("never saves a line from the kept captions of another of the talk's videos", async () => {
    const line = { start: 301.5, end: 304, text: 'words of another upload' };
    await db.transcripts.put({
      videoId: 'OtherUpload',
      trackId: '.en',
      talkId: talk.id,
      fetchedAt: 1,
      status: 'ready',
      lines: [line],
      placements: {},
    });
    expect(await setLineSaved(db, talk.id, 'QwC-J2KFTrM', 301.5, true)).toBe(false);
    expect(await db.saves.count()).toBe(0);
    expect(await setLineSaved(db, talk.id, 'OtherUpload', 301.5, true)).toBe(true);
  });

  it("saves it as a quote of the user's, from captions, with its time and talk; a second star removes it", async () => {
    const line = { start: 301.5, end: 304, text: 'we spent years making the scheduler aware of locality' };
    await db.transcripts.put({
      videoId: 'QwC-J2KFTrM',
      trackId: '.en',
      talkId: talk.id,
      fetchedAt: 1,
      status: 'ready',
      lines: [line],
      placements: {},
    });
    expect(await setLineSaved(db, talk.id, 'QwC-J2KFTrM', 301.5, true)).toBe(true);
    const [saved] = await savedNewestFirst(db);
    expect(saved).toMatchObject({
      quoteId: captionQuoteId(talk.id, 'QwC-J2KFTrM', line),
      talkId: talk.id,
      text: line.text,
      speaker: '',
      start: 301.5,
      source: 'captions',
      videoId: 'QwC-J2KFTrM',
    });
    expect(await setLineSaved(db, talk.id, 'QwC-J2KFTrM', 301.5, false)).toBe(false);
    expect(await db.saves.count()).toBe(0);
  });

  it("keeps a line starred on YouTube's transcript (to the second) when a track replaces it (to the tenth)", async () => {
    const put = (start: number, source: 'panel' | 'captions') =>
      db.transcripts.put({
        videoId: 'QwC-J2KFTrM',
        trackId: source === 'panel' ? 'panel' : '.en',
        talkId: talk.id,
        fetchedAt: 1,
        status: 'ready',
        source,
        lines: [{ start, end: start + 3, text: 'we spent years on locality' }],
        placements: {},
      });
    await put(601, 'panel');
    expect(await setLineSaved(db, talk.id, 'QwC-J2KFTrM', 601, true)).toBe(true);
    await db.transcripts.clear();
    await put(601.5, 'captions');
    expect(savedLineSecond(talk.id, 'QwC-J2KFTrM', (await db.saves.toArray())[0]!.quoteId)).toBe(601);
    // The star on the track's line is the same star: pressing it takes the save away.
    expect(await setLineSaved(db, talk.id, 'QwC-J2KFTrM', 601.5, false)).toBe(false);
    expect(await db.saves.count()).toBe(0);
  });

  it('un-stars the very line pressed, among several saved, even one said at the end of its second', async () => {
    const lines = [14, 20, 26.96].map((start) => ({ start, end: start + 3, text: `line at ${start}` }));
    await db.transcripts.put({
      videoId: 'QwC-J2KFTrM',
      trackId: '.en',
      talkId: talk.id,
      fetchedAt: 1,
      status: 'ready',
      lines,
      placements: {},
    });
    for (const line of lines) expect(await setLineSaved(db, talk.id, 'QwC-J2KFTrM', line.start, true)).toBe(true);
    expect(await setLineSaved(db, talk.id, 'QwC-J2KFTrM', 26.96, false)).toBe(false);
    expect(await setLineSaved(db, talk.id, 'QwC-J2KFTrM', 20, false)).toBe(false);
    expect((await db.saves.toArray()).map((save) => save.text)).toEqual(['line at 14']);
  });

  it("stars no line from another talk's captions of the video, nor from captions not read", async () => {
    const line = { start: 14, end: 17, text: 'we spent years on locality' };
    await db.transcripts.put({
      videoId: 'QwC-J2KFTrM',
      trackId: '.en',
      talkId: 'another-talk',
      fetchedAt: 1,
      status: 'ready',
      lines: [line],
      placements: {},
    });
    expect(await setLineSaved(db, talk.id, 'QwC-J2KFTrM', 14, true)).toBe(false);
    await db.transcripts.clear();
    await db.transcripts.put({
      videoId: 'QwC-J2KFTrM',
      trackId: '',
      talkId: talk.id,
      fetchedAt: 1,
      status: 'unavailable',
      lines: [line],
      placements: {},
    });
    expect(await setLineSaved(db, talk.id, 'QwC-J2KFTrM', 14, true)).toBe(false);
  });

  it('saves no line the kept captions lack, whatever a message says its words are', async () => {
    expect(await setLineSaved(db, talk.id, 'QwC-J2KFTrM', 301.5, true)).toBe(false);
    expect(await db.saves.count()).toBe(0);
  });
});

describe('saving by key', () => {
  it('saves the quote being said, once', async () => {
    expect(await saveQuoteNear(db, talk.id, 2490)).toEqual({ saved: 'new', text: timed.text });
    expect(await saveQuoteNear(db, talk.id, 2495)).toEqual({ saved: 'already', text: timed.text });
    expect((await db.saves.toArray()).map((f) => f.quoteId)).toEqual([timed.id]);
  });

  it('saves the untimed quote where the user pinned it', async () => {
    await pinTiming(db, talk.id, untimed.id, 600);
    expect(await saveQuoteNear(db, talk.id, 602)).toEqual({ saved: 'new', text: untimed.text });
  });

  it('saves the untimed quote where the captions place it', async () => {
    await db.transcripts.put({
      videoId: 'QwC-J2KFTrM',
      trackId: '.en',
      talkId: talk.id,
      fetchedAt: 1,
      status: 'ready',
      lines: [],
      ...captionsPlacing({ [untimed.id]: 1420 }),
    });
    expect(await saveQuoteNear(db, talk.id, 1425)).toEqual({ saved: 'new', text: untimed.text });
  });

  it('with the slide key, where no line of this video is kept, saves the untimed quote where the captions place it', async () => {
    // The transcript that counts for the talk is of another upload: no line of this video to save, but its placements
    // still give the untimed quote its moment (the slide key once left the captions out of its timeline).
    await db.transcripts.put({
      videoId: 'Reupload001',
      trackId: '.en',
      talkId: talk.id,
      fetchedAt: 1,
      status: 'ready',
      lines: [],
      ...captionsPlacing({ [untimed.id]: 1420 }),
    });
    expect(await saveWhatIsSaid(db, talk.id, 'QwC-J2KFTrM', 1425)).toEqual({
      quoteId: untimed.id,
      text: untimed.text,
      added: true,
    });
  });

  it('saves nothing for a talk not installed', async () => {
    expect(await saveQuoteNear(db, 'no-such-talk', 2490)).toEqual({ saved: 'none' });
    expect(await saveWhatIsSaid(db, 'no-such-talk', 'QwC-J2KFTrM', 2490)).toBeUndefined();
  });

  it('saves nothing far from any quote', async () => {
    expect(await saveQuoteNear(db, talk.id, 20)).toEqual({ saved: 'none' });
    expect(await db.saves.count()).toBe(0);
  });
});

describe('importing', () => {
  it('merges, counting what was added and what was already there', async () => {
    const saved = [saveOf(timed, talk, 2000), saveOf(untimed, talk, 1000)];
    await db.saves.add(saved[0]!);
    expect(await addImportedSaves(db, saved)).toEqual({ added: 1, existing: 1 });
    expect(await addImportedSaves(db, saved)).toEqual({ added: 0, existing: 2 });
    expect(await db.saves.count()).toBe(2);
  });
});

describe('notes on saves', () => {
  it('keeps a note as typed, replaces it, and removes it when emptied, with when it was written', async () => {
    await setSaved(db, talk.id, timed.id, true);
    expect(await setNote(db, timed.id, '  Ask about Lean\n<b>not markup</b>', 10)).toBeUndefined();
    expect(await db.saves.get(timed.id)).toMatchObject({ note: '  Ask about Lean\n<b>not markup</b>', noteAt: 10 });
    expect(await setNote(db, timed.id, '   ', 20)).toBeUndefined();
    const cleared = (await db.saves.get(timed.id))!;
    expect(cleared.note).toBeUndefined();
    expect(cleared.noteAt).toBe(20);
  });

  it('refuses a note over the limit, saying so, and keeps the one before whole', async () => {
    await setSaved(db, talk.id, timed.id, true);
    await setNote(db, timed.id, 'first thoughts');
    expect(await setNote(db, timed.id, 'x'.repeat(NOTE_LIMIT + 1))).toMatch(
      /at most 2,000 characters; this one has 2,001\. Nothing was cut/,
    );
    expect(await setNote(db, timed.id, 'x'.repeat(NOTE_LIMIT))).toBeUndefined();
    expect((await db.saves.get(timed.id))!.note).toHaveLength(NOTE_LIMIT);
  });

  it('says so when the quote is no longer saved', async () => {
    expect(await setNote(db, timed.id, 'orphan')).toMatch(/no longer saved/);
  });
});
