import { browser, defineBackground } from '#imports';
import { isPlayback, isQuoteRequest, isServeTabRequest, isTalkRequest, onMessage, sendMessage } from '@/lib/messaging';
import { cardQuotes, saveQuoteNear, toggleSavedById } from '@/lib/quote-service';
import { corpusReady } from '@/lib/seeding';
import { db } from '@/lib/store';
import { badgeText, serveTab, type TalkTabs, type UnreadableTabs } from '@/lib/talk-tabs';

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
  // Pages that show the talk without a readable player; short-lived, so kept in memory only.
  const unreadable: UnreadableTabs = {};
  const forget = (tabId: number) => {
    delete unreadable[tabId];
    return update((tabs) => delete tabs[tabId]);
  };

  onMessage('corpusReady', () => corpusReady().then(() => true));
  onMessage('playback', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || !isPlayback(data)) return;
    delete unreadable[tabId];
    const tabs = await loaded;
    const before = tabs[tabId]?.playback;
    const record = { tabId, playback: data, seenAt: Date.now() };
    // This runs on every timeupdate: keep it in memory, and write the copy that outlives a stopped worker only
    // when a tab starts playing the talk or its badge changes.
    if (before && badgeText(before) === badgeText(data)) {
      tabs[tabId] = record;
      return;
    }
    await update((all) => (all[tabId] = record));
    await browser.action.setBadgeText({ tabId, text: badgeText(data) });
    await browser.action.setTitle({ tabId, title: 'Talk Companion: watching the talk' });
  });
  onMessage('leftTalk', async ({ sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    await forget(tabId);
    await browser.action.setBadgeText({ tabId, text: '' });
    await browser.action.setTitle({ tabId, title: 'Talk Companion' });
  });
  onMessage('unreadable', ({ sender }) => {
    if (sender.tab?.id !== undefined) unreadable[sender.tab.id] = true;
  });
  onMessage('serveTab', async ({ data }) => {
    if (!isServeTabRequest(data)) return { tabId: null, how: 'none', playback: null };
    return serveTab(await loaded, data.pinned, data.active, unreadable);
  });
  onMessage('cardQuotes', async ({ data }) => {
    if (!isTalkRequest(data)) return { quotes: [], saved: [] };
    await corpusReady();
    return cardQuotes(db, data.talkId);
  });
  onMessage('toggleSaved', ({ data }) => isQuoteRequest(data) && toggleSavedById(db, data.quoteId));
  browser.tabs.onRemoved.addListener((tabId) => void forget(tabId));

  // The keyboard command saves the quote being said in the tab the user is on, and confirms it there.
  browser.commands.onCommand.addListener(async (command, tab) => {
    const tabId = tab?.id;
    if (command !== 'save-current-quote' || tabId === undefined) return;
    const playing = (await loaded)[tabId]?.playback;
    if (!playing) return;
    await corpusReady();
    const result = await saveQuoteNear(db, playing.talkId, playing.time);
    await sendMessage('savedByKey', result, tabId).catch(() => undefined);
  });
});
