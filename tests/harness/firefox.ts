// Starts Debian's firefox-esr over WebDriver BiDi (puppeteer-core) with the built Firefox extension installed, and the
// replica YouTube served by request interception (Range requests answered with 206, as for Chromium).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { REPLICA_HOSTS, replicaAnswer } from './replica';
import { installProblem } from './versions';

export const FIREFOX_EXTENSION_DIR = fileURLToPath(new URL('../../.output/firefox-mv2', import.meta.url));
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export function firefoxPath(): string {
  if (existsSync(FIREFOX)) return FIREFOX;
  throw new Error(
    `Firefox was not found at ${FIREFOX}. Install it with:\n  sudo apt-get update && sudo apt-get install -y firefox-esr\nor point FIREFOX_PATH at a Firefox binary.`,
  );
}

/**
 * `profileDir`: a folder for the profile, to read what Firefox keeps there; a temporary one otherwise. `lang`: the
 * browser's language (`intl.locale.requested`; it needs Debian's firefox-esr-l10n for it, .ci/browsers).
 */
export async function launchFirefoxWithExtension(profileDir?: string, lang = ''): Promise<Browser> {
  const problem = installProblem(firefoxPath(), FIREFOX_EXTENSION_DIR);
  if (problem) throw new Error(problem);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    userDataDir: profileDir,
    ...(lang && { extraPrefsFirefox: { 'intl.locale.requested': lang } }),
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return browser;
}

const SQLITE = '/usr/bin/sqlite3';

export function sqlitePath(): string {
  if (existsSync(SQLITE)) return SQLITE;
  throw new Error(
    `sqlite3 was not found at ${SQLITE} (the Firefox smoke reads Firefox's sync storage with it). Install it with:\n  sudo apt-get update && sudo apt-get install -y sqlite3`,
  );
}

/**
 * What the extension holds in Firefox's `storage.sync`, read from the running browser's profile (Firefox keeps it,
 * without an account, in storage-sync-v2.sqlite: one JSON object per extension). Empty until the first write.
 */
export function firefoxSyncStorage(profileDir: string): Record<string, unknown> {
  const json = execFileSync(
    sqlitePath(),
    ['-readonly', join(profileDir, 'storage-sync-v2.sqlite'), 'SELECT data FROM storage_sync_data'],
    { encoding: 'utf8' },
  ).trim();
  return json ? (JSON.parse(json) as Record<string, unknown>) : {};
}

/**
 * A tab whose YouTube requests the replica answers. The extension's own files load as usual; any other web request
 * is refused, as the machine's closed network would.
 */
export async function replicaTab(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  letExtensionFilesThrough(page);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!url.protocol.startsWith('http')) return void request.continue().catch(() => undefined);
    if (!REPLICA_HOSTS.includes(url.hostname)) return void request.abort().catch(() => undefined);
    const answer = replicaAnswer(url, request.headers().range);
    // A page closing under a pending answer is no failure of the test.
    const respond = () =>
      request
        .respond({ status: answer.status, contentType: answer.contentType, headers: answer.headers, body: answer.body })
        .catch(() => undefined);
    if (answer.delayMs) setTimeout(respond, answer.delayMs);
    else void respond();
  });
  return page;
}

interface BidiSession {
  on(
    event: 'network.beforeRequestSent',
    listener: (event: { isBlocked: boolean; request: { request: string; url: string } }) => void,
  ): void;
  send(method: 'network.continueRequest', params: { request: string }): Promise<unknown>;
}

/**
 * The script the content script injects into the page (moz-extension://…) is intercepted too, but puppeteer only
 * hands a page the requests it can tie to its frame, and this one it cannot: left alone it would wait forever. It is
 * let through at the WebDriver BiDi level. (Reaches into puppeteer's BiDi session, which it does not expose.)
 */
function letExtensionFilesThrough(page: Page): void {
  const frame = page.mainFrame() as unknown as {
    browsingContext: { userContext: { browser: { session: BidiSession } } };
  };
  const session = frame.browsingContext.userContext.browser.session;
  session.on('network.beforeRequestSent', ({ isBlocked, request }) => {
    if (isBlocked && request.url.startsWith('moz-extension:'))
      void session.send('network.continueRequest', { request: request.request }).catch(() => undefined);
  });
}
