// The user's note on a save: kept as saved, and, until then, kept as typed (a draft), so a view closing mid-sentence
// loses nothing. A note over the limit is refused with the reason; nothing is ever cut.
import type { TalkDatabase } from '../../db/database';

import { noteProblem } from '../checks';

const NO_LONGER_SAVED = 'This quote is no longer saved, so its note cannot be kept.';

/** Keeps a save's note (an empty one removes it) and drops its draft; resolves with why it was refused, if it was. */
export function setNote(db: TalkDatabase, quoteId: string, note: string, at = Date.now()): Promise<string | undefined> {
  const problem = noteProblem(note);
  if (problem) return Promise.resolve(problem);
  return db.transaction('rw', [db.saves, db.noteDrafts], async () => {
    const changed = await db.saves.update(
      quoteId,
      note.trim() ? { note, noteAt: at, changedAt: at } : { note: undefined, noteAt: at, changedAt: at },
    );
    if (!changed) return NO_LONGER_SAVED;
    await db.noteDrafts.delete(quoteId);
    return undefined;
  });
}

/** Keeps what the user is typing in a save's note (null: they discarded it); resolves with why not, if not. */
export function keepNoteDraft(
  db: TalkDatabase,
  quoteId: string,
  draft: string | null,
  at = Date.now(),
): Promise<string | undefined> {
  return db.transaction('rw', [db.saves, db.noteDrafts], async () => {
    if (draft === null) return void (await db.noteDrafts.delete(quoteId));
    if (!(await db.saves.get(quoteId))) return NO_LONGER_SAVED;
    await db.noteDrafts.put({ quoteId, text: draft, at });
    return undefined;
  });
}
