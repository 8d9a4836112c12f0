// The Dexie database: the corpus (replaced whole on every corpus change) and the user's own data — saves and
// timings — which seeding never touches. A talk's chapters and quotes travel in its row: opening a talk is one read,
// and seeding writes one row per talk (IndexedDB's cost here is per row, far more than per byte).
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { Placement } from '../timeline/align';
import type { CaptionLine } from '../captions/parse';
import type { Chapter, Corpus, Quote, SpeakerProfile, Talk } from '../corpus/types';
import type { TrackInfo } from '../youtube/page-captions';

export interface Save {
  quoteId: string;
  talkId: string;
  /** When the user starred it (ms since epoch). */
  savedAt: number;
  /** A copy, so the save outlives its quote leaving the corpus. */
  text: string;
  speaker: string;
  talkTitle: string;
  /** The video to link to, if the talk had one when it was saved. */
  videoId: string | null;
  start: number | null;
  /** A line of the captions the user starred: a quote of their own, whose speaker the captions do not name. */
  source?: 'captions';
  /** The user's own note on it: plain text, at most NOTE_LIMIT characters. */
  note?: string;
  /** When the note was last written or removed (ms since epoch). */
  noteAt?: number;
  /** When this browser last changed it (saved, noted, imported): the later change wins when browsers' saves merge. */
  changedAt: number;
}

/** The user's own moment for a quote the corpus gives no time; theirs, kept locally. */
export interface OwnTiming {
  quoteId: string;
  talkId: string;
  start: number;
  pinnedAt: number;
  /** When this browser last changed it (pinned, imported): the later change wins when browsers' saves merge. */
  changedAt: number;
}

/**
 * A save or timing the user removed, kept a while so a copy still in another browser's sync does not bring it back.
 * `key`: 'f:' + quote id for a save, 't:' + quote id for an own timing (see saves/sync/records.ts).
 */
export interface Tombstone {
  key: string;
  removedAt: number;
}

/** A note as the user was typing it, not saved yet: it outlives the view closing mid-sentence. */
export interface NoteDraft {
  quoteId: string;
  text: string;
  /** When it was last typed (ms since epoch). */
  at: number;
}

/** Why a save has no slide: an ad had the video, the page would not let its video be read, or it was saved elsewhere. */
export type SlideMissing = 'ad' | 'unreadable' | 'elsewhere';

/**
 * A save's slide: the video's frame at the save's moment, a JPEG data URL, kept in this browser only (the
 * browser's sync carries the save, never its frame). A save with no row has no slide yet; `missing` says why not.
 */
export interface SavedSlide {
  quoteId: string;
  talkId: string;
  /** The second of the video the frame shows. */
  time: number;
  image?: string;
  width?: number;
  height?: number;
  /** The image's own size (its bytes, not its data URL's). */
  bytes?: number;
  missing?: SlideMissing;
}

/**
 * What was read of a video's captions, kept so views show it when the talk is not open and it is not fetched on every
 * visit: the lines of a track and the quotes placed by them; or that the video offers none; or why they could not be read.
 */
export interface StoredTranscript {
  videoId: string;
  /** The track's vssId ('' where there is no track). */
  trackId: string;
  talkId: string;
  fetchedAt: number;
  status: 'ready' | 'none' | 'unavailable';
  reason?: string;
  track?: TrackInfo;
  /** Where the lines came from: a caption track (the default, and rows kept before this field), or YouTube's transcript panel, to the second. */
  source?: 'captions' | 'panel';
  lines: CaptionLine[];
  /** Where the captions place the talk's quotes: quote id → start (seconds) and confidence. */
  placements: Record<string, Placement>;
}

export interface StoredTalk extends Talk {
  chapters: Chapter[];
  quotes: Quote[];
}

interface Meta {
  key: string;
  value: string;
}

const CORPUS_HASH = 'corpusHash';

/**
 * Saves were first called favourites, and the word stays where it is stored: this table's name, and the JSON export's
 * format and list (saves/export-file.ts), so every database and file made before still reads. Elsewhere a save is a save.
 */
export const SAVES_STORED_AS = 'favourites';
/** The slides' table was named for the video's frames it keeps; the name stays so every database made before still reads. */
export const SLIDES_STORED_AS = 'frames';

export class TalkDatabase extends Dexie {
  talks!: Table<StoredTalk, string>;
  profiles!: Table<SpeakerProfile, string>;
  saves!: Table<Save, string>;
  timings!: Table<OwnTiming, string>;
  meta!: Table<Meta, string>;
  transcripts!: Table<StoredTranscript, [string, string]>;
  tombstones!: Table<Tombstone, string>;
  noteDrafts!: Table<NoteDraft, string>;
  slides!: Table<SavedSlide, string>;

  constructor(name = 'talk-companion', options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      talks: 'id, *videoIds',
      chapters: '[talkId+start], talkId',
      quotes: 'id, talkId',
      profiles: 'id, speaker',
      [SAVES_STORED_AS]: 'quoteId, savedAt',
      meta: 'key',
    });
    this.version(2).stores({ timings: 'quoteId, talkId' });
    // Chapters and quotes move into their talk's row; forgetting the hash makes the background seed that layout.
    this.version(3)
      .stores({ chapters: null, quotes: null })
      .upgrade((transaction) => transaction.table('meta').delete(CORPUS_HASH));
    // The captions read for each video, by video and track.
    this.version(4).stores({ transcripts: '[videoId+trackId], videoId, talkId' });
    // Removals are remembered for the browser's sync, and each save carries when it last changed here: its saving,
    // its note or its pinning, never the upgrade itself (a removal elsewhere after those must still win).
    this.version(5)
      .stores({ tombstones: 'key' })
      .upgrade(async (transaction) => {
        await transaction.table<Save>(SAVES_STORED_AS).toCollection().modify((f) => void (f.changedAt ??= Math.max(f.savedAt, f.noteAt ?? 0)));
        await transaction.table<OwnTiming>('timings').toCollection().modify((t) => void (t.changedAt ??= t.pinnedAt));
      });
    // What the user was typing in a note and has not saved yet: kept here, never synced, never exported.
    this.version(6).stores({ noteDrafts: 'quoteId' });
    // The slides: each save's picture of the video, kept in this browser only.
    this.version(7).stores({ [SLIDES_STORED_AS]: 'quoteId, talkId' });
    this.saves = this.table(SAVES_STORED_AS);
    this.slides = this.table(SLIDES_STORED_AS);
  }
}

/**
 * Puts the corpus in the database unless this exact corpus is already there. Safe to call from every view at once:
 * the check and the replacement share one transaction, so a second caller sees the first one's work.
 * Returns true when it wrote.
 */
export function seedCorpus(db: TalkDatabase, corpus: Corpus, hash: string): Promise<boolean> {
  return db.transaction('rw', [db.talks, db.profiles, db.meta], async () => {
    if ((await db.meta.get(CORPUS_HASH))?.value === hash) return false;
    await Promise.all([db.talks.clear(), db.profiles.clear()]);
    await Promise.all([db.talks.bulkAdd(storedTalks(corpus)), db.profiles.bulkAdd(corpus.profiles)]);
    await db.meta.put({ key: CORPUS_HASH, value: hash });
    return true;
  });
}

/** Each talk with its own chapters (in playback order) and quotes. */
export function storedTalks(corpus: Corpus): StoredTalk[] {
  const rows = new Map(corpus.talks.map((talk) => [talk.id, { ...talk, chapters: [] as Chapter[], quotes: [] as Quote[] }]));
  for (const chapter of corpus.chapters) rows.get(chapter.talkId)?.chapters.push(chapter);
  for (const quote of corpus.quotes) rows.get(quote.talkId)?.quotes.push(quote);
  for (const row of rows.values()) row.chapters.sort((a, b) => a.start - b.start);
  return [...rows.values()];
}
