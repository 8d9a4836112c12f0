// The Dexie database: the corpus (replaced whole on every corpus change) and the user's own data — saves and
// timings — which seeding never touches. A talk's chapters and quotes travel in its row: opening a talk is one read,
// and seeding writes one row per talk (IndexedDB's cost here is per row, far more than per byte).
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { StoredTranscript, StoredTranslation } from '../model/captions';
import type { Chapter, Corpus, Quote, SpeakerProfile } from '../model/corpus';
import type { NoteDraft, OwnTiming, Save, SavedSlide, Tombstone } from '../model/save';
import type { StoredTalk } from '../model/talk';

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
  translations!: Table<StoredTranslation, [string, string]>;

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
        await transaction
          .table<Save>(SAVES_STORED_AS)
          .toCollection()
          .modify((f) => void (f.changedAt ??= Math.max(f.savedAt, f.noteAt ?? 0)));
        await transaction
          .table<OwnTiming>('timings')
          .toCollection()
          .modify((t) => void (t.changedAt ??= t.pinnedAt));
      });
    // What the user was typing in a note and has not saved yet: kept here, never synced, never exported.
    this.version(6).stores({ noteDrafts: 'quoteId' });
    // The slides: each save's picture of the video, kept in this browser only.
    this.version(7).stores({ [SLIDES_STORED_AS]: 'quoteId, talkId' });
    // YouTube's translations of the captions, by video and language.
    this.version(8).stores({ translations: '[videoId+language], videoId' });
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
  const rows = new Map(
    corpus.talks.map((talk) => [talk.id, { ...talk, chapters: [] as Chapter[], quotes: [] as Quote[] }]),
  );
  for (const chapter of corpus.chapters) rows.get(chapter.talkId)?.chapters.push(chapter);
  for (const quote of corpus.quotes) rows.get(quote.talkId)?.quotes.push(quote);
  for (const row of rows.values()) row.chapters.sort((a, b) => a.start - b.start);
  return [...rows.values()];
}
