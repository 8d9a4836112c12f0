// The background's answer as a view opens: which tab to follow and its first screen, read where the database is open.
// The first screens of the talks the tabs show are kept in session storage too (lib/kept-screens.ts), so that a view
// opened while this worker sleeps paints without waiting for it to start.
import Dexie from 'dexie';
import { browser } from '#imports';
import { onMessage } from '../messaging';
import type { FirstScreenData, ServeTabRequest } from '../model/messages';
import { corpusReady } from '../db/seeding';
import { db } from '../db/store';
import type { ServedTab } from '../model/playback';
import { readFirstScreen } from '../db/reads';
import { SCREENS_KEY, TRANSCRIPT_SCREENS_KEY, type KeptScreens } from '../kept-screens';

/** Changes come in bursts (a star and its note, a merge from sync, seeding): the kept screens are rewritten once after. */
const KEEP_AFTER_MS = 50;

export function registerViewService(
  servedTab: (request: ServeTabRequest) => Promise<ServedTab>,
  talksShown: () => Promise<string[]>,
): { keepScreens(): void } {
  // A view opens far more often than the corpus or the saves change: a first screen read is kept until any change
  // (from any context). The view's live queries take over from it at once anyway.
  const screens = new Map<string, Promise<FirstScreenData>>();
  const screenOf = (talkId: string | undefined, transcript: boolean) => {
    const key = `${talkId ?? ''}|${transcript}`;
    let screen = screens.get(key);
    if (!screen) {
      screen = readFirstScreen(db, talkId, transcript);
      screens.set(key, screen);
      screen.catch(() => screens.get(key) === screen && screens.delete(key));
    }
    return screen;
  };
  // The first screens of the talks shown, and of none (a view opened on another tab), with and without the transcript.
  let keeping: ReturnType<typeof setTimeout> | undefined;
  const keepNow = async () => {
    await corpusReady();
    const talks = [undefined, ...new Set(await talksShown())];
    const screensOf = async (transcript: boolean): Promise<KeptScreens> => {
      const kept: KeptScreens = Object.fromEntries(
        await Promise.all(talks.map(async (talkId) => [talkId ?? '', await screenOf(talkId, transcript)] as const)),
      );
      // The screen of none is the first talk's: when a tab shows that talk, it is kept once.
      const first = (kept[''] as FirstScreenData).talk?.id;
      if (first && first in kept) kept[''] = first;
      return kept;
    };
    const [screens, transcripts] = await Promise.all([screensOf(false), screensOf(true)]);
    await browser.storage.session.set({
      [SCREENS_KEY]: JSON.stringify(screens),
      [TRANSCRIPT_SCREENS_KEY]: JSON.stringify(transcripts),
    });
  };
  const keepScreens = () => {
    keeping ??= setTimeout(() => {
      keeping = undefined;
      keepNow().catch((error: unknown) => console.warn('Talk Companion: the first screens were not kept:', error));
    }, KEEP_AFTER_MS);
  };
  Dexie.on('storagemutated', () => {
    screens.clear();
    keepScreens();
  });
  keepScreens();
  // The view paints without opening its own database first.
  onMessage('openView', async ({ data }) => {
    const served = await servedTab(data);
    await corpusReady();
    return { served, screen: await screenOf(served.playback?.talkId, data.transcript === true) };
  });
  return { keepScreens };
}
