// The background's answer as a view opens: which tab to follow and its first screen, read where the database is open.
import Dexie from 'dexie';
import { onMessage } from '../messaging';
import type { FirstScreenData, ServeTabRequest } from '../model/messages';
import { corpusReady } from '../db/seeding';
import { db } from '../db/store';
import type { ServedTab } from '../model/playback';
import { readFirstScreen } from '../db/reads';

export function registerViewService(servedTab: (request: ServeTabRequest) => Promise<ServedTab>): void {
  // A view opens far more often than the corpus or the saves change: a first screen read is kept until any change
  // (from any context). The view's live queries take over from it at once anyway.
  const screens = new Map<string, Promise<FirstScreenData>>();
  Dexie.on('storagemutated', () => screens.clear());
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
  // The view paints without opening its own database first.
  onMessage('openView', async ({ data }) => {
    const served = await servedTab(data);
    await corpusReady();
    return { served, screen: await screenOf(served.playback?.talkId, data.transcript === true) };
  });
}
