// Least privilege, checked on what ships: the built manifests for Chrome and Firefox.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { EXTENSION_DIR, chromiumPath } from '../harness/chromium';
import { FIREFOX_EXTENSION_DIR, firefoxPath } from '../harness/firefox';
import { installProblem } from '../harness/versions';

const OUTPUT = fileURLToPath(new URL('../../.output', import.meta.url));
// YouTube's desktop and mobile sites, and its player embedded in other pages: nothing else.
const YOUTUBE_HOSTS = ['*://www.youtube.com/*', '*://m.youtube.com/*', '*://www.youtube-nocookie.com/embed/*'];
/** Chrome's web-accessible resources take whole origins only. */
const YOUTUBE_ORIGINS = ['*://www.youtube.com/*', '*://m.youtube.com/*', '*://www.youtube-nocookie.com/*'];
// storage: the card's on/off choice and the tabs playing the talk; sidePanel: Chrome's side panel (Firefox's sidebar needs none).
const ALLOWED = { 'chrome-mv3': ['storage', 'sidePanel'], 'firefox-mv2': ['storage'] };

for (const [target, allowed] of Object.entries(ALLOWED)) {
  test(`the ${target} manifest asks for nothing beyond the YouTube hosts and what the features need`, () => {
    const dir = join(OUTPUT, target);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const text = JSON.stringify(manifest);

    expect(text).not.toContain('<all_urls>');
    expect([...(manifest.permissions ?? [])].sort()).toEqual([...allowed].sort());
    expect(manifest.optional_permissions ?? []).toEqual([]);
    for (const key of ['host_permissions', 'optional_host_permissions']) expect(manifest[key] ?? [], key).toEqual([]);
    for (const script of manifest.content_scripts ?? []) {
      expect([...script.matches].sort()).toEqual([...YOUTUBE_HOSTS].sort());
      // In frames too, for the embedded player; the page around it is never matched.
      expect(script.all_frames).toBe(true);
    }
    expect(manifest.externally_connectable).toBeUndefined();
    // Only the talk's modules (the talk module, the talk window's, the slide's) and the slide maker, a frame of the
    // talk's page (issue 35), are web-accessible, and in Chrome only to YouTube's pages (MV2 cannot say which pages).
    const modules = [
      'content-scripts/talk-page.js',
      'content-scripts/talk-window.js',
      'content-scripts/slide.js',
      'slide-maker.html',
    ];
    const accessible = target === 'firefox-mv2' ? modules : [{ resources: modules, matches: YOUTUBE_ORIGINS }];
    expect(manifest.web_accessible_resources ?? []).toEqual(accessible);
    // Both builds read the player's captions from a main-world content script: nothing is injected into the page.
    expect(
      manifest.content_scripts
        .filter((script: { world?: string }) => script.world === 'MAIN')
        .map((script: { js: string[] }) => script.js),
    ).toEqual([['content-scripts/page-captions.js']]);
    // No remote code: the default CSP stands, and no page loads a script from elsewhere.
    expect(manifest.content_security_policy).toBeUndefined();
    for (const page of readdirSync(dir).filter((name) => name.endsWith('.html')))
      expect(readFileSync(join(dir, page), 'utf8'), page).not.toMatch(/<script[^>]+src="(https?:)?\/\//);
  });
}

// A build whose minimum is above the browser under test would be refused at install: said here in one sentence, naming
// both versions, rather than as an install error deep in another test.
test('each build installs on the Chromium and the Firefox under test: neither is older than its minimum', () => {
  expect(installProblem(chromiumPath(), EXTENSION_DIR)).toBeUndefined();
  expect(installProblem(firefoxPath(), FIREFOX_EXTENSION_DIR)).toBeUndefined();
});
