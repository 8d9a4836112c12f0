// The Dexie database: the corpus tables (replaced whole on every corpus change) and the user's own data —
// favourites and timings — which seeding never touches.
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { Chapter, Corpus, Quote, SpeakerProfile, Talk } from './corpus/types';

export interface Favourite {
  quoteId: string;
  talkId: string;
  /** When the user starred it (ms since epoch). */
  savedAt: number;
  /** A copy, so the favourite outlives its quote leaving the corpus. */
  text: string;
  speaker: string;
  talkTitle: string;
  /** The video to link to, if the talk had one when it was saved. */
  videoId: string | null;
  start: number | null;
}

/** The user's own moment for a quote the corpus gives no time; theirs, kept locally. */
export interface OwnTiming {
  quoteId: string;
  talkId: string;
  start: number;
  pinnedAt: number;
}

interface Meta {
  key: string;
  value: string;
}

export class TalkDatabase extends Dexie {
  talks!: Table<Talk, string>;
  chapters!: Table<Chapter, [string, number]>;
  quotes!: Table<Quote, string>;
  profiles!: Table<SpeakerProfile, string>;
  favourites!: Table<Favourite, string>;
  timings!: Table<OwnTiming, string>;
  meta!: Table<Meta, string>;

  constructor(name = 'talk-companion', options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      talks: 'id, *videoIds',
      chapters: '[talkId+start], talkId',
      quotes: 'id, talkId',
      profiles: 'id, speaker',
      favourites: 'quoteId, savedAt',
      meta: 'key',
    });
    this.version(2).stores({ timings: 'quoteId, talkId' });
  }
}

const CORPUS_HASH = 'corpusHash';

/** Whether the database already holds the corpus with this hash (a view can then skip asking the background). */
export async function holdsCorpus(db: TalkDatabase, hash: string): Promise<boolean> {
  return (await db.meta.get(CORPUS_HASH))?.value === hash;
}

/**
 * Puts the corpus in the database unless this exact corpus is already there. Safe to call from every view at once:
 * the check and the replacement share one transaction, so a second caller sees the first one's work.
 * Returns true when it wrote.
 */
export function seedCorpus(db: TalkDatabase, corpus: Corpus, hash: string): Promise<boolean> {
  return db.transaction('rw', [db.talks, db.chapters, db.quotes, db.profiles, db.meta], async () => {
    if ((await db.meta.get(CORPUS_HASH))?.value === hash) return false;
    await Promise.all([db.talks.clear(), db.chapters.clear(), db.quotes.clear(), db.profiles.clear()]);
    await Promise.all([
      db.talks.bulkAdd(corpus.talks),
      db.chapters.bulkAdd(corpus.chapters),
      db.quotes.bulkAdd(corpus.quotes),
      db.profiles.bulkAdd(corpus.profiles),
    ]);
    await db.meta.put({ key: CORPUS_HASH, value: hash });
    return true;
  });
}

export function chaptersOf(db: TalkDatabase, talkId: string): Promise<Chapter[]> {
  return db.chapters.where('talkId').equals(talkId).sortBy('start');
}

export function quotesOf(db: TalkDatabase, talkId: string): Promise<Quote[]> {
  return db.quotes.where('talkId').equals(talkId).toArray();
}
