// The content script on every YouTube page: it only recognises the talk (lib/recognise/visits.ts) and, on the talk's
// page, loads the talk module, which does everything else. It is listed in the manifest by wxt.config.ts: as an
// unlisted script it carries none of WXT's content-script context (~2 KB), and checks itself that the extension is
// still there.
import { browser, defineUnlistedScript } from '#imports';
import { loadModule, TALK_MODULE } from '@/lib/modules';
import { followVisits } from '@/lib/recognise/visits';
import type { startTalkPage } from './talk-page';

export default defineUnlistedScript({
  main() {
    void followVisits({
      doc: document,
      win: window,
      index: browser.storage.local,
      onIndexChanged: (listener) => {
        browser.storage.onChanged.addListener(listener);
        return () => browser.storage.onChanged.removeListener(listener);
      },
      gone: () => !browser.runtime?.id,
      onTalk: async (visit) => {
        const talkPage = await loadModule<{ startTalkPage: typeof startTalkPage }>(TALK_MODULE);
        if (!visit.signal.aborted) void talkPage.startTalkPage(visit);
      },
    });
  },
});
