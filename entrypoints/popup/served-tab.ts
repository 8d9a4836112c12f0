// Which tab this view follows (?tab=, else the active tab, else the most recent talk tab) and its live playback.
import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { isPlayback, onMessage, sendMessage, type ServedTab } from '@/lib/messaging';
import { pinnedTab, serveTabRequest, startOpening } from '@/lib/view-start';
import { firstScreenOf, type FirstScreen } from './use-talk';

// Module state: the first answer is awaited as the script starts, and tab switches and playback are heard from then
// on, before any component mounts.
let latest: ServedTab | undefined;
let show: ((served: ServedTab) => void) | undefined;
let asked = 0;
// News from talk tabs heard before the first answer: replayed, in order, once it lands. The background may have
// read the tab before the newest of them (a pause, say), and a paused tab sends nothing more to correct it.
let early: (() => void)[] | undefined = [];
function hear(news: () => void): void {
  if (early) early.push(news);
  else news();
}

/** The tab to follow and the first screen, in one round trip; rejects if the background cannot answer. */
export const opened: Promise<FirstScreen> = (async () => {
  const question = ++asked;
  try {
    const { served, screen } = await startOpening(); // usually asked already, by the page's classic script
    if (question === asked) update(served);
    return firstScreenOf(served.playback?.talkId, screen);
  } finally {
    const heard = early ?? [];
    early = undefined;
    for (const news of heard) news();
  }
})();

/** Asks the background again which tab to serve; only the newest question's answer is applied. */
function ask(activeId: number): void {
  const question = ++asked;
  serveTabRequest(activeId)
    .then((request) => sendMessage('serveTab', request))
    .then((answer) => question === asked && update(answer))
    .catch(() => undefined); // the view keeps following the tab it had
}

// The side panel stays open while the user switches tabs: follow the tab they are on.
if (pinnedTab() === null) browser.tabs.onActivated.addListener(({ tabId }) => ask(tabId));

function update(next: ServedTab): void {
  latest = next;
  show?.(next);
}

// Playback news from talk tabs, heard from the start too: a message before the view mounts must not be lost.
onMessage('playback', ({ data, sender }) => {
  const tabId = sender.tab?.id;
  if (tabId === undefined || !isPlayback(data)) return;
  hear(() => {
    if (!latest) return;
    if (tabId === latest.tabId) update({ ...latest, playback: data });
    // Not pinned and not following a playing talk yet: follow the tab that just started one.
    else if (latest.how !== 'pinned' && !latest.playback) update({ tabId, how: 'recent', playback: data });
  });
});
onMessage('leftTalk', ({ sender }) =>
  hear(() => {
    if (latest && sender.tab?.id === latest.tabId) update({ ...latest, playback: null, unreadable: false });
  }),
);
onMessage('unreadable', ({ sender }) =>
  hear(() => {
    if (latest && sender.tab?.id === latest.tabId) update({ ...latest, playback: null, unreadable: true });
  }),
);

export function useServedTab(): ServedTab | undefined {
  const [served, setServed] = useState<ServedTab | undefined>(latest);
  useEffect(() => {
    show = setServed;
    if (latest) setServed(latest);
    return () => {
      show = undefined;
    };
  }, []);
  return served;
}
