// The slides' rules: which saves of the talk's page still want one and where their moment is, what is kept (a slide
// once, the key's replacing it; a reason only where there is no slide), and the zip of the note with its slides.
import 'fake-indexeddb/auto';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedCorpus, TalkDatabase } from '@/lib/db/database';
import { noPageQuotes } from '@/lib/model/messages';
import { dataUrlBytes, momentAt, momentsWithoutSlide } from '@/lib/saves/slides';
import { storeSlide, noteSlideMissing } from '@/lib/saves/write/slides';
import { readSlides } from '@/lib/db/reads';
import { noteWithSlides } from '@/lib/saves/slides-export';
import { removeSave, saveOf, setSaved } from '@/lib/saves/write/saves';
import { timelineOf } from '@/lib/timeline/timeline';
import { realTalk } from '../seeds';

const { corpus, talk, timed, untimed } = realTalk();
/** An 8×8 JPEG: small, and real. */
const JPEG =
  'data:image/jpeg;base64,/9j/4AAQSkZJRgABAgAAAQABAAD//gAQTGF2YzU5LjM3LjEwMAD/2wBDAAg+Pkk+SVVVVVVVVWRdZGhoaGRkZGRoaGhwcHCDg4NwcHBoaHBwfHyDg4+Tj4eHg4eTk5ubm7q6srLZ2eD/////xABMAAEBAAAAAAAAAAAAAAAAAAAABgEBAQAAAAAAAAAAAAAAAAAABgcQAQAAAAAAAAAAAAAAAAAAAAARAQAAAAAAAAAAAAAAAAAAAAD/wAARCAAIAAgDASIAAhEAAxEA/9oADAMBAAIRAxEAPwCLAFF/f//Z';
const slide = { image: JPEG, width: 1, height: 1 };
let db: TalkDatabase;

beforeEach(async () => {
  db = new TalkDatabase(`frames-${Math.random()}`);
  await seedCorpus(db, corpus, 'v1');
});
afterEach(() => db.delete());

describe('which saves want a slide, and when', () => {
  const page = {
    ...noPageQuotes(talk.id),
    quotes: [
      { id: 'q', text: 'two words', speaker: 'Ion Stoica', start: 100 },
      { id: 'unsaved', text: 'x', speaker: 'Ion Stoica', start: 200 },
    ],
    savedLines: [{ id: 'line', text: 'a line', speaker: '', start: 300 }],
    saved: ['q', 'line'],
  };

  it('are the saves of the page without one, each over the moment it is said', () => {
    expect(momentsWithoutSlide(page)).toEqual([
      { quoteId: 'q', start: 100, end: 105 },
      { quoteId: 'line', start: 300, end: 305 },
    ]);
    expect(momentsWithoutSlide({ ...page, withSlide: ['q'] })).toEqual([{ quoteId: 'line', start: 300, end: 305 }]);
    expect(momentsWithoutSlide({ ...page, withSlide: ['line'] })).toEqual([{ quoteId: 'q', start: 100, end: 105 }]);
  });

  it("is on screen from the moment's first second to just before its end", () => {
    const moments = momentsWithoutSlide(page);
    expect([99.9, 100, 104.9, 105, 302].map((time) => momentAt(moments, time)?.quoteId)).toEqual([
      undefined,
      'q',
      'q',
      undefined,
      'line',
    ]);
  });

  it("counts an image's bytes, not its data URL's", () => {
    expect(dataUrlBytes(JPEG)).toBe(225);
    expect(dataUrlBytes('data:image/jpeg;base64,QUJD')).toBe(3);
    expect(dataUrlBytes('data:image/jpeg;base64,QUI=')).toBe(2);
    expect(dataUrlBytes('data:image/jpeg;base64,QQ==')).toBe(1);
  });
});

describe('keeping slides', () => {
  it("keeps a save's first slide, the key's in its place, and none for what is not saved", async () => {
    await setSaved(db, talk.id, timed.id, true);
    expect(await storeSlide(db, timed.id, 2485, slide)).toBe(true);
    expect(await storeSlide(db, timed.id, 2490, { ...slide, width: 2 })).toBe(false);
    expect((await readSlides(db)).get(timed.id)).toMatchObject({ time: 2485, width: 1, bytes: 225, talkId: talk.id });
    expect(await storeSlide(db, timed.id, 2490, { ...slide, width: 2 }, true)).toBe(true);
    expect((await readSlides(db)).get(timed.id)).toMatchObject({ time: 2490, width: 2 });
    expect(await storeSlide(db, untimed.id, 1, slide)).toBe(false);
    expect(await db.slides.count()).toBe(1);
  });

  it('says why a save has no slide, but never over one it has', async () => {
    await setSaved(db, talk.id, timed.id, true);
    await noteSlideMissing(db, timed.id, 2485, 'ad');
    expect((await readSlides(db)).get(timed.id)).toMatchObject({ missing: 'ad' });
    await storeSlide(db, timed.id, 2486, slide);
    await noteSlideMissing(db, timed.id, 2487, 'unreadable');
    expect((await readSlides(db)).get(timed.id)).toMatchObject({ image: JPEG, time: 2486 });
    await noteSlideMissing(db, untimed.id, 1, 'ad');
    expect(await db.slides.count()).toBe(1);
  });

  it('goes with its save', async () => {
    await setSaved(db, talk.id, timed.id, true);
    await storeSlide(db, timed.id, 2485, slide);
    await removeSave(db, timed.id);
    expect(await db.slides.count()).toBe(0);
  });
});

describe('the note with its slides', () => {
  it('is one folder named for the talk: the note, linking each slide in slides/, and the slides', () => {
    const saves = [saveOf(timed, talk, 2), saveOf(untimed, talk, 1)];
    const slides = new Map([[timed.id, { quoteId: timed.id, talkId: talk.id, time: 2485, ...slide }]]);
    const { name, bytes } = noteWithSlides(
      {
        talk,
        chapters: corpus.chapters,
        saves,
        timeline: timelineOf(new Map(), undefined),
        savedOn: new Date('2026-12-02'),
      },
      slides,
    );
    expect(name).toBe('BRK227 Distributed systems to AI platforms with Mark Russinovich Ion Stoica.zip');
    const files = unzipSync(bytes);
    const folder = name.replace(/\.zip$/, '');
    expect(Object.keys(files).sort()).toEqual([`${folder}/${folder}.md`, `${folder}/slides/41-25-01.jpg`]);
    expect(new TextDecoder().decode(files[`${folder}/${folder}.md`])).toContain(
      '\n\n![Slide at 41:21](slides/41-25-01.jpg)\n',
    );
    expect(files[`${folder}/slides/41-25-01.jpg`]).toEqual(
      Uint8Array.from(atob(JPEG.split(',')[1]!), (char) => char.charCodeAt(0)),
    );
  });
});
