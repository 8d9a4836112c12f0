// The background's answer as a view opens: which tab to follow and its first screen, read where the database is open.
import { onMessage } from '../messaging';
import { corpusReady } from '../seeding';
import { db } from '../store';
import type { ServedTab } from '../talk-tabs';
import { readFirstScreen } from '../view-data';

export function registerViewService(servedTab: (request: unknown) => Promise<ServedTab>): void {
  // The view paints without opening its own database first.
  onMessage('openView', async ({ data }) => {
    const served = await servedTab(data);
    await corpusReady();
    return { served, screen: await readFirstScreen(db, served.playback?.talkId, data?.transcript === true) };
  });
}
