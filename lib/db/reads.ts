// What a view (popup, side panel) shows from the database: the talk, whose row holds its chapters and quotes, the
// saves, the user's own timings and the kept captions. The background reads them for a view's first screen;
// the view then keeps them live with the same reads. Only types come from ./db: a view loads Dexie after its first paint.
import type { SpeakerProfile, Talk } from '../model/corpus';
import type { Save, SavedSlide } from '../model/save';
import type { StoredTalk } from '../model/talk';
import type { StoredTranscript } from '../model/captions';
import type { TalkDatabase } from './database';
import type { FirstScreenData } from '../model/messages';
import { timelineOf, type Timeline } from '../timeline/timeline';

export interface Saves {
  saved: Save[];
  /** Which of the saved quotes the corpus still holds. */
  inCorpus: Set<string>;
  /** Notes being typed and not saved yet, as quote id → text: read with the saves, so a note just saved never shows its old draft. */
  drafts: Map<string, string>;
}

/** The talk a tab plays, or else the first talk installed: one read by key. */
export function readTalk(db: TalkDatabase, talkId: string | undefined): Promise<StoredTalk | undefined> {
  return talkId ? db.talks.get(talkId) : db.talks.toCollection().first();
}

/** The speaker profiles of a talk's speakers, for its About view and its search. */
export function readProfiles(db: TalkDatabase, talk: Talk | undefined): Promise<SpeakerProfile[]> {
  return talk
    ? db.profiles
        .where('speaker')
        .anyOf(talk.speakers.map((speaker) => speaker.name))
        .toArray()
    : Promise.resolve([]);
}

/** The ids of the quotes in the corpus now, among those of these talks. */
export async function quoteIdsOf(db: TalkDatabase, talkIds: string[]): Promise<Set<string>> {
  const talks = await db.talks.bulkGet([...new Set(talkIds)]);
  return new Set(talks.flatMap((talk) => talk?.quotes.map((quote) => quote.id) ?? []));
}

export function savedNewestFirst(db: TalkDatabase): Promise<Save[]> {
  return db.saves.orderBy('savedAt').reverse().toArray();
}

export async function readSaves(db: TalkDatabase): Promise<Saves> {
  const saved = await savedNewestFirst(db);
  const [inCorpus, drafts] = await Promise.all([
    quoteIdsOf(
      db,
      saved.map((save) => save.talkId),
    ),
    db.noteDrafts.toArray(),
  ]);
  return { saved, inCorpus, drafts: new Map(drafts.map((draft) => [draft.quoteId, draft.text])) };
}

/** The user's own timings for quotes the corpus gives no time (of one talk, or all), as quote id → second. */
export async function readOwnTimings(db: TalkDatabase, talkId?: string): Promise<Map<string, number>> {
  const timings = await (talkId === undefined
    ? db.timings.toArray()
    : db.timings.where('talkId').equals(talkId).toArray());
  return new Map(timings.map((timing) => [timing.quoteId, timing.start]));
}

/** One read transaction: a consistent snapshot, and quicker than a transaction per read. */
export async function readFirstScreen(
  db: TalkDatabase,
  talkId: string | undefined,
  withTranscript = false,
): Promise<FirstScreenData> {
  const [talk, saves, timings, transcript] = await db.transaction(
    'r',
    [db.talks, db.saves, db.noteDrafts, db.timings, db.transcripts],
    async () => {
      const talk = await readTalk(db, talkId);
      return Promise.all([
        talk,
        readSaves(db),
        readOwnTimings(db),
        withTranscript ? readTranscript(db, talk?.id) : undefined,
      ]);
    },
  );
  return {
    talk,
    saved: saves.saved,
    inCorpus: [...saves.inCorpus],
    drafts: [...saves.drafts],
    timings: [...timings],
    ...(transcript && { transcript }),
  };
}

/** The transcript a talk's views show: its newest read captions, else the newest word on why there are none. */
export async function readTranscript(
  db: TalkDatabase,
  talkId: string | undefined,
): Promise<StoredTranscript | undefined> {
  if (!talkId) return undefined;
  const rows = await db.transcripts.where('talkId').equals(talkId).toArray();
  const newest = (status?: StoredTranscript['status']) =>
    rows.filter((row) => !status || row.status === status).sort((a, b) => b.fetchedAt - a.fetchedAt)[0];
  return newest('ready') ?? newest();
}

/**
 * A talk's timeline as the talk's page, save-by-key and the slide key read it: the user's own timings, then where the
 * transcript that counts (readTranscript) places the quotes. Views build the same from the same two live reads.
 */
export async function readTimeline(db: TalkDatabase, talkId: string): Promise<Timeline> {
  const [timings, transcript] = await Promise.all([readOwnTimings(db, talkId), readTranscript(db, talkId)]);
  return timelineOf(timings, transcript);
}

/** The slides kept here, by save. */
export async function readSlides(db: TalkDatabase): Promise<Map<string, SavedSlide>> {
  return new Map((await db.slides.toArray()).map((slide) => [slide.quoteId, slide]));
}
