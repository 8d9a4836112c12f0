import { describe, expect, it } from 'vitest';
import { savesJson, FILE_FORMAT, MAX_IMPORT_BYTES, readSavesFile } from '@/lib/saves/export-file';
import { saveOf } from '@/lib/saves/write/saves';
import { realTalk } from '../seeds';

const { talk, timed, untimed } = realTalk();
// As a file carries them: when a save last changed in this browser stays this browser's.
const saved = [saveOf(timed, talk, 2000), saveOf(untimed, talk, 1000)].map(({ changedAt: _, ...save }) => save);

describe('the JSON export', () => {
  const timing = { quoteId: untimed.id, talkId: talk.id, start: 600, pinnedAt: 3 };

  it("round-trips through import, with the user's own timings", () => {
    const file = savesJson(saved, [timing], new Date('2026-11-21T10:00:00Z'));
    expect(JSON.parse(file)).toMatchObject({ format: FILE_FORMAT, version: 4, exportedAt: '2026-11-21T10:00:00.000Z' });
    expect(JSON.parse(file)).not.toHaveProperty('slides');
    expect(readSavesFile(file)).toEqual({ ok: true, saves: saved, timings: [timing], slides: [] });
  });

  it("leaves out this browser's own mark that a save's slide stayed in the browser it was saved in", () => {
    const file = savesJson([{ ...saved[0]!, slideElsewhere: true }]);
    expect(readSavesFile(file)).toMatchObject({ ok: true, saves: [saved[0]] });
    expect(file).not.toContain('slideElsewhere');
  });

  it('carries a line saved from the captions, marked as such, and reads it back', () => {
    const line = {
      ...saved[0]!,
      quoteId: `${talk.id}/captions/QwC-J2KFTrM@3015`,
      text: 'we spent years on locality',
      speaker: '',
      start: 301.5,
      source: 'captions' as const,
    };
    expect(readSavesFile(savesJson([line]))).toEqual({ ok: true, saves: [line], timings: [], slides: [] });
    // Only a caption line may go without a speaker.
    expect(readSavesFile(savesJson([{ ...line, source: undefined }])).ok).toBe(false);
  });

  it("carries the user's notes (version 3), and still reads version 1 and 2 files, which have none", () => {
    const noted = [{ ...saved[0]!, note: 'Ask about Lean & <specs>\non Friday', noteAt: 5 }, saved[1]!];
    expect(readSavesFile(savesJson(noted))).toEqual({ ok: true, saves: noted, timings: [], slides: [] });
    for (const version of [1, 2, 3])
      expect(readSavesFile(JSON.stringify({ format: FILE_FORMAT, version, favourites: saved })).ok).toBe(true);
  });

  it('carries the slides when asked (version 4), and reads them back', () => {
    const slide = {
      quoteId: saved[0]!.quoteId,
      time: 2485,
      image:
        'data:image/jpeg;base64,/9j/4AAQSkZJRgABAgAAAQABAAD//gAQTGF2YzU5LjM3LjEwMAD/2wBDAAg+Pkk+SVVVVVVVVWRdZGhoaGRkZGRoaGhwcHCDg4NwcHBoaHBwfHyDg4+Tj4eHg4eTk5ubm7q6srLZ2eD/////xABMAAEBAAAAAAAAAAAAAAAAAAAABgEBAQAAAAAAAAAAAAAAAAAABgcQAQAAAAAAAAAAAAAAAAAAAAARAQAAAAAAAAAAAAAAAAAAAAD/wAARCAAIAAgDASIAAhEAAxEA/9oADAMBAAIRAxEAPwCLAFF/f//Z',
      width: 1,
      height: 1,
    };
    expect(readSavesFile(savesJson(saved, [], new Date(Date.UTC(2026, 11, 5)), [slide]))).toEqual({
      ok: true,
      saves: saved,
      timings: [],
      slides: [slide],
    });
  });

  it('reads a file from before timings were exported', () => {
    expect(readSavesFile(JSON.stringify({ format: FILE_FORMAT, version: 1, favourites: saved }))).toEqual({
      ok: true,
      saves: saved,
      timings: [],
      slides: [],
    });
  });

  const file = (data: object) => JSON.stringify({ format: FILE_FORMAT, version: 1, favourites: saved, ...data });
  it.each([
    ['not JSON', '{"format": "talk-comp', /not valid JSON/],
    ["another program's JSON", JSON.stringify({ bookmarks: [] }), /not a Talk Companion saves export/],
    ['a JSON array', '[]', /not a Talk Companion saves export/],
    ['a newer version', file({ version: 5 }), /newer Talk Companion \(format 5\)/],
    [
      'a damaged slide',
      file({
        version: 4,
        slides: [{ quoteId: 'q', time: 1, image: 'data:text/html;base64,PGI+', width: 1, height: 1 }],
      }),
      /slides .* damaged/,
    ],
    [
      'a note over the limit',
      file({ favourites: [{ ...saved[0], note: 'x'.repeat(2001) }] }),
      /note of save number 1 .* at most 2,000 characters; this one has 2,001/,
    ],
    [
      'a note that is not text',
      file({ favourites: [{ ...saved[0], note: { html: '<b>' } }] }),
      /note of save number 1 .* plain text/,
    ],
    ['no version', file({ version: 'one' }), /no valid format version/],
    ['version 0', file({ version: 0 }), /no valid format version/],
    ['version 2.5', file({ version: 2.5 }), /no valid format version/],
    ['JSON null', 'null', /not a Talk Companion saves export/],
    ['a save that is not one', file({ favourites: [saved[0], null] }), /^Save number 2 in this export is damaged/],
    ['no saves list', file({ favourites: {} }), /no list of saves/],
    ['a damaged save', file({ favourites: [saved[0], { ...saved[1], start: 'soon' }] }), /number 2 .* damaged/],
    [
      'markup posing as a video id',
      file({ favourites: [{ ...saved[0], videoId: '<img src=x>' }] }),
      /number 1 .* damaged/,
    ],
    [
      'a damaged timing',
      file({ timings: [{ quoteId: 'x', talkId: 'y', start: -4, pinnedAt: 1 }] }),
      /timings .* damaged/,
    ],
    ['an absurdly large file', file({ padding: 'x'.repeat(MAX_IMPORT_BYTES) }), /too large/],
  ])('refuses %s, saying why', (_, text, reason) => {
    const result = readSavesFile(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
    expect(!result.ok && result.reason).toMatch(/Nothing was imported/);
  });
});

describe('the JSON export file', () => {
  it('says what it is as every export before it did: format talk-companion-favourites', () =>
    expect(JSON.parse(savesJson(saved))).toMatchObject({ format: 'talk-companion-favourites', favourites: saved }));

  it('is read up to 32,000,000 bytes, and refused past them, saying the limit in MB', () => {
    const head = JSON.stringify({ format: FILE_FORMAT, version: 1, favourites: saved });
    const exactly = head.slice(0, -1) + ' '.repeat(32_000_000 - head.length) + '}';
    expect(readSavesFile(exactly).ok).toBe(true);
    expect(readSavesFile(`${exactly} `)).toEqual({
      ok: false,
      reason: 'This file is too large to be a Talk Companion export (the limit is 32 MB). Nothing was imported.',
    });
  });

  it('says of a note too long how long it may be, without asking to shorten what it cannot change', () =>
    expect(
      readSavesFile(
        JSON.stringify({ format: FILE_FORMAT, version: 3, favourites: [{ ...saved[0], note: 'x'.repeat(2001) }] }),
      ),
    ).toEqual({
      ok: false,
      reason:
        'The note of save number 1 in this export cannot be kept: A note holds at most 2,000 characters; this one has 2,001. Nothing was imported.',
    }));
});
