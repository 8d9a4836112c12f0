import { describe, expect, it } from 'vitest';
import { favouritesJson, FILE_FORMAT, MAX_IMPORT_BYTES, readFavouritesFile } from '@/lib/saves/export-file';
import { favouriteOf } from '@/lib/saves/saves';
import { realTalk } from '../seeds';

const { talk, timed, untimed } = realTalk();
// As a file carries them: when a save last changed in this browser stays this browser's.
const saved = [favouriteOf(timed, talk, 2000), favouriteOf(untimed, talk, 1000)].map(({ changedAt: _, ...favourite }) => favourite);

describe('the JSON export', () => {
  const timing = { quoteId: untimed.id, talkId: talk.id, start: 600, pinnedAt: 3 };

  it('round-trips through import, with the user\'s own timings', () => {
    const file = favouritesJson(saved, [timing], new Date('2026-11-21T10:00:00Z'));
    expect(JSON.parse(file)).toMatchObject({ format: FILE_FORMAT, version: 3, exportedAt: '2026-11-21T10:00:00.000Z' });
    expect(readFavouritesFile(file)).toEqual({ ok: true, favourites: saved, timings: [timing] });
  });

  it('carries a line saved from the captions, marked as such, and reads it back', () => {
    const line = { ...saved[0]!, quoteId: `${talk.id}/captions/QwC-J2KFTrM@3015`, text: 'we spent years on locality', speaker: '', start: 301.5, source: 'captions' as const };
    expect(readFavouritesFile(favouritesJson([line]))).toEqual({ ok: true, favourites: [line], timings: [] });
    // Only a caption line may go without a speaker.
    expect(readFavouritesFile(favouritesJson([{ ...line, source: undefined }])).ok).toBe(false);
  });

  it('carries the user\'s notes (version 3), and still reads version 1 and 2 files, which have none', () => {
    const noted = [{ ...saved[0]!, note: 'Ask about Lean & <specs>\non Friday', noteAt: 5 }, saved[1]!];
    expect(readFavouritesFile(favouritesJson(noted))).toEqual({ ok: true, favourites: noted, timings: [] });
    for (const version of [1, 2]) expect(readFavouritesFile(JSON.stringify({ format: FILE_FORMAT, version, favourites: saved })).ok).toBe(true);
  });

  it('reads a file from before timings were exported', () => {
    expect(readFavouritesFile(JSON.stringify({ format: FILE_FORMAT, version: 1, favourites: saved }))).toEqual({ ok: true, favourites: saved, timings: [] });
  });

  const file = (data: object) => JSON.stringify({ format: FILE_FORMAT, version: 1, favourites: saved, ...data });
  it.each([
    ['not JSON', '{"format": "talk-comp', /not valid JSON/],
    ['another program\'s JSON', JSON.stringify({ bookmarks: [] }), /not a Talk Companion favourites export/],
    ['a JSON array', '[]', /not a Talk Companion favourites export/],
    ['a newer version', file({ version: 4 }), /newer Talk Companion \(format 4\)/],
    ['a note over the limit', file({ favourites: [{ ...saved[0], note: 'x'.repeat(2001) }] }), /note of favourite number 1 .* at most 2,000 characters; this one has 2,001/],
    ['a note that is not text', file({ favourites: [{ ...saved[0], note: { html: '<b>' } }] }), /note of favourite number 1 .* plain text/],
    ['no version', file({ version: 'one' }), /no valid format version/],
    ['no favourites list', file({ favourites: {} }), /no list of favourites/],
    ['a damaged favourite', file({ favourites: [saved[0], { ...saved[1], start: 'soon' }] }), /number 2 .* damaged/],
    ['markup posing as a video id', file({ favourites: [{ ...saved[0], videoId: '<img src=x>' }] }), /number 1 .* damaged/],
    ['a damaged timing', file({ timings: [{ quoteId: 'x', talkId: 'y', start: -4, pinnedAt: 1 }] }), /timings .* damaged/],
    ['an absurdly large file', file({ padding: 'x'.repeat(MAX_IMPORT_BYTES) }), /too large/],
  ])('refuses %s, saying why', (_, text, reason) => {
    const result = readFavouritesFile(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
    expect(!result.ok && result.reason).toMatch(/Nothing was imported/);
  });
});
