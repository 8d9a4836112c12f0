// Which tab a view follows (?tab=, else the active tab, else the most recent talk tab) and that tab's live playback.
import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { isPlayback, onMessage, sendMessage } from '@/lib/messaging';
import { takesOver, type ServedTab } from '@/lib/talk-tabs';
import { opening, pinnedTab, serveTabRequest } from './opening';
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

/**
 * Starts following at once, before any component mounts: tab switches and playback are heard from the first
 * moment, and news heard before the first answer is replayed, in order, once it lands. The background may have read
 * the tab before the newest of them (a pause, say), and a paused tab sends nothing more to correct it.
 */
export function createTabFollower(): TabFollower {
  let latest: ServedTab | undefined;
  const listeners = new Set<(served: ServedTab) => void>();
  let asked = 0;
  let early: (() => void)[] | undefined = [];
  const hear = (news: () => void): void => {
    if (early) early.push(news);
    else news();
  };
  const update = (next: ServedTab) => {
    latest = next;
    for (const listener of listeners) listener(next);
  };

  const opened = (async () => {
    const question = ++asked;
    try {
      const { served, screen } = await opening(); // usually asked already, by the page's classic script
      if (question === asked) update(served);
      return firstScreenOf(served.playback?.talkId, screen);
    } finally {
      const heard = early ?? [];
      early = undefined;
      for (const news of heard) news();
    }
  })();

  /** Asks the background again which tab to serve; only the newest question's answer is applied. */
  const ask = (activeId: number) => {
    const question = ++asked;
    serveTabRequest(activeId)
      .then((request) => sendMessage('serveTab', request))
      .then((answer) => question === asked && update(answer))
      .catch(() => undefined); // the view keeps following the tab it had
  };
  const onActivated = ({ tabId }: { tabId: number }) => ask(tabId);
  // The side panel stays open while the user switches tabs: follow the tab they are on.
  if (pinnedTab() === null) browser.tabs.onActivated.addListener(onActivated);

  const stops = [
    () => browser.tabs.onActivated.removeListener(onActivated),
    onMessage('playback', ({ data, sender }) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || !isPlayback(data)) return;
      const frameId = sender.frameId ?? 0;
      hear(() => {
        if (!latest) return;
        // Another player in the followed tab (a second embed) takes over only by playing.
        if (tabId === latest.tabId && takesOver(latest, frameId, data)) update({ ...latest, frameId, playback: data });
        // Not pinned and not following a playing talk yet: follow the tab that just started one.
        else if (tabId !== latest.tabId && latest.how !== 'pinned' && !latest.playback) update({ tabId, frameId, how: 'recent', playback: data });
      });
    }),
    onMessage('leftTalk', ({ sender }) =>
      hear(() => {
        if (!latest || sender.tab?.id !== latest.tabId || (sender.frameId ?? 0) !== (latest.frameId ?? 0)) return;
        update({ ...latest, playback: null, unreadable: false });
        // Another player in the tab may still show the talk: the background knows.
        if (latest.tabId !== null) ask(latest.tabId);
      }),
    ),
    onMessage('unreadable', ({ sender }) =>
      hear(() => {
        if (latest && sender.tab?.id === latest.tabId) update({ ...latest, playback: null, unreadable: true });
      }),
    ),
  ];

  return {
    opened,
    current: () => latest,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop: () => stops.forEach((stop) => stop?.()),
  };
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
