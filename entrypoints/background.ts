import { defineBackground } from '#imports';
import { registerQuoteServices } from '@/lib/background/quote-services';
import { registerTalkTabs } from '@/lib/background/talk-tabs-service';
import { onMessage } from '@/lib/messaging';
import { corpusReady } from '@/lib/seeding';

export default defineBackground(() => {
  // Seeding on every start also covers installs, updates and a corpus changed by an update.
  void corpusReady();
  onMessage('corpusReady', () => corpusReady().then(() => true));
  const { playbackOf } = registerTalkTabs();
  registerQuoteServices(playbackOf);
});
