// Keeping a save's slide, or why it has none: through the one writer, never over a slide the save has.
import type { SlideMissing } from '../../model/save';
import type { TalkDatabase } from '../../db/database';
import type { TakenSlide } from '../../model/slide';
import { dataUrlBytes } from '../slides';

/**
 * Keeps a save's slide, unless it has one (`replace`: the user asked for the frame now). A save that is not there (no
 * longer saved) keeps nothing. Resolves with whether it was kept.
 */
export function storeSlide(
  db: TalkDatabase,
  quoteId: string,
  time: number,
  slide: TakenSlide,
  replace = false,
): Promise<boolean> {
  return db.transaction('rw', [db.saves, db.slides], async () => {
    const save = await db.saves.get(quoteId);
    if (!save || (!replace && (await db.slides.get(quoteId))?.image)) return false;
    await db.slides.put({ quoteId, talkId: save.talkId, time, ...slide, bytes: dataUrlBytes(slide.image) });
    return true;
  });
}

/** Notes why a save has no slide, unless it has one. */
export function noteSlideMissing(
  db: TalkDatabase,
  quoteId: string,
  time: number,
  missing: SlideMissing,
): Promise<void> {
  return db.transaction('rw', [db.saves, db.slides], async () => {
    const save = await db.saves.get(quoteId);
    if (!save || (await db.slides.get(quoteId))?.image) return;
    await db.slides.put({ quoteId, talkId: save.talkId, time, missing });
  });
}
