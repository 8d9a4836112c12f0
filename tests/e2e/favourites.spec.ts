import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { launchWithExtension } from '../harness/chromium';
import { expect, launchOnReplica, openPopupIn, openTalkAt, test } from './fixtures';

const FIRST_QUOTE = 'I think that in theoretical';
const SECOND_QUOTE = 'I do think that actually the biggest challenge';

const quote = (popup: Page, text: string) => popup.locator('article.quote', { hasText: text });
const star = (popup: Page, text: string) => quote(popup, text).locator('button.star');
const openView = (popup: Page, name: 'Now' | 'Quotes' | 'Saved') => popup.getByRole('tab', { name: new RegExp(`^${name}`) }).click();

test('a quote starred near 41:30 stays saved across popup reopen and a browser restart', async ({ profileDir }) => {
  let browser = await launchOnReplica(profileDir);
  try {
    await openTalkAt(browser, 41 * 60 + 30);
    let popup = await openPopupIn(browser);
    await expect(quote(popup, FIRST_QUOTE)).toHaveAttribute('data-near', 'now');
    await expect(star(popup, FIRST_QUOTE)).toHaveAccessibleName('Save quote');
    await star(popup, FIRST_QUOTE).click();
    await expect(star(popup, FIRST_QUOTE)).toHaveAttribute('aria-pressed', 'true');
    await expect(star(popup, FIRST_QUOTE)).toHaveAccessibleName('Remove from saved');

    await popup.close();
    popup = await openPopupIn(browser);
    await openView(popup, 'Quotes');
    await expect(star(popup, FIRST_QUOTE)).toHaveAttribute('aria-pressed', 'true');
    await expect(star(popup, SECOND_QUOTE)).toHaveAttribute('aria-pressed', 'false');
    await browser.context.close();

    browser = await launchOnReplica(profileDir);
    popup = await openPopupIn(browser);
    await openView(popup, 'Saved');
    const saved = popup.getByRole('list', { name: 'Saved quotes' }).getByRole('listitem');
    await expect(saved).toHaveCount(1);
    await expect(saved.first()).toContainText(FIRST_QUOTE);
    await expect(saved.first()).toContainText('41:21');
    await expect(saved.first()).toContainText('Distributed systems to AI platforms');
  } finally {
    await browser.context.close();
  }
});

test('two views open at once stay in step', async ({ helpers }) => {
  const first = await helpers.openPopup();
  const second = await helpers.openPopup();
  await openView(first, 'Quotes');
  await openView(second, 'Quotes');

  await star(first, SECOND_QUOTE).click();
  await expect(star(second, SECOND_QUOTE)).toHaveAttribute('aria-pressed', 'true');
  await expect(second.getByRole('tab', { name: /^Saved/ })).toContainText('1');
  await star(second, SECOND_QUOTE).click();
  await expect(star(first, SECOND_QUOTE)).toHaveAttribute('aria-pressed', 'false');
});

test('the Saved view lists newest first, says "time unknown", and can unsave', async ({ helpers }) => {
  const popup = await helpers.openPopup();
  await openView(popup, 'Saved');
  await expect(popup.getByText('No saved quotes yet.')).toBeVisible();
  await openView(popup, 'Quotes');
  await expect(quote(popup, SECOND_QUOTE)).toContainText('time unknown');
  await star(popup, FIRST_QUOTE).click();
  await expect(star(popup, FIRST_QUOTE)).toHaveAttribute('aria-pressed', 'true');
  await star(popup, SECOND_QUOTE).click();
  await openView(popup, 'Saved');
  const saved = popup.getByRole('list', { name: 'Saved quotes' }).getByRole('listitem');
  await expect(saved.nth(0)).toContainText(SECOND_QUOTE);
  await expect(saved.nth(0)).toContainText('time unknown');
  await expect(saved.nth(1)).toContainText(FIRST_QUOTE);
  await star(popup, SECOND_QUOTE).click();
  await expect(saved).toHaveCount(1);
});

test('export then import into a fresh profile restores the favourites', async ({ helpers }, testInfo) => {
  const popup = await helpers.openPopup();
  await openView(popup, 'Quotes');
  await star(popup, FIRST_QUOTE).click();
  await expect(star(popup, FIRST_QUOTE)).toHaveAttribute('aria-pressed', 'true');
  await star(popup, SECOND_QUOTE).click();
  await openView(popup, 'Saved');

  const markdownDownload = popup.waitForEvent('download');
  await popup.getByRole('button', { name: 'Export Markdown' }).click();
  const markdown = readFileSync((await (await markdownDownload).path())!, 'utf8');
  expect(markdown).toContain(`> ${FIRST_QUOTE}`);
  expect(markdown).toContain('41:21 — https://www.youtube.com/watch?v=QwC-J2KFTrM&t=2481s');
  expect(markdown).toContain('time unknown — https://www.youtube.com/watch?v=QwC-J2KFTrM\n');

  const jsonDownload = popup.waitForEvent('download');
  await popup.getByRole('button', { name: 'Export JSON' }).click();
  const exported = testInfo.outputPath('saved.json');
  await (await jsonDownload).saveAs(exported);

  const fresh = await launchWithExtension();
  try {
    const other = await openPopupIn(fresh);
    await openView(other, 'Saved');
    await expect(other.getByText('No saved quotes yet.')).toBeVisible();
    await other.getByLabel('Import JSON…').setInputFiles(exported);
    await expect(other.getByRole('status')).toHaveText('Imported 2 quotes; 0 quotes were already saved.');
    await expect(other.getByRole('list', { name: 'Saved quotes' }).getByRole('listitem')).toHaveCount(2);
    await other.getByLabel('Import JSON…').setInputFiles(exported);
    await expect(other.getByRole('status')).toHaveText('Imported 0 quotes; 2 quotes were already saved.');
  } finally {
    await fresh.context.close();
  }
});

test('a malformed import changes nothing and says why', async ({ helpers }) => {
  const popup = await helpers.openPopup();
  await openView(popup, 'Quotes');
  await star(popup, FIRST_QUOTE).click();
  await openView(popup, 'Saved');
  const saved = popup.getByRole('list', { name: 'Saved quotes' }).getByRole('listitem');
  await expect(saved).toHaveCount(1);

  const upload = (name: string, text: string) =>
    popup.getByLabel('Import JSON…').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await upload('broken.json', '{"format": "talk-companion-favourites", "favourites": [');
  await expect(popup.getByRole('alert')).toContainText('not valid JSON');
  await upload('future.json', JSON.stringify({ format: 'talk-companion-favourites', version: 9, favourites: [] }));
  await expect(popup.getByRole('alert')).toContainText('newer Talk Companion (format 9)');
  await upload('other.json', JSON.stringify({ format: 'talk-companion-favourites', version: 1, favourites: [{ quoteId: 'x' }] }));
  await expect(popup.getByRole('alert')).toContainText('Favourite number 1 in this export is damaged. Nothing was imported.');
  await expect(saved).toHaveCount(1);
});

test('a favourite whose quote left the corpus keeps its text, marked as no longer in the talk', async ({ helpers }) => {
  const popup = await helpers.openPopup();
  await openView(popup, 'Saved');
  const gone = {
    quoteId: 'brk227-c2453dc8/00000000',
    talkId: 'brk227-c2453dc8',
    savedAt: 1,
    text: 'A sentence an earlier corpus attributed to the talk.',
    speaker: 'Ion Stoica',
    talkTitle: 'Distributed systems to AI platforms with Mark Russinovich & Ion Stoica',
    videoId: 'QwC-J2KFTrM',
    start: 100,
  };
  const file = JSON.stringify({ format: 'talk-companion-favourites', version: 1, favourites: [gone] });
  await popup.getByLabel('Import JSON…').setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  const item = popup.getByRole('list', { name: 'Saved quotes' }).getByRole('listitem');
  await expect(item).toContainText(gone.text);
  await expect(item).toContainText('no longer in the talk');
});
