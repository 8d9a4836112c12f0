// Which tab this view follows (?tab=, else the active tab, else the most recent talk tab) and its live playback.
import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { isPlayback, onMessage, sendMessage, type ServedTab } from '@/lib/messaging';

function pinnedTab(): number | null {
  const value = new URLSearchParams(location.search).get('tab');
  return value !== null && /^\d+$/.test(value) ? Number(value) : null;
}

async function askServedTab(activeId?: number): Promise<ServedTab> {
  const pinned = pinnedTab();
  const active = pinned !== null ? undefined : (activeId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id);
  return sendMessage('serveTab', { pinned, active: active ?? null });
}

/** Asked as soon as the view's script runs, in parallel with opening the database. */
const firstAnswer = askServedTab();

export function useServedTab(): ServedTab | undefined {
  const [served, setServed] = useState<ServedTab>();
  useEffect(() => {
    let current: ServedTab | undefined;
    const set = (next: ServedTab) => setServed((current = next));
    const pinned = pinnedTab();
    const resolve = async (activeId?: number) => set(await askServedTab(activeId));
    void firstAnswer.then(set);
    // The side panel stays open while the user switches tabs: follow the tab they are on.
    const onActivated = ({ tabId }: { tabId: number }) => void resolve(tabId);
    if (pinned === null) browser.tabs.onActivated.addListener(onActivated);

    const stopPlayback = onMessage('playback', ({ data, sender }) => {
      const tabId = sender.tab?.id;
      if (!current || tabId === undefined || !isPlayback(data)) return;
      if (tabId === current.tabId) set({ ...current, playback: data });
      // Not pinned and not following a playing talk yet: follow the tab that just started one.
      else if (current.how !== 'pinned' && !current.playback) set({ tabId, how: 'recent', playback: data });
    });
    const stopLeft = onMessage('leftTalk', ({ sender }) => {
      if (current && sender.tab?.id === current.tabId) set({ ...current, playback: null, unreadable: false });
    });
    const stopUnreadable = onMessage('unreadable', ({ sender }) => {
      if (current && sender.tab?.id === current.tabId) set({ ...current, playback: null, unreadable: true });
    });
    return () => {
      stopPlayback();
      stopLeft();
      stopUnreadable();
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, []);
  return served;
}
