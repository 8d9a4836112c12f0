// Importing an export file: all of it in one transaction, or nothing.
import type { TalkDatabase } from '../../db/database';
import { readSavesFile } from '../export-file';
import { addImportedSaves } from './saves';
import { storeSlide } from './slides';
import { mergeTimings } from './timings';

/**
 * Imports an export file's text: the saves not here yet and the timings for quotes not timed here, in one transaction,
 * or nothing at all. Resolves with what to tell the user.
 */
export function importSavesFile(db: TalkDatabase, text: string): Promise<{ text: string; error: boolean }> {
  const result = readSavesFile(text);
  if (!result.ok) return Promise.resolve({ text: result.reason, error: true });
  return db.transaction('rw', [db.saves, db.timings, db.tombstones, db.slides], async () => {
    const { added, existing } = await addImportedSaves(db, result.saves);
    await mergeTimings(db, result.timings);
    // A slide comes in with its save, unless the save has one here already.
    for (const { quoteId, time, ...slide } of result.slides) await storeSlide(db, quoteId, time, slide);
    const quotes = (n: number) => `${n} ${n === 1 ? 'quote' : 'quotes'}`;
    return {
      text: `Imported ${quotes(added)}; ${quotes(existing)} ${existing === 1 ? 'was' : 'were'} already saved.`,
      error: false,
    };
  });
}
