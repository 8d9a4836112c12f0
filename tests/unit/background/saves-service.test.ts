// The one writer: every change a user makes arrives as one message naming the action, is checked, committed, and
// only then answered; a malformed message changes nothing.
import 'fake-indexeddb/auto';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { deliver } from '../messaging-mock';

vi.mock('@/lib/messaging', (original) =>
  import('../messaging-mock').then(({ mockMessaging }) => mockMessaging(original)),
);
const { registerSavesService } = await import('@/lib/background/saves-service');
const { corpusReady } = await import('@/lib/db/seeding');
const { db } = await import('@/lib/db/store');
const { savesJson } = await import('@/lib/saves/export-file');
const { settingOn } = await import('@/lib/settings');
const { keepCaptions } = await import('@/lib/db/kept-captions');

const ask = deliver;
let talkId: string;
let timedId: string;
let untimedId: string;

beforeAll(async () => {
  registerSavesService();
  await corpusReady();
  const talk = (await db.talks.toCollection().first())!;
  talkId = talk.id;
  timedId = talk.quotes.find((quote) => quote.start !== null)!.id;
  untimedId = talk.quotes.find((quote) => quote.start === null)!.id;
});
beforeEach(async () => {
  await Promise.all([
    db.saves.clear(),
    db.timings.clear(),
    db.transcripts.clear(),
    db.tombstones.clear(),
    db.noteDrafts.clear(),
    db.slides.clear(),
  ]);
  fakeBrowser.storage.local.clear();
});

describe('the one writer', () => {
  it('stars and un-stars a quote of the talk, answering once it is committed', async () => {
    expect(await ask('setSaved', { talkId, quoteId: timedId, saved: true })).toBe(true);
    expect(await db.saves.get(timedId)).toMatchObject({ talkId, quoteId: timedId });
    expect(await ask('setSaved', { talkId, quoteId: timedId, saved: false })).toBe(false);
    expect(await db.saves.count()).toBe(0);
    expect(await db.tombstones.get(`f:${timedId}`)).toBeDefined();
  });

  it('stars a line of the kept captions by its start, and no line they lack', async () => {
    const line = { start: 14, end: 17, text: 'we spent years on locality' };
    await db.transcripts.put({
      videoId: 'QwC-J2KFTrM',
      trackId: '.en',
      talkId,
      fetchedAt: 1,
      status: 'ready',
      lines: [line],
      placements: {},
    });
    expect(await ask('setLineSaved', { talkId, videoId: 'QwC-J2KFTrM', start: 14, saved: true })).toBe(true);
    expect((await db.saves.toArray()).map((save) => [save.text, save.source])).toEqual([[line.text, 'captions']]);
    expect(await ask('setLineSaved', { talkId, videoId: 'QwC-J2KFTrM', start: 15, saved: true })).toBe(false);
    expect(await db.saves.count()).toBe(1);
  });

  it('saves by key the quote nearest the moment the tab gives, and says what it did', async () => {
    expect(await ask('saveQuoteAt', { talkId, time: 2490 })).toMatchObject({
      saved: 'new',
      text: expect.stringMatching(/^I think that in theoretical/),
    });
    expect(await ask('saveQuoteAt', { talkId, time: 2441 })).toMatchObject({ saved: 'already' });
    expect(await ask('saveQuoteAt', { talkId, time: 300 })).toEqual({ saved: 'none' });
  });

  it('keeps a note, refuses one over the limit with the reason, and one on a quote no longer saved', async () => {
    await ask('setSaved', { talkId, quoteId: timedId, saved: true });
    expect(await ask('setNote', { quoteId: timedId, note: 'Ask Ion' })).toBeNull();
    expect(await db.saves.get(timedId)).toMatchObject({ note: 'Ask Ion' });
    expect(await ask('setNote', { quoteId: timedId, note: 'x'.repeat(2001) })).toMatch(
      /at most 2,000 characters; this one has 2,001\. Nothing was cut/,
    );
    expect(await db.saves.get(timedId)).toMatchObject({ note: 'Ask Ion' });
    expect(await ask('setNote', { quoteId: untimedId, note: 'hm' })).toMatch(/no longer saved/);
  });

  it('keeps a note as it is typed, until it is saved or discarded', async () => {
    await ask('setSaved', { talkId, quoteId: timedId, saved: true });
    expect(await ask('keepNoteDraft', { quoteId: timedId, draft: 'Ask Ion whe' })).toBeNull();
    expect(await db.noteDrafts.get(timedId)).toMatchObject({ text: 'Ask Ion whe' });
    expect(await db.saves.get(timedId)).not.toHaveProperty('note');
    await ask('setNote', { quoteId: timedId, note: 'Ask Ion whether' });
    expect(await db.noteDrafts.count()).toBe(0);
    await ask('keepNoteDraft', { quoteId: timedId, draft: 'second thoughts' });
    expect(await ask('keepNoteDraft', { quoteId: timedId, draft: null })).toBeNull();
    expect(await db.noteDrafts.count()).toBe(0);
    expect(await ask('keepNoteDraft', { quoteId: untimedId, draft: 'on nothing saved' })).toMatch(/no longer saved/);
    // Removing the save removes what was being typed on it.
    await ask('keepNoteDraft', { quoteId: timedId, draft: 'half a' });
    await ask('removeSave', { quoteId: timedId });
    expect(await db.noteDrafts.count()).toBe(0);
  });

  it("pins and unpins the user's own timing of a quote of the talk, and no other", async () => {
    await ask('pinTiming', { talkId, quoteId: untimedId, start: 600.7 });
    expect(await db.timings.get(untimedId)).toMatchObject({ talkId, start: 600 });
    await ask('pinTiming', { talkId, quoteId: 'no-such-quote', start: 10 });
    expect(await db.timings.count()).toBe(1);
    await ask('unpinTiming', { quoteId: untimedId });
    expect(await db.timings.count()).toBe(0);
  });

  it('imports a whole file or nothing, and says which', async () => {
    const quote = (await db.talks.get(talkId))!.quotes.find((candidate) => candidate.id === timedId)!;
    const save = {
      quoteId: timedId,
      talkId,
      savedAt: 1,
      text: quote.text,
      speaker: quote.speaker,
      talkTitle: 'T',
      videoId: null,
      start: 2481,
    };
    const timing = { quoteId: untimedId, talkId, start: 700, pinnedAt: 2 };
    expect(await ask('importSaves', { text: savesJson([save], [timing]) })).toEqual({
      text: 'Imported 1 quote; 0 quotes were already saved.',
      error: false,
    });
    expect([await db.saves.count(), await db.timings.count()]).toEqual([1, 1]);
    expect(await ask('importSaves', { text: savesJson([save], [timing]) })).toEqual({
      text: 'Imported 0 quotes; 1 quote was already saved.',
      error: false,
    });
    expect(await ask('importSaves', { text: '{"format": "talk-comp' })).toMatchObject({
      error: true,
      text: expect.stringMatching(/Nothing was imported/),
    });
  });

  it('keeps a slide the page took, or why it took none; and with the slide key, saves the line said and keeps this slide with it', async () => {
    const slide = {
      image:
        'data:image/jpeg;base64,/9j/4AAQSkZJRgABAgAAAQABAAD//gAQTGF2YzU5LjM3LjEwMAD/2wBDAAg+Pkk+SVVVVVVVVWRdZGhoaGRkZGRoaGhwcHCDg4NwcHBoaHBwfHyDg4+Tj4eHg4eTk5ubm7q6srLZ2eD/////xABMAAEBAAAAAAAAAAAAAAAAAAAABgEBAQAAAAAAAAAAAAAAAAAABgcQAQAAAAAAAAAAAAAAAAAAAAARAQAAAAAAAAAAAAAAAAAAAAD/wAARCAAIAAgDASIAAhEAAxEA/9oADAMBAAIRAxEAPwCLAFF/f//Z',
      width: 1,
      height: 1,
    };
    await ask('setSaved', { talkId, quoteId: timedId, saved: true });
    expect(await ask('keepSlide', { quoteId: timedId, time: 2485, missing: 'ad' })).toBe(false);
    expect(await db.slides.get(timedId)).toMatchObject({ missing: 'ad' });
    expect(await ask('keepSlide', { quoteId: timedId, time: 2486, slide })).toBe(true);
    expect(await db.slides.get(timedId)).toMatchObject({ time: 2486, image: slide.image });
    // A save's first slide stays: the page's next sight of the moment takes none over it.
    expect(await ask('keepSlide', { quoteId: timedId, time: 2490, slide: { ...slide, width: 2 } })).toBe(false);
    expect(await db.slides.get(timedId)).toMatchObject({ time: 2486, width: 1 });
    expect(
      await ask('keepSlide', {
        quoteId: timedId,
        time: 2486,
        slide: { ...slide, image: 'data:text/html;base64,PGI+' },
      }),
    ).toBe(false);
    expect(await ask('keepSlide', { quoteId: timedId, time: 2486, missing: 'elsewhere' })).toBe(false);

    const line = { start: 600, end: 603, text: 'we spent years on locality' };
    await db.transcripts.put({
      videoId: 'QwC-J2KFTrM',
      trackId: '.en',
      talkId,
      fetchedAt: 1,
      status: 'ready',
      lines: [line],
      placements: {},
    });
    // A damaged frame: the key's request is refused whole, and no line is saved for it.
    expect(
      await ask('keepSlideNow', {
        talkId,
        videoId: 'QwC-J2KFTrM',
        time: 601,
        slide: { ...slide, image: 'data:text/html;base64,PGI+' },
      }),
    ).toEqual({ saved: 'none' });
    expect(await db.saves.count()).toBe(1);
    expect(await ask('keepSlideNow', { talkId, videoId: 'QwC-J2KFTrM', time: 601, slide })).toEqual({
      saved: 'new',
      text: line.text,
    });
    expect(
      await ask('keepSlideNow', { talkId, videoId: 'QwC-J2KFTrM', time: 602, slide: { ...slide, width: 2 } }),
    ).toEqual({ saved: 'already', text: line.text });
    const lineSave = (await db.saves.toArray()).find((save) => save.source === 'captions')!;
    expect(await db.slides.get(lineSave.quoteId)).toMatchObject({ time: 602, width: 2 });
    // Where no captions are kept, the quote being said; where nothing is said, nothing.
    await db.transcripts.clear();
    expect(await ask('keepSlideNow', { talkId, videoId: 'QwC-J2KFTrM', time: 2482, slide })).toMatchObject({
      saved: 'already',
    });
    // Nothing read for the video yet: the answer says its captions are being read, not that nothing is said.
    expect(await ask('keepSlideNow', { talkId, videoId: 'QwC-J2KFTrM', time: 20, slide })).toEqual({
      saved: 'reading',
    });
    await keepCaptions(db, { talkId, videoId: 'QwC-J2KFTrM', outcome: 'none' });
    expect(await ask('keepSlideNow', { talkId, videoId: 'QwC-J2KFTrM', time: 20, slide })).toEqual({ saved: 'none' });
    expect(await db.saves.count()).toBe(2);
  });

  it('turns a switch, and no setting it does not know', async () => {
    await ask('setSetting', { setting: 'syncEnabled', on: false });
    expect(await settingOn('syncEnabled')).toBe(false);
    await ask('setSetting', { setting: 'everything', on: false });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ syncEnabled: false });
  });

  it('changes nothing for a malformed message, and answers as for a change not made', async () => {
    const answers = [];
    for (const [type, data] of [
      ['setSaved', { talkId }],
      ['setLineSaved', { talkId, videoId: 'QwC-J2KFTrM', start: -1 }],
      ['saveQuoteAt', { talkId, time: -1 }],
      ['removeSave', {}],
      ['setNote', { quoteId: timedId, note: 42 }],
      ['keepNoteDraft', { quoteId: timedId }],
      ['pinTiming', { talkId, quoteId: untimedId, start: 'soon' }],
      ['unpinTiming', {}],
      ['importSaves', { text: 7 }],
    ] as const)
      answers.push(await ask(type, data));
    expect(answers).toEqual([
      false,
      false,
      { saved: 'none' },
      undefined,
      'This note could not be read.',
      'This note could not be read.',
      undefined,
      undefined,
      { text: 'This file could not be read. Nothing was imported.', error: true },
    ]);
    expect([await db.saves.count(), await db.timings.count(), await db.noteDrafts.count()]).toEqual([0, 0, 0]);
  });
});
