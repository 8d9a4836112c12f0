// Which tab this view follows (?tab=, else the active tab, else the most recent talk tab) and its live playback.
import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { isPlayback, onMessage, sendMessage, type ServedTab } from '@/lib/messaging';

function pinnedTab(): number | null {
  const value = new URLSearchParams(location.search).get('tab');
  return value !== null && /^\d+$/.test(value) ? Number(value) : null;
}

// Module state: the question goes out as the script starts (in parallel with opening the database), and tab switches
// are heard from then on, before any component mounts.
let latest: ServedTab | undefined;
let show: ((served: ServedTab) => void) | undefined;
let asked = 0;
let answered: (served: ServedTab | undefined) => void = () => undefined;
/** The first answer (undefined if the background could not answer), so the first screen's reads can start at once. */
export const firstServed = new Promise<ServedTab | undefined>((resolve) => (answered = resolve));

/** Asks the background which tab to serve; only the newest question's answer is applied. */
function ask(activeId?: number): void {
  const question = ++asked;
  const pinned = pinnedTab();
  (async () => {
    const active = pinned !== null ? undefined : (activeId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id);
    const answer = await sendMessage('serveTab', { pinned, active: active ?? null });
    if (question !== asked) return;
    update(answer);
    answered(answer);
  })().catch(() => answered(undefined));
}

ask();
// The side panel stays open while the user switches tabs: follow the tab they are on.
if (pinnedTab() === null) browser.tabs.onActivated.addListener(({ tabId }) => ask(tabId));

function update(next: ServedTab): void {
  latest = next;
  show?.(next);
}

// Playback news from talk tabs, heard from the start too: a message before the view mounts must not be lost.
onMessage('playback', ({ data, sender }) => {
  const tabId = sender.tab?.id;
  if (!latest || tabId === undefined || !isPlayback(data)) return;
  if (tabId === latest.tabId) update({ ...latest, playback: data });
  // Not pinned and not following a playing talk yet: follow the tab that just started one.
  else if (latest.how !== 'pinned' && !latest.playback) update({ tabId, how: 'recent', playback: data });
});
onMessage('leftTalk', ({ sender }) => {
  if (latest && sender.tab?.id === latest.tabId) update({ ...latest, playback: null, unreadable: false });
});
onMessage('unreadable', ({ sender }) => {
  if (latest && sender.tab?.id === latest.tabId) update({ ...latest, playback: null, unreadable: true });
});

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
