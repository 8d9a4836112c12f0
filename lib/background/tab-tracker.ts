// The background's record of the tabs playing a talk: fed by the content scripts, read by the views, shown as a badge.
import { browser } from '#imports';
import { isPlayback, isServeTabRequest, onMessage } from '../messaging';
import { badgeText, serveTab, type Playback, type ServedTab, type TalkTabs, type UnreadableTabs } from '../talk-tabs';

const TABS_KEY = 'talkTabs';

/** Registers the tab bookkeeping; returns how to read a tab's latest playback, the talk tabs, and which tab a view serves. */
export function registerTabTracker(talkTabJoined: (tabId: number, playback: Playback) => void = () => undefined): {
  playbackOf: (tabId: number) => Promise<Playback | undefined>;
  talkTabIds: () => Promise<number[]>;
  servedTab: (request: unknown) => Promise<ServedTab>;
} {
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

  onMessage('playback', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || !isPlayback(data)) return;
    delete unreadable[tabId];
    const tabs = await loaded;
    const before = tabs[tabId]?.playback;
    const record = { tabId, playback: data, seenAt: Date.now() };
    // This runs on every timeupdate: keep it in memory, and write the copy that outlives a stopped worker only
    // when a tab starts playing the talk, its badge changes, or it is paused: a paused tab (scrubbed, say) sends
    // nothing more to correct a stale copy, and Chrome stops an idle worker after 30 s.
    const badgeChanged = !before || badgeText(before) !== badgeText(data);
    if (!badgeChanged && !data.paused) {
      tabs[tabId] = record;
      return;
    }
    await update((all) => (all[tabId] = record));
    if (!before) talkTabJoined(tabId, data);
    if (!badgeChanged) return;
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
  const servedTab = async (request: unknown): Promise<ServedTab> =>
    isServeTabRequest(request) ? serveTab(await loaded, request.pinned, request.active, unreadable) : { tabId: null, how: 'none', playback: null };
  onMessage('serveTab', ({ data }) => servedTab(data));
  browser.tabs.onRemoved.addListener((tabId) => void forget(tabId));

  return {
    playbackOf: async (tabId) => (await loaded)[tabId]?.playback,
    talkTabIds: async () => Object.keys(await loaded).map(Number),
    servedTab,
  };
}
