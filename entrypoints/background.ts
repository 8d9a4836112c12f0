import { defineBackground } from '#imports';
import { registerQuoteServices } from '@/lib/background/quote-services';
import { registerTalkTabs } from '@/lib/background/talk-tabs-service';
import { onMessage } from '@/lib/messaging';
import { corpusReady } from '@/lib/seeding';
import { db } from '@/lib/store';
import { readFirstScreen } from '@/lib/view-data';

export default defineBackground(() => {
  // Seeding on every start also covers installs, updates and a corpus changed by an update.
  void corpusReady();
  const { playbackOf, talkTabIds, servedTab } = registerTalkTabs();
  registerQuoteServices(playbackOf, talkTabIds);
  // A view's first screen is read here, where the database is open: the view paints without opening its own first.
  onMessage('openView', async ({ data }) => {
    const served = await servedTab(data);
    await corpusReady();
    return { served, screen: await readFirstScreen(db, served.playback?.talkId) };
  });
});
