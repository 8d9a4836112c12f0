// Starts the machine's Chromium with the built extension loaded unpacked, as the tests and the demo use it.
import { SCREENS_KEY, TRANSCRIPT_SCREENS_KEY } from '../../lib/kept-screens';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';

export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function chromiumPath(): string {
  const chosen = process.env.CHROMIUM_PATH;
  // A path the user set and mistyped must not quietly give way to another Chromium.
  if (chosen) {
    if (existsSync(chosen)) return chosen;
    throw new Error(
      `CHROMIUM_PATH is set to ${chosen}, which does not exist. Point it at a Chromium binary, or unset it to use /usr/bin/chromium.`,
    );
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    'Chromium was not found. Install it with:\n  sudo apt-get update && sudo apt-get install -y chromium\n' +
      'or point CHROMIUM_PATH at a Chromium binary.',
  );
}

export function extensionBuilt(dir = EXTENSION_DIR): void {
  if (!existsSync(`${dir}/manifest.json`)) throw new Error(`No built extension in ${dir}: run "npm run build" first.`);
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
}

/**
 * `userDataDir` '' gives a fresh temporary profile; a folder keeps the profile across restarts. `lang`: the browser's
 * language, which the extension's `i18n.getUILanguage()` reads (its pages' `navigator.language` too): it needs
 * Debian's chromium-l10n (.ci/browsers).
 */
export async function launchWithExtension(
  userDataDir = '',
  { headless = true, extensionDir = EXTENSION_DIR, lang = '' } = {},
): Promise<ExtensionBrowser> {
  extensionBuilt(extensionDir);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: false,
    viewport: { width: 1280, height: 800 },
    // On Linux Chromium takes its language from the environment; `--lang` alone leaves it in English.
    ...(lang && { locale: lang, env: { ...process.env, LANGUAGE: lang, LANG: `${lang}_${lang.toUpperCase()}.UTF-8` } }),
    args: [
      ...(lang ? [`--lang=${lang}`] : []),
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, worker, extensionId: new URL(worker.url()).host };
}

/**
 * One browser for test after test (launching one took about 2.7 s a test on a 2-core machine): `next` gives it back as
 * a fresh install leaves it, or launches a new one when the last test ended the extension (a reload) or the browser.
 */
export function reusedBrowser(): { next(): Promise<ExtensionBrowser>; close(): Promise<void> } {
  let current: ExtensionBrowser | undefined;
  let ended = false;
  const close = async () => void (await current?.context.close().catch(() => undefined));
  return {
    async next() {
      if (current && !ended) {
        await resetBrowser(current);
        return current;
      }
      await close();
      current = await launchWithExtension();
      ended = false;
      current.worker.once('close', () => (ended = true));
      current.context.once('close', () => (ended = true));
      return current;
    },
    close,
  };
}

/**
 * Brings a browser the last test used back to what a fresh install leaves, for the next test: one blank tab; no routes,
 * permissions or listeners of the last test; the extension's storage (sync, session, local) and database empty; and a
 * new service worker, so nothing the last test left in memory or on a timer runs on.
 *
 * Clearing storage wakes the worker (it listens for changes), and a worker woken half-way would start from half-cleared
 * state (the talk index's entries cleared under the hash that says they are there). So: everything is cleared with the
 * worker stopped, the worker woken by that is stopped, the database cleared again, and then storage.local once more,
 * which wakes (or `startWorker` starts) a worker on nothing but empty stores. The round is checked and, if something
 * was written meanwhile (a closed tab's late `tabs.onRemoved`) or a worker was woken again between the stop and the
 * clear (events still queued for it: seen in about one reset in thirty here, three rounds in a row once on CI's
 * machine), gone through again.
 */
export async function resetBrowser({ context, worker, extensionId }: ExtensionBrowser): Promise<void> {
  const origin = `chrome-extension://${extensionId}`;
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  for (const event of ['request', 'response', 'requestfinished', 'requestfailed', 'page', 'console'] as const)
    context.removeAllListeners(event);
  const blank = await context.newPage();
  await Promise.all(context.pages().map((page) => page !== blank && page.close()));
  await emptyClipboard(context, blank);
  await context.clearPermissions();
  // A page of the extension's origin that runs none of its code: it reaches storage without waking the worker.
  await blank.goto(`${origin}/icon/16.png`);
  const cdp = await context.newCDPSession(blank);
  await cdp.send('ServiceWorker.enable');
  // When the running worker started, on the clock of `performance`: its `timeOrigin` is the monotonic clock put in
  // wall-clock terms once per process, and `Date.now()` is the wall clock now, which a machine's clock being stepped
  // or slewed (a new VM's NTP) sets apart from it.
  const startWorker = async () => {
    await cdp.send('ServiceWorker.startWorker', { scopeURL: `${origin}/` });
    return worker.evaluate(() => performance.timeOrigin);
  };
  // A worker still starting is not stopped: it is started first.
  const stopWorker = async () => {
    await startWorker();
    await cdp.send('ServiceWorker.stopAllWorkers');
  };
  const rounds: string[] = [];
  for (let round = 1; ; round++) {
    await stopWorker();
    await deleteDatabases(blank);
    await blank.evaluate(async () => {
      await chrome.storage.sync.clear();
      await chrome.storage.session.clear();
      await chrome.storage.local.clear();
    });
    await stopWorker();
    await deleteDatabases(blank);
    const clearedAt = await blank.evaluate(async () => {
      const at = performance.timeOrigin + performance.now();
      await chrome.storage.local.clear();
      return at;
    });
    const startedAt = await startWorker();
    // The first screens a new worker keeps as it starts are read from the emptied database: not left behind.
    const written = (
      await blank.evaluate(async () =>
        (await Promise.all([chrome.storage.sync.get(null), chrome.storage.session.get(null)])).flatMap(Object.keys),
      )
    ).filter((key) => key !== SCREENS_KEY && key !== TRANSCRIPT_SCREENS_KEY);
    if (startedAt >= clearedAt && written.length === 0) break;
    rounds.push(
      startedAt < clearedAt
        ? `a worker started ${(clearedAt - startedAt).toFixed(1)} ms before the clear ran on`
        : `the new worker found ${written.join(', ')} written`,
    );
    if (round === 10) throw new Error(`The extension's worker could not be reset: ${rounds.join('; ')}`);
  }
  await cdp.detach();
  await blank.goto('about:blank');
}

/** Deletes the extension's databases from one of its pages, waiting until each is gone (CDP's clear of an origin
 * returns before it is done, and then closes the next test's connections). */
const deleteDatabases = (page: Page): Promise<void> =>
  page.evaluate(async () => {
    for (const { name } of await indexedDB.databases())
      await new Promise((resolve, reject) => {
        const request = indexedDB.deleteDatabase(name!);
        request.onsuccess = resolve;
        request.onerror = () => reject(request.error);
      });
  });

/** Empties the clipboard, which the browser shares between tests: a copy test must not read the one before's text. */
async function emptyClipboard(context: BrowserContext, page: Page): Promise<void> {
  const url = 'https://clipboard.reset.invalid/';
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html', body: '<title>reset</title>' }));
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
  await page.goto(url);
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await context.unroute(url);
}
