// The background's record of the tabs playing a talk, frame by frame (a page can embed the talk): fed by the content
// scripts, read by the views, shown as a badge.
import { browser } from '#imports';
import { onMessage } from '../messaging';
import {
  badgeText,
  frameKey,
  frameOfKey,
  serveTab,
  talkFrameOf,
  type PageReports,
  type TalkTab,
  type TalkTabs,
  type UnreadableTabs,
} from '../talk-tabs';
import type { ServeTabRequest } from '../model/messages';
import { REPORTS_KEY, TABS_KEY } from '../kept-screens';
import type { ServedTab } from '../model/playback';

/**
 * Registers the tab bookkeeping; returns how to read a tab's followed frame, the talk tabs, the talks they show, and
 * which tab a view serves. `talkFrameJoined`: a frame started showing a talk; `talkShown`: that, or a frame showing one
 * talk went on to another.
 */
export function registerTabTracker(
  talkFrameJoined: (record: TalkTab) => void = () => undefined,
  talkShown: () => void = () => undefined,
): {
  talkFrameOf: (tabId: number) => Promise<TalkTab | undefined>;
  talkTabIds: () => Promise<number[]>;
  talksShown: () => Promise<string[]>;
  servedTab: (request: ServeTabRequest) => Promise<ServedTab>;
} {
  // The service worker may be stopped between messages: the record lives in session storage.
  const loaded = browser.storage.session.get(TABS_KEY).then((stored) => (stored[TABS_KEY] ?? {}) as TalkTabs);
  const save = async () => browser.storage.session.set({ [TABS_KEY]: await loaded });
  // What each talk frame found of YouTube's page: sent once and on change, so kept beyond a stopped worker too.
  const reportsLoaded = browser.storage.session
    .get(REPORTS_KEY)
    .then((stored) => (stored[REPORTS_KEY] ?? {}) as PageReports);
  const saveReports = async () => browser.storage.session.set({ [REPORTS_KEY]: await reportsLoaded });
  // Pages that show the talk without a readable player; short-lived, so kept in memory only.
  const unreadable: UnreadableTabs = {};
  // What each tab's badge says now, so it is set only when it changes.
  const badges = new Map<number, string>();
  const showBadge = async (tabId: number) => {
    const followed = talkFrameOf(await loaded, tabId);
    const text = followed ? badgeText(followed.playback) : '';
    if (badges.get(tabId) === text) return;
    badges.set(tabId, text);
    await browser.action.setBadgeText({ tabId, text });
    await browser.action.setTitle({ tabId, title: text ? 'Talk Companion: watching the talk' : 'Talk Companion' });
  };
  const forget = async (keep: (record: Pick<TalkTab, 'tabId' | 'frameId'>) => boolean) => {
    const [tabs, reports] = await Promise.all([loaded, reportsLoaded]);
    for (const [key, record] of Object.entries(tabs)) if (!keep(record)) delete tabs[key];
    for (const key of Object.keys(reports)) if (!keep(frameOfKey(key))) delete reports[key];
    await Promise.all([save(), saveReports()]);
  };

  onMessage('playback', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    const frameId = sender.frameId ?? 0;
    delete unreadable[tabId];
    const tabs = await loaded;
    const key = frameKey(tabId, frameId);
    const before = tabs[key]?.playback;
    tabs[key] = { tabId, frameId, playback: data, seenAt: Date.now() };
    // This runs on every timeupdate: keep it in memory, and write the copy that outlives a stopped worker only when
    // a frame starts playing the talk, its badge changes, or it is paused: a paused frame (scrubbed, say) sends
    // nothing more to correct a stale copy, and Chrome stops an idle worker after 30 s.
    const anotherTalk = before?.talkId !== data.talkId;
    if (before && !anotherTalk && badgeText(before) === badgeText(data) && !data.paused) return;
    await save();
    if (!before) talkFrameJoined(tabs[key]);
    if (anotherTalk) talkShown();
    await showBadge(tabId);
  });
  onMessage('leftTalk', async ({ sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    const frameId = sender.frameId ?? 0;
    await forget((record) => record.tabId !== tabId || record.frameId !== frameId);
    await showBadge(tabId);
  });
  onMessage('unreadable', ({ sender }) => {
    if (sender.tab?.id !== undefined) unreadable[sender.tab.id] = true;
  });
  onMessage('pageReport', async ({ data, sender }) => {
    if (sender.tab?.id === undefined) return;
    (await reportsLoaded)[frameKey(sender.tab.id, sender.frameId ?? 0)] = data;
    await saveReports();
  });
  const servedTab = async (request: ServeTabRequest): Promise<ServedTab> =>
    serveTab(await loaded, request.pinned, request.active, unreadable, await reportsLoaded);
  onMessage('serveTab', ({ data }) => servedTab(data));
  browser.tabs.onRemoved.addListener((tabId) => {
    delete unreadable[tabId];
    badges.delete(tabId);
    void forget((record) => record.tabId !== tabId);
  });

  return {
    talkFrameOf: async (tabId) => talkFrameOf(await loaded, tabId),
    talkTabIds: async () => [...new Set(Object.values(await loaded).map((record) => record.tabId))],
    talksShown: async () => [...new Set(Object.values(await loaded).map((record) => record.playback.talkId))],
    servedTab,
  };
}
