// Fails the end-to-end run at once, with the fix, when Chromium or the built extension is missing.
import { chromiumPath, extensionBuilt } from '../harness/chromium';

export default function globalSetup(): void {
  chromiumPath();
  extensionBuilt();
}
