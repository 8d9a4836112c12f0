// Which video page shows the talk, visit by visit, as YouTube navigates in the page: the rule the content script on
// every YouTube page applies. A page is recognised by its video id, else by its title and channel, looked up in the
// index the background keeps (talk-index.ts). Leaving a video is one abort; on a page that is not the talk nothing is
// left running.
import { pageKind, readPage, readVideoId, waitForPage, type PageFacts } from '../youtube/page';
import { MOBILE_NAVIGATE_END_EVENT, NAVIGATE_FINISH_EVENT } from '../youtube/selectors';
import { recogniseTalk, type TalkIdentity } from './match';
import { channelKey, INDEX_HASH, readTalkIndex, titleKeyOf, videoKey, type IndexStorage } from './talk-index';

/** How long a page may take to show its title and channel before we decide with what it shows. */
const RECOGNISE_TIMEOUT_MS = 10_000;

/** One visit to the talk's page: everything started for it stops when its signal aborts. */
export interface TalkVisit {
  talkId: string;
  videoId: string;
  /** Taken for the talk by a video id it lists, or by its title and channel (and where those were read). */
  recognisedBy: 'id' | 'title';
  titleFrom?: PageFacts['from'];
  signal: AbortSignal;
  /** Ends the visit: every feature stops. */
  leave(): void;
  /**
   * Has the page looked at again, as a navigation event would: the talk's page calls it when its URL names another
   * video and no event said so (YouTube's events are a part of its page that can change too).
   */
  recheck(): void;
}

export interface VisitOptions {
  doc: Document;
  /** The page's window, where the mobile site and the Navigation API tell of navigations. */
  win: Window;
  /** The talk index in extension storage, and news of its being written (the background writes it as it starts). */
  index: Pick<IndexStorage, 'get'>;
  onIndexChanged: (listener: (changes: Record<string, unknown>) => void) => () => void;
  /** After an extension reload or removal the script left in the page goes quiet. */
  gone: () => boolean;
  /** The page shows the talk: start its features for the visit. */
  onTalk: (visit: TalkVisit) => void;
  timeoutMs?: number;
}

/** Follows the page's visits until the extension is gone; returns how to stop (the current visit ends too). */
export function followVisits({
  doc,
  win,
  index,
  onIndexChanged,
  gone,
  onTalk,
  timeoutMs = RECOGNISE_TIMEOUT_MS,
}: VisitOptions): () => void {
  const stopListening = new AbortController();
  // One visit per video page. A visit is `deciding` until the talk is recognised or ruled out.
  let visit: { videoId: string; controller: AbortController; deciding: boolean } | undefined;
  // The title shown when an in-page navigation began (the Navigation API tells of it before YouTube redraws the
  // page): until the page shows another, or YouTube says the navigation ended, it is the previous video's.
  let staleTitle: string | undefined;

  /** The index is written by the background as it starts: on a page opened at that moment, wait for it once. */
  const indexWritten = (signal: AbortSignal) =>
    new Promise<void>((resolve) => {
      const done = () => {
        stop();
        resolve();
      };
      const stop = onIndexChanged((changes) => INDEX_HASH in changes && done());
      signal.addEventListener('abort', done);
      // Written between the first read and the listener: no change will come.
      void readTalkIndex(index, []).then(({ ready }) => ready && done());
    });
  const talksUnder = async (keys: string[], signal: AbortSignal): Promise<TalkIdentity[]> => {
    const found = await readTalkIndex(index, keys);
    if (found.ready || signal.aborted) return found.talks;
    await indexWritten(signal);
    return (await readTalkIndex(index, keys)).talks;
  };

  type Found = Pick<TalkVisit, 'recognisedBy' | 'titleFrom'> & { talk: TalkIdentity };
  const talkOnPage = async (videoId: string, signal: AbortSignal): Promise<Found | null> => {
    const byId = recogniseTalk(await talksUnder([videoKey(videoId)], signal), { videoId, title: '', channel: '' });
    if (byId || signal.aborted) return byId && { talk: byId, recognisedBy: 'id' };
    // Not a known id: the title and channel decide, once the page shows both (or what it shows by the deadline).
    const shown = await waitForPage(
      doc,
      () => {
        const page = readPage(doc);
        // An embedded player shows no channel we read: its title decides, at once (waiting, the page would be watched
        // for the whole deadline on every embed of every site).
        const complete = page.channel || pageKind(doc) === 'embed';
        return page.title && complete && page.title !== staleTitle ? page : null;
      },
      timeoutMs,
      signal,
    );
    const page = shown ?? readPage(doc);
    if (signal.aborted || !page.title) return null;
    const keys = [titleKeyOf(page.title), ...(page.channel ? [channelKey(page.channel)] : [])];
    const talk = recogniseTalk(await talksUnder(keys, signal), page);
    return talk && { talk, recognisedBy: 'title', ...(page.from && { titleFrom: page.from }) };
  };

  const onPage = async () => {
    const videoId = readVideoId(doc.location.href);
    if (visit?.videoId === videoId) return;
    visit?.controller.abort();
    if (gone()) return stopListening.abort();
    const controller = new AbortController();
    const current = videoId ? { videoId, controller, deciding: true } : undefined;
    visit = current;
    if (!videoId) return;
    const found = await talkOnPage(videoId, controller.signal);
    if (current) current.deciding = false;
    if (!found || controller.signal.aborted) return;
    const { talk, ...how } = found;
    onTalk({
      talkId: talk.id,
      videoId,
      ...how,
      signal: controller.signal,
      leave: () => controller.abort(),
      recheck: () => {
        // As when the Navigation API tells of one: the title shown may still be the video's before.
        staleTitle = readPage(doc).title;
        void onPage();
      },
    });
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
  doc.addEventListener(NAVIGATE_FINISH_EVENT, navigationEnded, listening);
  win.addEventListener(MOBILE_NAVIGATE_END_EVENT, navigationEnded, listening);
  // The Navigation API, where there is one, tells of a navigation as it begins; the URL is new a moment later.
  (win as { navigation?: EventTarget }).navigation?.addEventListener(
    'navigate',
    () => {
      staleTitle = readPage(doc).title;
      queueMicrotask(() => void onPage());
    },
    listening,
  );
  void onPage();
  return () => {
    stopListening.abort();
    visit?.controller.abort();
  };
}
