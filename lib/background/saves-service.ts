// The one writer of the user's data. Every change a user makes, in a view or on the card, comes here as one message
// naming the action and what it acts on; the background commits it to the database and only then answers, so a change
// the view shows has outlived the view (a popup dies the moment the user clicks the page). The listeners are
// registered as the worker starts: a message that wakes a stopped worker is heard, not dropped.
import { captionsRead } from '../db/kept-captions';
import { db as extensionDb } from '../db/store';
import { corpusReady } from '../db/seeding';
import type { TalkDatabase } from '../db/database';
import { onMessage } from '../messaging';
import { type SlideTaken } from '../model/messages';
import { importSavesFile } from '../saves/write/import';
import { keepNoteDraft, setNote } from '../saves/write/notes';
import { storeSlide, noteSlideMissing } from '../saves/write/slides';
import { removeSave, saveQuoteNear, saveWhatIsSaid, setLineSaved, setSaved } from '../saves/write/saves';
import { pinTiming, unpinTiming } from '../saves/write/timings';
import { setSetting } from '../settings';

export function registerSavesService(db = extensionDb): void {
  // Once the database holds this build's corpus: a star needs the quote it copies.
  const commit = <T>(change: () => Promise<T>): Promise<T> => corpusReady().then(change);
  const refused = (reason: string | undefined) => reason ?? null;

  // Each message is checked where it enters (PROTOCOL in lib/messaging): a handler here sees only well-formed data.
  onMessage('setSaved', ({ data }) => commit(() => setSaved(db, data.talkId, data.quoteId, data.saved)));
  onMessage('setLineSaved', ({ data }) =>
    commit(() => setLineSaved(db, data.talkId, data.videoId, data.start, data.saved)),
  );
  onMessage('saveQuoteAt', ({ data }) => commit(() => saveQuoteNear(db, data.talkId, data.time)));
  onMessage('removeSave', ({ data }) => commit(() => removeSave(db, data.quoteId)));
  onMessage('setNote', async ({ data }) => refused(await commit(() => setNote(db, data.quoteId, data.note))));
  onMessage('keepNoteDraft', async ({ data }) =>
    refused(await commit(() => keepNoteDraft(db, data.quoteId, data.draft))),
  );
  onMessage(
    'pinTiming',
    async ({ data }) => void (await commit(() => pinTiming(db, data.talkId, data.quoteId, data.start))),
  );
  onMessage('unpinTiming', ({ data }) => commit(() => unpinTiming(db, data.quoteId)));
  onMessage('importSaves', ({ data }) => commit(() => importSavesFile(db, data.text)));
  onMessage('setSetting', ({ data }) => setSetting(data.setting, data.on));
  onMessage('keepSlide', ({ data }) => commit(() => keepSlide(db, data.quoteId, data.time, data)));
  onMessage('keepSlideNow', async ({ data }) => {
    const said = await commit(() => saveWhatIsSaid(db, data.talkId, data.videoId, data.time));
    // Nothing said here may only be nothing read yet: the key can be pressed before the page has read the captions.
    if (!said) return { saved: (await captionsRead(db, data.videoId)) ? ('none' as const) : ('reading' as const) };
    await keepSlide(db, said.quoteId, data.time, data, true);
    return { saved: said.added ? ('new' as const) : ('already' as const), text: said.text };
  });
}

/** A slide the page took, or why it could not take one. */
const keepSlide = (db: TalkDatabase, quoteId: string, time: number, taken: SlideTaken, replace = false) =>
  'slide' in taken
    ? storeSlide(db, quoteId, time, taken.slide, replace)
    : noteSlideMissing(db, quoteId, time, taken.missing).then(() => false);
