// The content script on every YouTube page, so it only recognises the talk: by the page's video id, else by its title
// and channel, looked up in the index the background keeps (lib/recognise/talk-index.ts). On the talk's page it loads the talk
// module, which does everything else; elsewhere it starts no timer, observer or message. It is listed in the
// manifest by wxt.config.ts: as an unlisted script it carries none of WXT's content-script context (~2 KB), and
// checks itself that the extension is still there.
import { browser, defineUnlistedScript } from '#imports';
import { recogniseTalk, type TalkIdentity } from '@/lib/recognise/match';
import { channelKey, INDEX_HASH, readTalkIndex, titleKeyOf, videoKey } from '@/lib/recognise/talk-index';
import { readPage, readVideoId, waitForPage } from '@/lib/youtube/page';
import { MOBILE_NAVIGATE_END_EVENT, NAVIGATE_FINISH_EVENT } from '@/lib/youtube/selectors';
import type { startTalkPage } from './talk-page';

/** How long a page may take to show its title and channel before we decide with what it shows. */
const RECOGNISE_TIMEOUT_MS = 10_000;
/** The talk module, built as an ES module that only YouTube's pages may load (see wxt.config.ts). */
const TALK_MODULE = '/content-scripts/talk-page.js';

export default defineUnlistedScript({
  main() {
    /** After an extension reload or removal the script left in the page goes quiet. */
    const gone = () => !browser.runtime?.id;
    const stopListening = new AbortController();
    // One visit per video page: leaving it is one abort, which stops everything the talk module started. A visit
    // is `deciding` until the talk is recognised or ruled out.
    let visit: { videoId: string; controller: AbortController; deciding: boolean } | undefined;
    // The title shown when an in-page navigation began (the Navigation API tells of it before YouTube redraws the
    // page): until the page shows another, or YouTube says the navigation ended, it is the previous video's.
    let staleTitle: string | undefined;

    /** The index is written by the background as it starts: on a page opened at that moment, wait for it once. */
    const indexWritten = (signal: AbortSignal) =>
      new Promise<void>((resolve) => {
        const listener = (changes: Record<string, unknown>) => INDEX_HASH in changes && done();
        const done = () => {
          browser.storage.onChanged.removeListener(listener);
          resolve();
        };
        browser.storage.onChanged.addListener(listener);
        signal.addEventListener('abort', done);
        // Written between the first read and the listener: no change will come.
        void readTalkIndex(browser.storage.local, []).then(({ ready }) => ready && done());
      });
    const talksUnder = async (keys: string[], signal: AbortSignal): Promise<TalkIdentity[]> => {
      const found = await readTalkIndex(browser.storage.local, keys);
      if (found.ready || signal.aborted) return found.talks;
      await indexWritten(signal);
      return (await readTalkIndex(browser.storage.local, keys)).talks;
    };

    const talkOnPage = async (videoId: string, signal: AbortSignal) => {
      const byId = recogniseTalk(await talksUnder([videoKey(videoId)], signal), { videoId, title: '', channel: '' });
      if (byId || signal.aborted) return byId;
      // Not a known id: the title and channel decide, once the page shows both (or what it shows by the deadline).
      const shown = await waitForPage(document, () => {
        const page = readPage(document);
        return page.title && page.channel && page.title !== staleTitle ? page : null;
      }, RECOGNISE_TIMEOUT_MS, signal);
      const page = shown ?? readPage(document);
      if (signal.aborted || !page.title) return null;
      const keys = [titleKeyOf(page.title), ...(page.channel ? [channelKey(page.channel)] : [])];
      return recogniseTalk(await talksUnder(keys, signal), page);
    };

    const onPage = async () => {
      const videoId = readVideoId(location.href);
      if (visit?.videoId === videoId) return;
      visit?.controller.abort();
      if (gone()) return stopListening.abort();
      const controller = new AbortController();
      const current = videoId ? { videoId, controller, deciding: true } : undefined;
      visit = current;
      if (!videoId) return;
      const signal = controller.signal;
      const talk = await talkOnPage(videoId, signal);
      if (current) current.deciding = false;
      if (!talk || signal.aborted) return;
      const talkPage: { startTalkPage: typeof startTalkPage } = await import(/* @vite-ignore */ browser.runtime.getURL(TALK_MODULE));
      if (!signal.aborted) void talkPage.startTalkPage({ talkId: talk.id, videoId, signal, leave: () => controller.abort() });
    };

    const listening = { signal: stopListening.signal };
    // YouTube says an in-page navigation ended: the desktop site on the document, the mobile site on window.
    const navigationEnded = () => {
      staleTitle = undefined;
      // Still waiting for a title (the page showed the previous one)? Look again now that it is this video's.
      if (visit?.deciding) {
        visit.controller.abort();
        visit = undefined;
      }
      void onPage();
    };
    document.addEventListener(NAVIGATE_FINISH_EVENT, navigationEnded, listening);
    window.addEventListener(MOBILE_NAVIGATE_END_EVENT, navigationEnded, listening);
    // The Navigation API, where there is one, tells of a navigation as it begins; the URL is new a moment later.
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    navigation?.addEventListener(
      'navigate',
      () => {
        staleTitle = readPage(document).title;
        queueMicrotask(() => void onPage());
      },
      listening,
    );
    void onPage();
  },
});
