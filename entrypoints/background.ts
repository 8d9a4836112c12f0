// The background: keeps the corpus seeded, tracks the tabs playing a talk, serves the views and the card, is the one
// writer of the user's saves, and mirrors them into the browser's sync.
import { defineBackground } from '#imports';
import { registerCaptionsService, registerLanguageChoice } from '@/lib/background/captions-service';
import { registerTalkPageService } from '@/lib/background/talk-page-service';
import { registerViewService } from '@/lib/background/view-service';
import { registerTabTracker } from '@/lib/background/tab-tracker';
import { registerSavesService } from '@/lib/background/saves-service';
import { registerSavesSyncService } from '@/lib/background/saves-sync-service';
import { corpusReady, talkIndexReady } from '@/lib/db/seeding';

export default defineBackground(() => {
  // Seeding on every start also covers installs, updates and a corpus changed by an update; so does the talk index.
  void corpusReady();
  void talkIndexReady();
  const captions = registerCaptionsService();
  const { talkFrameOf, talkTabIds, talksShown, servedTab } = registerTabTracker(
    (record) => void captions.talkFrameJoined(record),
    () => views.keepScreens(),
  );
  registerTalkPageService(talkFrameOf, talkTabIds);
  registerLanguageChoice(async () => {
    const frames = await Promise.all((await talkTabIds()).map(talkFrameOf));
    await captions.readTranslations(frames.filter((frame) => frame !== undefined));
  });
  const views = registerViewService(servedTab, talksShown);
  registerSavesService();
  registerSavesSyncService();
});
