// Saving quotes, the one road for every context (views, the card, the keyboard command): a save keeps its own
// copy of the quote, so it outlives the quote leaving the corpus.
import type { CaptionLine } from '../../model/captions';
import { captionQuoteId, lineSaves } from '../ids';
import type { Quote, Talk } from '../../model/corpus';
import type { Save } from '../../model/save';
import type { StoredTalk } from '../../model/talk';
import type { TalkDatabase } from '../../db/database';
import { forget, remember } from './removals';
import { KIND } from '../tombstones';
import type { SaveByKeyResult } from '../../model/messages';
import { quoteBeingSaid, quoteToSave } from '../../timeline/near';
import { lineAt, timedQuotes } from '../../timeline/timeline';
import { whatIsSaid } from '../../timeline/said';
import { readTimeline, readTranscript } from '../../db/reads';

export function saveOf(quote: Quote, talk: Talk, savedAt = Date.now()): Save {
  return {
    quoteId: quote.id,
    talkId: talk.id,
    savedAt,
    text: quote.text,
    speaker: quote.speaker,
    talkTitle: talk.title,
    videoId: talk.videoIds[0] ?? null,
    start: quote.start,
    changedAt: savedAt,
  };
}

/**
 * Saves a talk's quote or takes its save back, as the star the user pressed asked (`saved`: what it asks for, the
 * opposite of what the view showed). What it asks for already holds (a merge from another browser, or another view,
 * got there first): nothing is written, so no newer change is stamped over it. Resolves with whether it is saved now
 * (false for a quote the talk lacks).
 */
export function setSaved(db: TalkDatabase, talkId: string, quoteId: string, saved: boolean): Promise<boolean> {
  return db.transaction('rw', [db.saves, db.talks, db.tombstones, db.noteDrafts, db.slides], async () => {
    const held = Boolean(await db.saves.get(quoteId));
    if (held === saved) return held;
    if (!saved) {
      await removeSave(db, quoteId);
      return false;
    }
    return addSave(db, talkId, quoteId);
  });
}

/** Saves a talk's quote unless it is saved already; resolves with whether it was added. */
function addSave(db: TalkDatabase, talkId: string, quoteId: string): Promise<boolean> {
  return db.transaction('rw', [db.saves, db.talks, db.tombstones], async () => {
    if (await db.saves.get(quoteId)) return false;
    const talk = await db.talks.get(talkId);
    const quote = talk?.quotes.find((candidate) => candidate.id === quoteId);
    if (!quote || !talk) return false;
    await db.saves.add(saveOf(quote, talk));
    await forget(db, KIND.save, [quoteId]);
    return true;
  });
}

/** The save of a caption line: this line's, or the same second's line as the transcript read before gave it. */
async function lineSaveOf(
  db: TalkDatabase,
  talkId: string,
  videoId: string,
  line: CaptionLine,
): Promise<string | undefined> {
  const lines = await db.saves.where('quoteId').startsWith(`${talkId}/captions/${videoId}@`).primaryKeys();
  return lineSaves(lines, talkId, videoId)(line);
}

/** Saves a caption line as a quote of the user's; resolves with its id. Call inside a transaction with the saves and tombstones. */
async function addLineSave(db: TalkDatabase, talk: Talk, videoId: string, line: CaptionLine): Promise<string> {
  const quoteId = captionQuoteId(talk.id, videoId, line);
  const now = Date.now();
  await db.saves.add({
    quoteId,
    talkId: talk.id,
    savedAt: now,
    text: line.text,
    speaker: '',
    talkTitle: talk.title,
    videoId,
    start: line.start,
    source: 'captions',
    changedAt: now,
  });
  await forget(db, KIND.save, [quoteId]);
  return quoteId;
}

/** The talk and the lines of the transcript that counts for it (the one its views show), if it is of this video. */
async function talkAndLines(
  db: TalkDatabase,
  talkId: string,
  videoId: string,
): Promise<{ talk?: StoredTalk; lines: CaptionLine[] }> {
  const [talk, transcript] = await Promise.all([db.talks.get(talkId), readTranscript(db, talkId)]);
  return { talk, lines: transcript?.status === 'ready' && transcript.videoId === videoId ? transcript.lines : [] };
}

/**
 * Saves the line of the video's kept captions that starts at `start`, or takes its save back, as the star pressed
 * asked (`saved`, as setSaved). Resolves with whether it is saved now (false for a line the kept captions lack).
 */
export function setLineSaved(
  db: TalkDatabase,
  talkId: string,
  videoId: string,
  start: number,
  saved: boolean,
): Promise<boolean> {
  return db.transaction(
    'rw',
    [db.saves, db.tombstones, db.noteDrafts, db.slides, db.talks, db.transcripts],
    async () => {
      const { talk, lines } = await talkAndLines(db, talkId, videoId);
      const line = lines.find((candidate) => candidate.start === start);
      if (!talk || !line) return false;
      const starred = await lineSaveOf(db, talkId, videoId, line);
      if (Boolean(starred) === saved) return saved;
      if (starred) await removeSave(db, starred);
      else await addLineSave(db, talk, videoId, line);
      return saved;
    },
  );
}

/**
 * Saves what is being said at `time`, for the slide key: the caption line being said, or the quote being said where no
 * captions are kept. Resolves with the save, and whether it was added; undefined where nothing is being said.
 */
export function saveWhatIsSaid(
  db: TalkDatabase,
  talkId: string,
  videoId: string,
  time: number,
): Promise<{ quoteId: string; text: string; added: boolean } | undefined> {
  return db.transaction('rw', [db.saves, db.tombstones, db.talks, db.transcripts, db.timings], async () => {
    const { talk, lines } = await talkAndLines(db, talkId, videoId);
    if (!talk) return undefined;
    const quote = quoteBeingSaid(timedQuotes(talk.quotes, await readTimeline(db, talkId)), time)?.quote;
    const said = whatIsSaid(quote, lines[lineAt(lines, time)], 'slide');
    if (said?.kind === 'line') {
      const saved = await lineSaveOf(db, talkId, videoId, said.line);
      return {
        quoteId: saved ?? (await addLineSave(db, talk, videoId, said.line)),
        text: said.line.text,
        added: !saved,
      };
    }
    if (!said) return undefined;
    return { quoteId: said.quote.id, text: said.quote.text, added: await addSave(db, talkId, said.quote.id) };
  });
}

/** Removes a save (its note draft and its slide with it), whether or not its quote is still in the corpus; the removal is remembered for sync. */
export function removeSave(db: TalkDatabase, quoteId: string): Promise<void> {
  return db.transaction('rw', [db.saves, db.tombstones, db.noteDrafts, db.slides], async () => {
    await db.saves.delete(quoteId);
    await db.noteDrafts.delete(quoteId);
    await db.slides.delete(quoteId);
    await remember(db, KIND.save, quoteId);
  });
}

/** Saves the quote being said at `time` (or the nearest within a minute); an already saved one stays as it is. */
export async function saveQuoteNear(db: TalkDatabase, talkId: string, time: number): Promise<SaveByKeyResult> {
  const [talk, timeline] = await Promise.all([db.talks.get(talkId), readTimeline(db, talkId)]);
  const target = quoteToSave(timedQuotes(talk?.quotes ?? [], timeline), time);
  if (!target) return { saved: 'none' };
  const added = await addSave(db, talkId, target.quote.id);
  return { saved: added ? 'new' : 'already', text: target.quote.text };
}

/**
 * Adds the imported ones not saved yet; a save already there stays as it is. An import is a change made here
 * now: it wins over an older removal in another browser.
 */
export function addImportedSaves(
  db: TalkDatabase,
  incoming: Omit<Save, 'changedAt'>[],
  now = Date.now(),
): Promise<{ added: number; existing: number }> {
  return db.transaction('rw', [db.saves, db.tombstones], async () => {
    const present = new Set(
      (await db.saves.bulkGet(incoming.map((f) => f.quoteId))).flatMap((f) => (f ? [f.quoteId] : [])),
    );
    const fresh = [
      ...new Map(
        incoming.filter((f) => !present.has(f.quoteId)).map((f) => [f.quoteId, { ...f, changedAt: now }]),
      ).values(),
    ];
    await db.saves.bulkAdd(fresh);
    await forget(
      db,
      KIND.save,
      fresh.map((f) => f.quoteId),
    );
    return { added: fresh.length, existing: incoming.length - fresh.length };
  });
}
