// Starts the machine's Chromium with the built extension loaded unpacked, as the tests and the demo use it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';

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

/** `userDataDir` '' gives a fresh temporary profile; a folder keeps the profile across restarts. */
export async function launchWithExtension(
  userDataDir = '',
  { headless = true, extensionDir = EXTENSION_DIR } = {},
): Promise<ExtensionBrowser> {
  extensionBuilt(extensionDir);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: false,
    viewport: { width: 1280, height: 800 },
    args: [
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
