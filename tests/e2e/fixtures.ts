// Playwright fixtures: a Chromium with the built extension, the replica YouTube, and helpers to open pages as a user would.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Frame, type Locator, type Page, type Worker } from '@playwright/test';
import { SAVES_STORED_AS } from '../../lib/db/database';
import { TALK_ID } from '../harness/videos';
import { launchWithExtension, reusedBrowser, type ExtensionBrowser } from '../harness/chromium';
export type { ExtensionBrowser };
import { serveReplica } from '../harness/replica';

export interface Helpers {
  /** Opens a replica YouTube watch page and returns it with its tab id. */
  openWatchPage(videoId: string, query?: string): Promise<{ page: Page; tabId: number }>;
  /** Opens any page the replica serves (the mobile site, an embedding page, a youtu.be link) with its tab id. */
  openPage(url: string): Promise<{ page: Page; tabId: number }>;
  /** Opens the popup as a tab; `tabId` pins it to that tab like `popup.html?tab=`. */
  openPopup(tabId?: number): Promise<Page>;
}

export const test = base.extend<
  { browserWithExtension: ExtensionBrowser; helpers: Helpers; profileDir: string },
  { reused: ReturnType<typeof reusedBrowser> }
>({
  // A browser profile kept across the restarts of one test, removed after it.
  // eslint-disable-next-line no-empty-pattern
  profileDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'talk-companion-profile-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  // One Chromium per Playwright worker, reset between tests. A test that fails ends its worker, and with it the browser.
  reused: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const browsers = reusedBrowser();
      await use(browsers);
      await browsers.close();
    },
    { scope: 'worker' },
  ],
  browserWithExtension: async ({ reused }, use) => {
    const browser = await reused.next();
    await serveReplica(browser.context);
    await use(browser);
  },
  helpers: async ({ browserWithExtension: { context, worker, extensionId } }, use) => {
    // Every view a test opens must stay free of console errors.
    const viewErrors: string[] = [];
    const openPage = async (url: string) => {
      const page = await context.newPage();
      await page.goto(url);
      await page.bringToFront();
      const tabId = await worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? -1;
      });
      return { page, tabId };
    };
    await use({
      openWatchPage: (videoId, query = '') => openPage(`https://www.youtube.com/watch?v=${videoId}${query}`),
      openPage,
      openPopup: (tabId) => openPopupIn({ context, worker, extensionId }, tabId, viewErrors),
    });
    expect(viewErrors, "console errors in the extension's views").toEqual([]);
  },
});

/** Opens the popup as a tab of `context`, pinned to `tabId` when given. */
export async function openPopupIn(
  { context, extensionId }: ExtensionBrowser,
  tabId?: number,
  errors?: string[],
): Promise<Page> {
  const page = await context.newPage();
  if (errors) {
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  }
  await page.goto(`chrome-extension://${extensionId}/popup.html${tabId === undefined ? '' : `?tab=${tabId}`}`);
  return page;
}

/** Starts (or restarts) the browser on a profile, with the replica YouTube served. */
export async function launchOnReplica(profileDir: string): Promise<ExtensionBrowser> {
  const browser = await launchWithExtension(profileDir);
  await serveReplica(browser.context);
  return browser;
}

/** Opens the talk's replica page with the video at `seconds`; `query` adds replica options (`&captions=none`). */
export async function openTalkAt({ context }: ExtensionBrowser, seconds: number, query = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`https://www.youtube.com/watch?v=${TALK_ID}${query}`);
  await seekPage(page, seconds);
  return page;
}

/** Opens a replica watch page with `query`, keeping every error its scripts throw (the extension's included). */
export async function openWithErrors(helpers: Pick<Helpers, 'openWatchPage'>, id: string, query: string) {
  const opened = await helpers.openWatchPage(id, query);
  const errors: string[] = [];
  opened.page.on('pageerror', (error) => errors.push(error.message));
  return { ...opened, errors };
}

/** The chapter the popup marks as current. */
export const currentChapter = (popup: Page): Locator => popup.locator('.chapters [aria-current="true"]');

/** Moves the replica's main video as a user scrubbing the player would, and waits until it got there. */
export const seekPage = (page: Page, seconds: number): Promise<void> =>
  page.evaluate((s) => window.replica.seek(s), seconds);

/** The save-by-key command pressed in `tabId`. Headless Chromium routes no accelerators to extensions: the command is
 * fired into the worker's listeners as the browser does. */
export const pressSaveKey = (worker: Worker, tabId: number): Promise<void> =>
  worker.evaluate(async (id) => {
    const tab = await chrome.tabs.get(id);
    (chrome.commands.onCommand as unknown as { dispatch(command: string, tab: chrome.tabs.Tab): void }).dispatch(
      'save-current-quote',
      tab,
    );
  }, tabId);

/**
 * Stops the extension's service worker, as Chrome does after 30 s idle, forgetting what it held in memory. The next
 * event starts a fresh one; Playwright keeps the same Worker handle across the restart. Resolves once stopped.
 */
export async function stopWorker({ context, worker }: ExtensionBrowser, page: Page): Promise<void> {
  await worker.evaluate(() => Object.assign(globalThis, { beforeTheStop: true }));
  const session = await context.newCDPSession(page);
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await session.detach();
}

/** Whether the worker is a fresh one since the last `stopWorker`. */
export const workerRestarted = async ({ worker }: ExtensionBrowser): Promise<boolean> =>
  !(await worker.evaluate(() => 'beforeTheStop' in globalThis));

/**
 * Records, from now on, every position the page's main video is moved to (its 'seeking' events): what the extension
 * made it do, read as a condition rather than from how far the video played meanwhile. `seeksIn` reads them back.
 */
export const recordSeeks = (page: Page | Frame): Promise<void> =>
  page.evaluate(() => {
    const video = document.querySelector<HTMLVideoElement>('#movie_player video')!;
    const seeks: number[] = [];
    Object.assign(window, { seeksMade: seeks });
    video.addEventListener('seeking', () => seeks.push(video.currentTime));
  });
export const seeksIn = (page: Page | Frame): Promise<number[]> =>
  page.evaluate(() => (window as unknown as { seeksMade: number[] }).seeksMade);

/** The main video's current time on the replica page. */
export const videoTime = (page: Page): Promise<number> =>
  page.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime);

/** How many rows one of the extension's IndexedDB stores holds, read in its worker. */
export const rowsIn = ({ worker }: ExtensionBrowser, store: string): Promise<number> =>
  worker.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('talk-companion');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction(name).objectStore(name).count();
          count.onsuccess = () => {
            open.result.close();
            resolve(count.result);
          };
        };
      }),
    store,
  );

export { expect };

/** Where the write held by `holdNextSavesWrite` stands. */
export type HeldWrite = 'armed' | 'held' | 'committed' | 'aborted';

/**
 * Holds the background's next write to the saves (its next read-write IndexedDB transaction on them) open, uncommitted,
 * until `releaseSavesWrite`: a test hook in the test, put into the worker from outside (the extension has none). Held,
 * the transaction proves the message arrived and its change is not yet committed, so an abrupt end made then lands
 * between the two.
 */
export const holdNextSavesWrite = ({ worker }: ExtensionBrowser): Promise<void> =>
  worker.evaluate((store) => {
    const state = globalThis as unknown as { heldWrite: HeldWrite; releaseHeldWrite?: boolean };
    state.heldWrite = 'armed';
    // Dexie binds its database's `transaction` when it opens, but asks each store for each write: the first write to
    // the saves shows which transaction to hold.
    for (const method of ['add', 'put', 'delete'] as const) {
      const write = IDBObjectStore.prototype[method] as (this: IDBObjectStore, ...args: unknown[]) => IDBRequest;
      Object.assign(IDBObjectStore.prototype, {
        [method](this: IDBObjectStore, ...args: unknown[]) {
          if (state.heldWrite === 'armed' && this.name === store) hold(this.transaction);
          return write.apply(this, args);
        },
      });
    }
    function hold(transaction: IDBTransaction) {
      state.heldWrite = 'held';
      transaction.addEventListener('complete', () => (state.heldWrite = 'committed'));
      transaction.addEventListener('abort', () => (state.heldWrite = 'aborted'));
      // A transaction commits once no request is pending: one more, each time the last succeeds, until released.
      const keepOpen = () => {
        if (!state.releaseHeldWrite) transaction.objectStore(store).count().onsuccess = keepOpen;
      };
      keepOpen();
    }
  }, SAVES_STORED_AS);

export const heldWrite = ({ worker }: ExtensionBrowser): Promise<HeldWrite> =>
  worker.evaluate(() => (globalThis as unknown as { heldWrite: HeldWrite }).heldWrite);

export const releaseSavesWrite = ({ worker }: ExtensionBrowser): Promise<void> =>
  worker.evaluate(() => void Object.assign(globalThis, { releaseHeldWrite: true }));

/** Kills the browser's main process (SIGKILL), as a crash or a power cut does: nothing is given time to finish. */
export async function killBrowser({ context }: ExtensionBrowser, profileDir: string): Promise<void> {
  const main = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(`--user-data-dir=${profileDir}`) && !line.includes('--type='))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
  expect(main, 'the browser main process').toHaveLength(1);
  const closed = new Promise((resolve) => context.once('close', resolve));
  process.kill(main[0]!, 'SIGKILL');
  await closed;
}
