// Which tab a view follows (?tab=, else the active tab, else the most recent talk tab) and that tab's live playback.
import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { onMessage, sendMessage } from '@/lib/messaging';
import { takesOver } from '@/lib/talk-tabs';
import type { ServedTab } from '@/lib/model/playback';
import { keptView, opening, pinnedTab, serveTabRequest } from './opening';
import { firstScreenOf, type FirstScreen } from './use-talk';

export interface TabFollower {
  /** The first screen, once the background has answered; rejects if it cannot. */
  opened: Promise<FirstScreen>;
  current(): ServedTab | undefined;
  /** Calls back on every change of the tab followed or its playback; returns the unsubscribe. */
  subscribe(listener: (served: ServedTab) => void): () => void;
  /** Stops hearing tabs and playback. */
  stop(): void;
}

/** The tab followed, and who is told when it changes. Only the newest question's answer is applied. */
function followed() {
  let latest: ServedTab | undefined;
  let asked = 0;
  const listeners = new Set<(served: ServedTab) => void>();
  const update = (next: ServedTab) => {
    latest = next;
    for (const listener of listeners) listener(next);
  };
  return {
    current: () => latest,
    listeners,
    update,
    /** Asks the background which tab to serve, applying its answer unless a newer question was asked meanwhile. */
    ask: async (question: () => Promise<ServedTab>): Promise<void> => {
      const mine = ++asked;
      const answer = await question();
      if (mine === asked) update(answer);
    },
  };
}

/** News heard before the first answer waits for it, in order: the background may have read the tab before the newest of it. */
function earlyNews() {
  let waiting: (() => void)[] | undefined = [];
  return {
    hear: (news: () => void) => (waiting ? void waiting.push(news) : news()),
    release: () => {
      const heard = waiting ?? [];
      waiting = undefined;
      for (const news of heard) news();
    },
  };
}

/**
 * Starts following at once, before any component mounts: tab switches and playback are heard from the first moment,
 * and news heard before the first answer is replayed, in order, once it lands (a paused tab sends nothing more to
 * correct a stale first answer).
 */
export function createTabFollower(): TabFollower {
  const tab = followed();
  const news = earlyNews();
  let first: FirstScreen | undefined;
  // Usually read (or asked) already, by the page's classic script: the screen the background kept paints at once when
  // it is right for the moment, else the background's answer does.
  const kept = keptView();
  const opened = tab
    .ask(async () => {
      const { served, screen } = (await kept) ?? (await opening());
      first = firstScreenOf(served.playback?.talkId, screen);
      return served;
    })
    .then(() => first!)
    .finally(news.release);
  // Painted from what was kept: the background is asked once that frame is out (a sleeping worker woken sooner would
  // take the processor from it), and what it knows beyond the kept (a page found unreadable) is taken.
  void opened
    .then(() => kept)
    .then(async (view) => {
      if (!view) return;
      await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));
      await tab.ask(async () => (await opening()).served);
    })
    .catch(() => undefined);
  // Switching tabs: the view keeps following the tab it had if the background cannot answer.
  const askAbout = (activeId: number) =>
    void tab.ask(async () => sendMessage('serveTab', await serveTabRequest(activeId))).catch(() => undefined);
  const stops = listenToTabs(tab, news.hear, askAbout);
  return {
    opened,
    current: tab.current,
    subscribe(listener) {
      tab.listeners.add(listener);
      return () => tab.listeners.delete(listener);
    },
    stop: () => stops.forEach((stop) => stop()),
  };
}

/** Tab switches, and the talk pages' playback, leaving, reports and unreadable pages; returns how to stop hearing them. */
function listenToTabs(
  tab: ReturnType<typeof followed>,
  hear: (news: () => void) => void,
  askAbout: (tabId: number) => void,
): (() => void)[] {
  const onActivated = ({ tabId }: { tabId: number }) => askAbout(tabId);
  // The side panel stays open while the user switches tabs: follow the tab they are on.
  if (pinnedTab() === null) browser.tabs.onActivated.addListener(onActivated);
  const sameFrame = (latest: ServedTab, tabId: number | undefined, frameId = 0) =>
    tabId === latest.tabId && frameId === (latest.frameId ?? 0);
  return [
    () => browser.tabs.onActivated.removeListener(onActivated),
    onMessage('playback', ({ data, sender }) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return;
      const frameId = sender.frameId ?? 0;
      hear(() => {
        const latest = tab.current();
        if (!latest) return;
        // Another player in the followed tab (a second embed) takes over only by playing.
        if (tabId === latest.tabId && takesOver(latest, frameId, data))
          tab.update({ ...latest, frameId, playback: data });
        // Not pinned and not following a playing talk yet: follow the tab that just started one.
        else if (tabId !== latest.tabId && latest.how !== 'pinned' && !latest.playback)
          tab.update({ tabId, frameId, how: 'recent', playback: data });
      });
    }),
    onMessage('leftTalk', ({ sender }) =>
      hear(() => {
        const latest = tab.current();
        if (!latest || !sameFrame(latest, sender.tab?.id, sender.frameId)) return;
        tab.update({ ...latest, playback: null, unreadable: false, report: undefined });
        // Another player in the tab may still show the talk: the background knows.
        if (latest.tabId !== null) askAbout(latest.tabId);
      }),
    ),
    onMessage('pageReport', ({ data, sender }) =>
      hear(() => {
        const latest = tab.current();
        if (latest && sameFrame(latest, sender.tab?.id, sender.frameId)) tab.update({ ...latest, report: data });
      }),
    ),
    onMessage('unreadable', ({ sender }) =>
      hear(() => {
        const latest = tab.current();
        if (latest && sender.tab?.id === latest.tabId) tab.update({ ...latest, playback: null, unreadable: true });
      }),
    ),
  ];
}

export function useServedTab(follower: TabFollower): ServedTab | undefined {
  const [served, setServed] = useState<ServedTab | undefined>(follower.current());
  useEffect(() => {
    const current = follower.current();
    if (current) setServed(current);
    return follower.subscribe(setServed);
  }, [follower]);
  return served;
}
