import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedCorpus, TalkDatabase } from '@/lib/db/database';
import type { CaptionsReport } from '@/lib/model/messages';
import {
  CAPTIONS_KEPT_MS,
  captionsWanted,
  keepCaptions,
  keepTranslation,
  translationWanted,
} from '@/lib/db/kept-captions';
import { readTranscript } from '@/lib/db/reads';
import { captionLines, json3, replicaTranslation } from '../../harness/captions';
import { realTalk } from '../seeds';

const { corpus, talk, timed, untimed } = realTalk();
const VIDEO = 'QwC-J2KFTrM';
const track = { languageCode: 'en', name: 'English', vssId: '.en' };
const body = json3(
  captionLines({
    quotes: [
      { text: timed.text, at: 2405 },
      { text: untimed.text, at: 1420 },
    ],
  }),
);
const report = (extra: Partial<CaptionsReport> & Pick<CaptionsReport, 'outcome'>) =>
  ({ talkId: talk.id, videoId: VIDEO, ...extra }) as CaptionsReport;
let db: TalkDatabase;

beforeEach(async () => {
  db = new TalkDatabase(`transcripts-${Math.random()}`);
  await seedCorpus(db, corpus, 'v1');
});
afterEach(() => db.delete());

describe('keeping captions', () => {
  it('keeps the lines of a track and where they place the quotes', async () => {
    await keepCaptions(db, report({ outcome: 'track', track, body }), 1000);
    const kept = (await readTranscript(db, talk.id))!;
    expect(kept).toMatchObject({ status: 'ready', videoId: VIDEO, trackId: '.en', fetchedAt: 1000 });
    expect(kept.lines.length).toBeGreaterThan(900);
    expect(Object.entries(kept.placements).map(([id, placement]) => [id, placement.start])).toEqual([
      [timed.id, 2405],
      [untimed.id, 1420],
    ]);
  });

  it('keeps that a video has no captions, and why captions could not be read', async () => {
    await keepCaptions(db, report({ outcome: 'none' }));
    expect(await readTranscript(db, talk.id)).toMatchObject({ status: 'none', lines: [] });
    await keepCaptions(db, report({ outcome: 'track', track, body: '{"events": [' }));
    expect(await readTranscript(db, talk.id)).toMatchObject({
      status: 'unavailable',
      reason: expect.stringMatching(/damaged/),
    });
  });

  it('does not throw away captions read well for a failed read after them', async () => {
    await keepCaptions(db, report({ outcome: 'track', track, body }), 1000);
    await keepCaptions(db, report({ outcome: 'failed', reason: 'YouTube answered 503' }), 2000);
    expect(await readTranscript(db, talk.id)).toMatchObject({ status: 'ready', fetchedAt: 1000 });
    expect(await db.transcripts.count()).toBe(1);
  });

  it('asks for captions when none are kept, or when what is kept is a week old', async () => {
    expect(await captionsWanted(db, VIDEO, 5000)).toBe(true);
    await keepCaptions(db, report({ outcome: 'track', track, body }), 5000);
    expect(await captionsWanted(db, VIDEO, 5000 + CAPTIONS_KEPT_MS - 1)).toBe(false);
    expect(await captionsWanted(db, VIDEO, 5000 + CAPTIONS_KEPT_MS)).toBe(true);
    expect(await captionsWanted(db, 'AnotherVid1', 5000)).toBe(true);
  });

  it('keeps what it read for a week: 7 days to the millisecond', async () => {
    const WEEK = 7 * 24 * 60 * 60 * 1000;
    await keepCaptions(db, report({ outcome: 'track', track, body }), 5000);
    expect(await captionsWanted(db, VIDEO, 5000 + WEEK - 1)).toBe(false);
    expect(await captionsWanted(db, VIDEO, 5000 + WEEK)).toBe(true);
  });

  it("takes a read that finds no captions over a track's words (they were taken down), and keeps each row's shape", async () => {
    await keepCaptions(db, report({ outcome: 'track', track, body }), 1000);
    expect(await keepCaptions(db, report({ outcome: 'none' }), 2000)).toEqual({
      videoId: VIDEO,
      talkId: talk.id,
      fetchedAt: 2000,
      lines: [],
      placements: {},
      trackId: '',
      status: 'none',
    });
    expect(await readTranscript(db, talk.id)).toMatchObject({ status: 'none', fetchedAt: 2000 });
    expect(await keepCaptions(db, report({ outcome: 'failed', reason: 'no answer' }), 3000)).toMatchObject({
      trackId: '',
      status: 'unavailable',
      reason: 'no answer',
    });
  });

  it('keeps the captions of a talk not installed (any more), placing no quote', async () => {
    const other = { ...report({ outcome: 'track', track, body }), talkId: 'gone-talk' } as CaptionsReport;
    expect(await keepCaptions(db, other, 1000)).toMatchObject({ status: 'ready', placements: {} });
    const panel = { ...report({ outcome: 'panel', lines: [{ start: 1, text: 'so' }] }), talkId: 'gone-talk' };
    expect(await keepCaptions(db, panel as CaptionsReport, 2000)).toMatchObject({ status: 'ready', placements: {} });
  });

  it('tries again on the next visit after a read that failed, and not after one that found no captions', async () => {
    await keepCaptions(db, report({ outcome: 'failed', reason: 'the YouTube page did not answer' }), 5000);
    expect(await captionsWanted(db, VIDEO, 6000)).toBe(true);
    await keepCaptions(db, report({ outcome: 'none' }), 6000);
    expect(await captionsWanted(db, VIDEO, 7000)).toBe(false);
  });

  describe("read from YouTube's transcript panel", () => {
    const panelLines = captionLines({ quotes: [{ text: untimed.text, at: 1420 }] }).map((line) => ({
      start: Math.floor(line.start),
      text: line.text,
    }));
    const panel = report({ outcome: 'panel', lines: [...panelLines].reverse() });

    it('keeps its lines in time order, each lasting until the next, and places the quotes by them', async () => {
      await keepCaptions(db, panel, 1000);
      const kept = (await readTranscript(db, talk.id))!;
      expect(kept).toMatchObject({ status: 'ready', source: 'panel', trackId: 'panel' });
      expect(kept.lines.slice(0, 2).map(({ start, end }) => [start, end])).toEqual([
        [panelLines[0]!.start, panelLines[1]!.start],
        [panelLines[1]!.start, panelLines[2]!.start],
      ]);
      expect(kept.placements[untimed.id]?.start).toBe(1420);
    });

    it("names itself YouTube's transcript; its last line lasts 5 s; its words are spaced once", async () => {
      const kept = await keepCaptions(
        db,
        report({
          outcome: 'panel',
          lines: [
            { start: 12, text: '  so \n when  we ' },
            { start: 10, text: 'first' },
          ],
        }),
      );
      expect(kept.track).toEqual({ languageCode: 'und', name: 'YouTube’s transcript', vssId: 'panel' });
      expect(kept.lines).toEqual([
        { start: 10, end: 12, text: 'first' },
        { start: 12, end: 17, text: 'so when we' },
      ]);
    });

    it('is not replaced by a read that finds no captions', async () => {
      await keepCaptions(db, panel, 1000);
      await keepCaptions(db, report({ outcome: 'none' }), 2000);
      expect(await readTranscript(db, talk.id)).toMatchObject({ source: 'panel', fetchedAt: 1000 });
    });

    it('gives way to a caption track read later, and never replaces one', async () => {
      await keepCaptions(db, panel, 1000);
      expect(await captionsWanted(db, VIDEO, 2000)).toBe(true);
      await keepCaptions(db, report({ outcome: 'failed', reason: 'no token' }), 2000);
      await keepCaptions(db, report({ outcome: 'none' }), 2500);
      expect(await readTranscript(db, talk.id)).toMatchObject({ source: 'panel' });
      await keepCaptions(db, report({ outcome: 'track', track, body }), 3000);
      expect(await readTranscript(db, talk.id)).toMatchObject({ source: 'captions', fetchedAt: 3000 });
      await keepCaptions(db, panel, 4000);
      expect(await readTranscript(db, talk.id)).toMatchObject({ source: 'captions', fetchedAt: 3000 });
      expect(await db.transcripts.count()).toBe(1);
    });
  });
});

describe("keeping YouTube's translation of the captions", () => {
  const translated = (extra: Record<string, unknown>) =>
    ({ talkId: talk.id, videoId: VIDEO, language: 'de', ...extra }) as Parameters<typeof keepTranslation>[1];
  const cues = replicaTranslation(captionLines({ quotes: [] }), 'de');

  it('keeps the translated cues by video and language, and reads each language once until a week has passed', async () => {
    expect(await translationWanted(db, VIDEO, 'de')).toBe(true);
    await keepTranslation(db, translated({ outcome: 'track', body: json3(cues) }), 1_000);
    const kept = await db.translations.get([VIDEO, 'de']);
    expect(kept).toMatchObject({ status: 'ready', fetchedAt: 1_000 });
    expect(kept!.lines.map((line) => line.text)).toEqual(cues.map((cue) => cue.text));
    expect(await translationWanted(db, VIDEO, 'de', 1_000 + CAPTIONS_KEPT_MS - 1)).toBe(false);
    expect(await translationWanted(db, VIDEO, 'de', 1_000 + CAPTIONS_KEPT_MS)).toBe(true);
    expect(await translationWanted(db, VIDEO, 'fr', 1_000)).toBe(true);
  });

  it('keeps that YouTube does not translate the track, and why a translation could not be read', async () => {
    await keepTranslation(db, translated({ outcome: 'untranslatable' }));
    expect(await db.translations.get([VIDEO, 'de'])).toMatchObject({ status: 'untranslatable', lines: [] });
    expect(await translationWanted(db, VIDEO, 'de')).toBe(false);
    await keepTranslation(db, translated({ language: 'fr', outcome: 'track', body: '' }));
    expect(await db.translations.get([VIDEO, 'fr'])).toMatchObject({
      status: 'unavailable',
      reason: 'YouTube sent an empty caption track',
    });
    // A failed read is tried again on the next visit.
    expect(await translationWanted(db, VIDEO, 'fr')).toBe(true);
  });

  it('does not throw away a translation read well for a failed read after it', async () => {
    await keepTranslation(db, translated({ outcome: 'track', body: json3(cues) }));
    await keepTranslation(db, translated({ outcome: 'failed', reason: 'the YouTube page did not answer' }));
    expect(await db.translations.get([VIDEO, 'de'])).toMatchObject({ status: 'ready' });
  });

  it('reads again captions kept before translations were, to learn the languages YouTube offers', async () => {
    await keepCaptions(db, report({ outcome: 'track', track, body, way: 'track' }));
    expect(await captionsWanted(db, VIDEO)).toBe(false);
    await db.transcripts.toCollection().modify((row) => void delete row.languages);
    expect(await captionsWanted(db, VIDEO)).toBe(true);
  });
});
