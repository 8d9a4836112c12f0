// The captions kept for a talk's video: read, placed against the talk's quotes, stored; refetched when a week old.
import { parseCaptions } from '../captions/parse';
import { LINE_SECONDS, type CaptionLine, type StoredTranscript, type StoredTranslation } from '../model/captions';
import type { TalkDatabase } from './database';
import type { CaptionsReport, TranslationReport } from '../model/messages';
import { placeQuotes } from '../timeline/timeline';

/** Kept captions are read again after a week: a creator may have fixed or replaced them. */
export const CAPTIONS_KEPT_MS = 7 * 24 * 3600 * 1000;

/**
 * Whether the video's captions should be read: none kept, what is kept is a week old, the last read failed (a page
 * closed mid-read, a network hiccup: the next visit tries again rather than saying "unavailable" for a week), or what
 * is kept was read from YouTube's transcript panel (a caption track, to the millisecond, replaces it when one comes).
 */
export async function captionsWanted(db: TalkDatabase, videoId: string, now = Date.now()): Promise<boolean> {
  const kept = await db.transcripts.where('videoId').equals(videoId).toArray();
  return !kept.some(
    (row) =>
      row.status !== 'unavailable' &&
      row.source !== 'panel' &&
      now - row.fetchedAt < CAPTIONS_KEPT_MS &&
      // Words kept before translations were read say nothing of the languages YouTube translates them into.
      (row.status === 'none' || row.languages !== undefined),
  );
}

/** Whether YouTube's translation into `language` should be read: none kept, the last read failed, or a week old. */
export async function translationWanted(
  db: TalkDatabase,
  videoId: string,
  language: string,
  now = Date.now(),
): Promise<boolean> {
  const kept = await db.translations.get([videoId, language]);
  return !kept || kept.status === 'unavailable' || now - kept.fetchedAt >= CAPTIONS_KEPT_MS;
}

/** Keeps a translation read by the talk's page; a failure never replaces a translation kept before. */
export async function keepTranslation(db: TalkDatabase, report: TranslationReport, now = Date.now()): Promise<void> {
  const base = { videoId: report.videoId, language: report.language, fetchedAt: now, lines: [] };
  const parsed = report.outcome === 'track' ? parseCaptions(report.body) : undefined;
  const row: StoredTranslation =
    report.outcome === 'untranslatable'
      ? { ...base, status: 'untranslatable' }
      : report.outcome === 'failed'
        ? { ...base, status: 'unavailable', reason: report.reason }
        : parsed!.ok
          ? { ...base, status: 'ready', lines: parsed!.lines }
          : { ...base, status: 'unavailable', reason: parsed!.reason };
  await db.transaction('rw', db.translations, async () => {
    const kept = await db.translations.get([row.videoId, row.language]);
    if (row.status === 'unavailable' && kept?.status === 'ready') return;
    await db.translations.put(row);
  });
}

/** Whether anything is kept for the video yet, words or why there are none: until then its captions are being read. */
export async function captionsRead(db: TalkDatabase, videoId: string): Promise<boolean> {
  return (await db.transcripts.where('videoId').equals(videoId).count()) > 0;
}

/** Whether a new read replaces what is kept: a failure never replaces words, the panel never replaces a track. */
function replaces(row: StoredTranscript, kept: StoredTranscript[]): boolean {
  const words = kept.filter((old) => old.status === 'ready');
  if (words.length === 0 || (row.status === 'ready' && row.source !== 'panel')) return true;
  return row.status === 'none' && words.every((old) => old.source !== 'panel');
}

/** Reads what the content script found, places the quotes by it, and keeps it as the video's one transcript. */
export async function keepCaptions(
  db: TalkDatabase,
  report: CaptionsReport,
  now = Date.now(),
): Promise<StoredTranscript> {
  const row = await transcriptRow(db, report, now);
  await db.transaction('rw', db.transcripts, async () => {
    const kept = await db.transcripts.where('videoId').equals(report.videoId).toArray();
    // A failed read does not throw away words read before: they stay, and the user can ask again.
    if (!replaces(row, kept)) return;
    await db.transcripts.where('videoId').equals(report.videoId).delete();
    await db.transcripts.put(row);
  });
  return row;
}

async function transcriptRow(db: TalkDatabase, report: CaptionsReport, now: number): Promise<StoredTranscript> {
  const base = { videoId: report.videoId, talkId: report.talkId, fetchedAt: now, lines: [], placements: {} };
  if (report.outcome === 'none') return { ...base, trackId: '', status: 'none' };
  if (report.outcome === 'failed') return { ...base, trackId: '', status: 'unavailable', reason: report.reason };
  const talk = await db.talks.get(report.talkId);
  if (report.outcome === 'panel') {
    const lines = panelLines(report.lines);
    return {
      ...base,
      trackId: PANEL_TRACK.vssId,
      track: PANEL_TRACK,
      source: 'panel',
      status: 'ready',
      lines,
      placements: placeQuotes(talk?.quotes ?? [], lines),
    };
  }
  const parsed = parseCaptions(report.body);
  if (!parsed.ok)
    return { ...base, trackId: report.track.vssId, track: report.track, status: 'unavailable', reason: parsed.reason };
  const placements = placeQuotes(talk?.quotes ?? [], parsed.lines);
  return {
    ...base,
    trackId: report.track.vssId,
    track: report.track,
    source: 'captions',
    status: 'ready',
    lines: parsed.lines,
    placements,
    // Kept even when empty: a row without them was read before translations were, and is read again.
    languages: report.languages ?? [],
  };
}

/** YouTube's transcript panel as a track: its lines are the video's words, in the page's language. */
const PANEL_TRACK = { languageCode: 'und', name: 'YouTube’s transcript', vssId: 'panel' };
// The panel gives each line's start to the second and no end: a line lasts until the next begins.

function panelLines(read: { start: number; text: string }[]): CaptionLine[] {
  const sorted = [...read].sort((a, b) => a.start - b.start);
  return sorted.map((line, index) => ({
    start: line.start,
    end: sorted[index + 1]?.start ?? line.start + LINE_SECONDS,
    text: line.text.replace(/\s+/g, ' ').trim(),
  }));
}
