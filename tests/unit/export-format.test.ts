import { describe, expect, it } from 'vitest';
import { favouritesJson, favouritesMarkdown, FILE_FORMAT, MAX_IMPORT_BYTES, readFavouritesFile } from '@/lib/export-format';
import { favouriteOf } from '@/lib/favourites';
import { realTalk } from './seeds';

const { talk, timed, untimed } = realTalk();
const saved = [favouriteOf(timed, talk, 2000), favouriteOf(untimed, talk, 1000)];

describe('the Markdown export', () => {
  const markdown = favouritesMarkdown(saved);

  it('gives each quote with speaker, talk and a link to the moment', () => {
    expect(markdown).toContain(`> ${timed.text}`);
    expect(markdown).toContain(`— Ion Stoica, *${talk.title}*, 41:21 — https://www.youtube.com/watch?v=QwC-J2KFTrM&t=2481s`);
  });

  it('says "time unknown" and links to the talk where there is no time', () => {
    expect(markdown).toContain(`— Ion Stoica, *${talk.title}*, time unknown — https://www.youtube.com/watch?v=QwC-J2KFTrM\n`);
  });

  it('uses the user\'s own timing where they pinned one, saying so', () => {
    expect(favouritesMarkdown(saved, new Map([[untimed.id, 600]]))).toContain('10:00 (my timing) — https://www.youtube.com/watch?v=QwC-J2KFTrM&t=600s');
  });
});

describe('the JSON export', () => {
  const timing = { quoteId: untimed.id, talkId: talk.id, start: 600, pinnedAt: 3 };

  it('round-trips through import, with the user\'s own timings', () => {
    const file = favouritesJson(saved, [timing], new Date('2026-11-21T10:00:00Z'));
    expect(JSON.parse(file)).toMatchObject({ format: FILE_FORMAT, version: 2, exportedAt: '2026-11-21T10:00:00.000Z' });
    expect(readFavouritesFile(file)).toEqual({ ok: true, favourites: saved, timings: [timing] });
  });

  it('carries a line saved from the captions, marked as such, and reads it back', () => {
    const line = { ...saved[0]!, quoteId: `${talk.id}/captions/QwC-J2KFTrM@3015`, text: 'we spent years on locality', speaker: '', start: 301.5, source: 'captions' as const };
    expect(readFavouritesFile(favouritesJson([line]))).toEqual({ ok: true, favourites: [line], timings: [] });
    expect(favouritesMarkdown([line])).toContain(`— from the captions, *${talk.title}*, 5:01 — https://www.youtube.com/watch?v=QwC-J2KFTrM&t=301s`);
    // Only a caption line may go without a speaker.
    expect(readFavouritesFile(favouritesJson([{ ...line, source: undefined }])).ok).toBe(false);
  });

  it('reads a file from before timings were exported', () => {
    expect(readFavouritesFile(JSON.stringify({ format: FILE_FORMAT, version: 1, favourites: saved }))).toEqual({ ok: true, favourites: saved, timings: [] });
  });

  const file = (data: object) => JSON.stringify({ format: FILE_FORMAT, version: 1, favourites: saved, ...data });
  it.each([
    ['not JSON', '{"format": "talk-comp', /not valid JSON/],
    ['another program\'s JSON', JSON.stringify({ bookmarks: [] }), /not a Talk Companion favourites export/],
    ['a JSON array', '[]', /not a Talk Companion favourites export/],
    ['a newer version', file({ version: 3 }), /newer Talk Companion \(format 3\)/],
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
