// What ships is the product alone: no bench page, test page or harness in the built extension or its store zip.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import JSZip from 'jszip';

const BUILT = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
/** The only pages the extension has: the popup, the side panel, and the slide maker (a hidden frame of the talk's page). */
const PAGES = ['popup.html', 'sidepanel.html', 'slide-maker.html'];
const NOT_PRODUCT = /bench|test|harness|replica|fixture/i;

const filesIn = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));

function expectProductOnly(files: string[]): void {
  expect(files.filter((file) => NOT_PRODUCT.test(file))).toEqual([]);
  expect(files.filter((file) => file.endsWith('.html')).sort()).toEqual(PAGES);
  // The talk's modules are built apart from WXT's entrypoints: they must ship all the same.
  for (const module of ['talk-page', 'talk-window', 'slide']) expect(files).toContain(`content-scripts/${module}.js`);
}

test('the built Chrome extension holds no bench or test page', () => {
  expectProductOnly(filesIn(BUILT));
});

test('the store zip holds no bench or test page', async () => {
  test.setTimeout(120_000);
  const outDir = mkdtempSync(join(tmpdir(), 'talk-companion-zip-'));
  try {
    execFileSync('npx', ['wxt', 'zip'], {
      env: { ...process.env, TALK_OUT_DIR: outDir, TALK_BENCH: '' },
      stdio: 'ignore',
    });
    const zipName = readdirSync(outDir).find((name) => name.endsWith('-chrome.zip'));
    expect(zipName, 'the Chrome zip').toBeDefined();
    const zip = await JSZip.loadAsync(readFileSync(join(outDir, zipName!)));
    expectProductOnly(
      Object.values(zip.files)
        .filter((entry) => !entry.dir)
        .map((entry) => entry.name),
    );
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});
