// The captions kept for a talk's video: read, placed against the talk's quotes, stored; refetched when a week old.
import { parseCaptions } from './parse';
import type { StoredTranscript, TalkDatabase } from '../db/database';
import type { CaptionsReport } from '../messaging';
import { placeQuotes } from '../timeline/timeline';

/** Kept captions are read again after a week: a creator may have fixed or replaced them. */
export const CAPTIONS_KEPT_MS = 7 * 24 * 3600 * 1000;

/**
 * Whether the video's captions should be read: none kept, what is kept is a week old, or the last read failed (a
 * page closed mid-read, a network hiccup: the next visit tries again rather than saying "unavailable" for a week).
 */
export async function captionsWanted(db: TalkDatabase, videoId: string, now = Date.now()): Promise<boolean> {
  const kept = await db.transcripts.where('videoId').equals(videoId).toArray();
  return !kept.some((row) => row.status !== 'unavailable' && now - row.fetchedAt < CAPTIONS_KEPT_MS);
}

/** Reads what the content script found, places the quotes by it, and keeps it as the video's one transcript. */
export async function keepCaptions(db: TalkDatabase, report: CaptionsReport, now = Date.now()): Promise<StoredTranscript> {
  const row = await transcriptRow(db, report, now);
  await db.transaction('rw', db.transcripts, async () => {
    const kept = await db.transcripts.where('videoId').equals(report.videoId).toArray();
    // A failed read does not throw away captions read well before: they stay, and the user can ask again.
    if (row.status === 'unavailable' && kept.some((old) => old.status === 'ready')) return;
    await db.transcripts.where('videoId').equals(report.videoId).delete();
    await db.transcripts.put(row);
  });
  return row;
}

async function transcriptRow(db: TalkDatabase, report: CaptionsReport, now: number): Promise<StoredTranscript> {
  const base = { videoId: report.videoId, talkId: report.talkId, fetchedAt: now, lines: [], placements: {} };
  if (report.outcome === 'none') return { ...base, trackId: '', status: 'none' };
  if (report.outcome === 'failed') return { ...base, trackId: '', status: 'unavailable', reason: report.reason };
  const parsed = parseCaptions(report.body);
  if (!parsed.ok) return { ...base, trackId: report.track.vssId, track: report.track, status: 'unavailable', reason: parsed.reason };
  const talk = await db.talks.get(report.talkId);
  const placements = placeQuotes(talk?.quotes ?? [], parsed.lines);
  return { ...base, trackId: report.track.vssId, track: report.track, status: 'ready', lines: parsed.lines, placements };
}
