// The background: keeps the corpus seeded, tracks the tabs playing a talk, and serves the views and the card.
import { defineBackground } from '#imports';
import { registerCaptionsService } from '@/lib/background/captions-service';
import { registerCardService } from '@/lib/background/card-service';
import { registerViewService } from '@/lib/background/view-service';
import { registerTabTracker } from '@/lib/background/tab-tracker';
import { corpusReady } from '@/lib/seeding';

export default defineBackground(() => {
  // Seeding on every start also covers installs, updates and a corpus changed by an update.
  void corpusReady();
  const captions = registerCaptionsService();
  const { playbackOf, talkTabIds, servedTab } = registerTabTracker((tabId, playback) => void captions.talkTabJoined(tabId, playback));
  registerCardService(playbackOf, talkTabIds);
  registerViewService(servedTab);
});
