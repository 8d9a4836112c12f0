// The talk's page as its features share it: the player, the latest reading and quotes, news between features, and a
// send that stops once the extension is gone. Each feature is given the page; leaving the talk (or the extension going
// away) aborts the visit's signal and stops them all.
import { browser } from '#imports';
import { onMessage, sendMessage, type ProtocolMap } from '../messaging/page';
import { noPageQuotes, type PageQuotes } from '../model/messages';
import type { TalkVisit } from '../recognise/visits';
import { hasTitleElements, mainPlayer, mainVideo, pageKind, waitForPage } from '../youtube/page';
import type { PagePart, PageReport } from '../model/page-report';
import { windowOpens } from './picture-in-picture';
import type { PlaybackReading } from '../model/playback';

type Send = <K extends keyof ProtocolMap>(
  type: K,
  data: Parameters<ProtocolMap[K]>[0],
) => Promise<ReturnType<ProtocolMap[K]> | undefined>;

/** News the features give each other: a playback reading, new quotes, a message for the card to show, the talk window asked for. */
export interface PageNews {
  reading: void;
  quotes: void;
  say: string;
  openWindow: void;
}

/** What the features share: the visit, the player, the latest reading and quotes, and news of them. */
export interface TalkPage extends TalkVisit {
  /** YouTube's player around the <video>; null when it was not found (renamed), and the features needing it are down. */
  player: Element | null;
  /** The latest playback reading, once the video has been read. */
  reading?: PlaybackReading;
  quotes: PageQuotes;
  /** Listens until the visit ends, or until the function it returns is called. */
  on<K extends keyof PageNews>(news: K, listener: (detail: PageNews[K]) => void): () => void;
  tell<K extends keyof PageNews>(news: K, detail: PageNews[K]): void;
  /** False, and the visit left, once the extension was reloaded or removed under the page. */
  alive(): boolean;
  send: Send;
  /** Says whether a part of YouTube's page was found: the background and the views hear of each change. */
  found(part: PagePart, found: boolean): void;
  /** Says that YouTube does not play the video here, and why: the background and the views hear of it. */
  notPlayed(why: NonNullable<PageReport['unplayable']>): void;
}

/** The player can arrive late; a page that never shows one is not as expected. */
const PLAYER_TIMEOUT_MS = 10_000;
/** A feature of the talk's page: it starts on the page, and stops with the visit's signal. */
export type TalkPageFeature = (page: TalkPage) => void;

/** Waits for the player, then starts each feature, in order, on the talk's page, and then `follow`s the playback. */
export async function startTalkPage(
  visit: TalkVisit,
  features: TalkPageFeature[],
  follow: TalkPageFeature,
): Promise<void> {
  const { talkId, videoId, signal } = visit;
  const alive = () => {
    if (browser.runtime?.id) return true;
    visit.leave();
    return false;
  };
  const send: Send = (type, data) =>
    alive() ? sendMessage(type, data as never).catch(() => undefined) : Promise.resolve(undefined);

  // The page's quotes are asked for while the player is waited for.
  const [video, quotes] = await Promise.all([
    waitForPage(document, () => mainVideo(document), PLAYER_TIMEOUT_MS, signal),
    send('pageQuotes', { talkId }),
  ]);
  const player = mainPlayer(document);
  if (signal.aborted) return;
  // A watch page without the talk's <video> is not as expected: say so. An embed without one is not claimed at all.
  if (!video) return void (window === window.top && send('unreadable', { talkId }));

  const report: PageReport = {
    talkId,
    videoId,
    recognisedBy: visit.recognisedBy,
    ...(visit.titleFrom && { titleFrom: visit.titleFrom }),
    parts: { player: Boolean(player) },
    windowOpens: windowOpens(),
    kind: pageKind(document),
  };
  const found = (part: PagePart, isFound: boolean) => {
    if (report.parts[part] === isFound || signal.aborted) return;
    report.parts = { ...report.parts, [part]: isFound };
    void send('pageReport', report);
  };

  // A plain list of listeners, not an EventTarget: Firefox does not call listeners a module imported by a content
  // script adds to an EventTarget it made. Listeners go with the page when the visit ends.
  const listeners = new Map<keyof PageNews, ((detail: never) => void)[]>();
  const page: TalkPage = {
    ...visit,
    player,
    quotes: quotes ?? noPageQuotes(talkId),
    on: (news, listener) => {
      listeners.set(news, [...(listeners.get(news) ?? []), listener]);
      return () =>
        listeners.set(
          news,
          listeners.get(news)!.filter((other) => other !== listener),
        );
    },
    tell: (news, detail) => {
      if (!signal.aborted)
        for (const listener of listeners.get(news) ?? []) (listener as (value: typeof detail) => void)(detail);
    },
    alive,
    send,
    found,
    notPlayed: (why) => {
      if (signal.aborted) return;
      report.unplayable = why;
      void send('pageReport', report);
    },
  };
  const stopListening = onMessage('pageQuotesChanged', ({ data }) => {
    if (data.talkId !== talkId) return;
    page.quotes = data;
    page.tell('quotes', undefined);
  });
  const left = () => void send('leftTalk', { videoId });
  window.addEventListener('pagehide', left, { signal });
  signal.addEventListener('abort', () => {
    stopListening();
    left();
  });
  void send('pageReport', report);
  // The title and channel under the player: YouTube draws them after the player; an embed has none.
  if (report.kind !== 'embed')
    void waitForPage(document, () => hasTitleElements(document) || null, PLAYER_TIMEOUT_MS, signal).then((shown) =>
      found('titleAndChannel', Boolean(shown)),
    );
  for (const feature of features) feature(page);
  // The playback last, in a task of its own: its first reading, given at once, reaches the features already listening,
  // and what it draws (the card's quote, the marks) is not in the task that started them, which together held YouTube's
  // page past a frame (talkStartMs). A hidden page draws no frames, and its timers wait: it goes on at once.
  if (document.visibilityState === 'visible') await new Promise((resolve) => setTimeout(resolve));
  if (!signal.aborted) follow(page);
}
