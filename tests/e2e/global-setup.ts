// Fails the end-to-end run at once, with the fix, when Chromium, Firefox, sqlite3 or the built extension is missing.
import { chromiumPath, extensionBuilt } from '../harness/chromium';
import { FIREFOX_EXTENSION_DIR, firefoxPath, sqlitePath } from '../harness/firefox';

export default function globalSetup(): void {
  chromiumPath();
  extensionBuilt();
  firefoxPath();
  sqlitePath();
  extensionBuilt(FIREFOX_EXTENSION_DIR);
}
