// Fails the end-to-end run at once, with the fix, when Chromium, Firefox or the built extension is missing.
import { chromiumPath, extensionBuilt } from '../harness/chromium';
import { FIREFOX_EXTENSION_DIR, firefoxPath } from '../harness/firefox';

export default function globalSetup(): void {
  chromiumPath();
  extensionBuilt();
  firefoxPath();
  extensionBuilt(FIREFOX_EXTENSION_DIR);
}
