import { browser, defineBackground } from '#imports';
import { isPlayback, isServeTabRequest, onMessage } from '@/lib/messaging';
import { corpusReady } from '@/lib/store';
import { badgeText, serveTab, type TalkTabs } from '@/lib/talk-tabs';

const TABS_KEY = 'talkTabs';

export default defineBackground(() => {
  // Seeding on every start also covers installs, updates and a corpus changed by an update.
  void corpusReady();

  // The service worker may be stopped between messages: the tab record lives in session storage.
  const loaded = browser.storage.session.get(TABS_KEY).then((stored) => (stored[TABS_KEY] ?? {}) as TalkTabs);
  const update = async (change: (tabs: TalkTabs) => void) => {
    const tabs = await loaded;
    change(tabs);
    await browser.storage.session.set({ [TABS_KEY]: tabs });
  };
  const forget = (tabId: number) => update((tabs) => delete tabs[tabId]);

  onMessage('playback', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || !isPlayback(data)) return;
    const before = (await loaded)[tabId]?.playback;
    await update((tabs) => (tabs[tabId] = { tabId, playback: data, seenAt: Date.now() }));
    if (!before || badgeText(before) !== badgeText(data)) {
      await browser.action.setBadgeText({ tabId, text: badgeText(data) });
      await browser.action.setTitle({ tabId, title: 'Talk Companion: watching the talk' });
    }
  });
  onMessage('leftTalk', async ({ sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    await forget(tabId);
    await browser.action.setBadgeText({ tabId, text: '' });
    await browser.action.setTitle({ tabId, title: 'Talk Companion' });
  });
  onMessage('serveTab', async ({ data }) => {
    if (!isServeTabRequest(data)) return { tabId: null, how: 'none', playback: null };
    return serveTab(await loaded, data.pinned, data.active);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forget(tabId));
});
