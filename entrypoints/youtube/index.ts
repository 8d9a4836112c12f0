// Runs on YouTube: recognises the talk's page, streams its playback, shows the quote card, seeks on request.
import { defineContentScript, injectScript } from '#imports';
import { talks } from 'virtual:talk-index';
import { isCardData, isSeekRequest, onMessage, sendMessage, type ProtocolMap } from '@/lib/messaging';
import { recogniseTalk } from '@/lib/match';
import { followPlayback } from '@/lib/youtube/playback';
import { mainPlayer, mainVideo, readPage, readVideoId, seekTo, waitForPage } from '@/lib/youtube/page';
import { askPageForCaptions } from '@/lib/youtube/page-captions';
import { NAVIGATE_FINISH_EVENT } from '@/lib/youtube/selectors';
import { startQuoteCard, type QuoteCard } from './quote-card';

interface Visit {
  videoId: string;
  controller: AbortController;
  talkId?: string;
  card?: QuoteCard;
  signal?: AbortSignal;
}

/** How long a page may take to show its title and channel before we decide it is not the talk. */
const RECOGNISE_TIMEOUT_MS = 10_000;

export default defineContentScript({
  matches: ['*://www.youtube.com/*', '*://m.youtube.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    // One visit per video page: everything it starts stops with its controller when the user leaves.
    let visit: Visit | undefined;

    const send = <K extends 'playback' | 'leftTalk' | 'unreadable' | 'captions'>(type: K, data: Parameters<ProtocolMap[K]>[0]) => {
      // A content script left behind by an extension reload goes quiet instead of throwing.
      if (ctx.isInvalid) return;
      sendMessage(type, data as never).catch(() => undefined);
    };

    // Firefox's MV2 build has no main-world content script: the page-world part is injected, once, on a talk's page.
    // WXT 0.21 inlines it for MV2, then waits for a load event inline scripts never fire (wxt#2183): go on once the
    // script is in the page (the task after it is appended) instead of waiting for that promise.
    let pageWorld: Promise<unknown> | undefined;
    const injectPageWorld = () =>
      // (The path is the Firefox build's only: the Chrome build's list of public paths lacks it.)
      new Promise((appended) => void injectScript('/page-captions-firefox.js' as never, { keepInDom: true, modifyScript: () => void setTimeout(appended) }));
    /** The talk's captions, read in the page's world (lib/youtube/page-captions.ts) and handed to the background to keep. */
    const readCaptions = async ({ videoId, talkId, signal }: Visit) => {
      if (!talkId || !signal || ctx.isInvalid) return;
      if (import.meta.env.FIREFOX) pageWorld ??= injectPageWorld();
      await pageWorld;
      const fetched = await askPageForCaptions(document, videoId, signal);
      if (!signal.aborted) send('captions', { talkId, videoId, ...fetched });
    };

    const onPage = async () => {
      const videoId = readVideoId(location.href);
      if (visit && visit.videoId === videoId) return;
      const previous = visit;
      if (previous?.talkId) send('leftTalk', { videoId: previous.videoId });
      previous?.controller.abort();
      const current: Visit | undefined = videoId ? { videoId, controller: new AbortController() } : undefined;
      visit = current;
      if (!current) return;

      const signal = AbortSignal.any([current.controller.signal, ctx.signal]);
      const talk = await waitForPage(
        document,
        () => {
          const page = readPage(document);
          const found = recogniseTalk(talks, page);
          if (found) return found;
          // Title and channel both read and no talk matched: decided, stop watching the DOM.
          return page.title && page.channel ? false : null;
        },
        RECOGNISE_TIMEOUT_MS,
        signal,
      );
      if (!talk || signal.aborted) return;
      current.talkId = talk.id;
      // The player can arrive late; a page that never shows one is not as expected: say so, do not throw.
      const video = await waitForPage(document, () => mainVideo(document), RECOGNISE_TIMEOUT_MS, signal);
      const player = mainPlayer(document);
      if (signal.aborted) return;
      if (!video || !player) return send('unreadable', { talkId: talk.id });
      current.card = await startQuoteCard(talk.id, player, signal);
      if (signal.aborted) return;
      current.signal = signal;
      followPlayback(
        document,
        (reading) => {
          send('playback', { talkId: talk.id, videoId: current.videoId, ...reading });
          current.card?.update(reading);
        },
        signal,
      );
    };

    onMessage('seek', ({ data }) => isSeekRequest(data) && Boolean(visit?.talkId) && seekTo(document, data.seconds));
    onMessage('cardChanged', ({ data }) => {
      if (isCardData(data)) visit?.card?.changed(data);
    });
    onMessage('readCaptions', () => void (visit && readCaptions(visit)));
    onMessage('saveKeyPressed', () => void visit?.card?.saveByKey());
    document.addEventListener(NAVIGATE_FINISH_EVENT, () => void onPage(), { signal: ctx.signal });
    // Leaving YouTube altogether: the background stops counting this tab as playing the talk.
    window.addEventListener('pagehide', () => visit?.talkId && send('leftTalk', { videoId: visit.videoId }), { signal: ctx.signal });
    void onPage();
  },
});
