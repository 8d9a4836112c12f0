import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { launchWithExtension } from '../harness/chromium';
import { expect, launchOnReplica, openPopupIn, openTalkAt, test } from './fixtures';

const FIRST_QUOTE = 'I think that in theoretical';
const SECOND_QUOTE = 'I do think that actually the biggest challenge';

const quote = (popup: Page, text: string) => popup.locator('article.quote', { hasText: text });
const star = (popup: Page, text: string) => quote(popup, text).locator('button.star');
const openView = (popup: Page, name: 'Now' | 'Quotes' | 'Saved') =>
  popup.getByRole('tab', { name: new RegExp(`^${name}`) }).click();

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

test('export then import into a fresh profile restores the saves', async ({ helpers }, testInfo) => {
  const popup = await helpers.openPopup();
  await openView(popup, 'Quotes');
  await star(popup, FIRST_QUOTE).click();
  await expect(star(popup, FIRST_QUOTE)).toHaveAttribute('aria-pressed', 'true');
  await star(popup, SECOND_QUOTE).click();
  await expect(star(popup, SECOND_QUOTE)).toHaveAttribute('aria-pressed', 'true');
  await openView(popup, 'Saved');
  await expect(popup.getByRole('list', { name: 'Saved quotes' }).getByRole('listitem')).toHaveCount(2);

  // The talk as one Markdown note: front matter, the saves under their chapters, linked to their moments.
  const markdownDownload = popup.waitForEvent('download');
  await popup.getByRole('button', { name: 'Export Markdown', exact: true }).click();
  const note = await markdownDownload;
  expect(note.suggestedFilename()).toBe(
    'BRK227 Distributed systems to AI platforms with Mark Russinovich Ion Stoica.md',
  );
  const markdown = readFileSync((await note.path())!, 'utf8');
  expect(markdown).toMatch(/^---\ntitle: "Distributed systems to AI platforms with Mark Russinovich & Ion Stoica"\n/);
  expect(markdown).toContain(`> ${FIRST_QUOTE}`);
  expect(markdown).toContain('— Ion Stoica, [41:21](https://www.youtube.com/watch?v=QwC-J2KFTrM&t=2481s)');
  expect(markdown).toContain('## Time unknown');

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
  await upload(
    'other.json',
    JSON.stringify({ format: 'talk-companion-favourites', version: 1, favourites: [{ quoteId: 'x' }] }),
  );
  await expect(popup.getByRole('alert')).toContainText(
    'Save number 1 in this export is damaged. Nothing was imported.',
  );
  await expect(saved).toHaveCount(1);
});

test('a save whose quote left the corpus keeps its text, marked as no longer in the talk', async ({ helpers }) => {
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
  await popup
    .getByLabel('Import JSON…')
    .setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  const item = popup.getByRole('list', { name: 'Saved quotes' }).getByRole('listitem');
  await expect(item).toContainText(gone.text);
  await expect(item).toContainText('no longer in the talk');
});

test('a note on a save is kept as typed, survives reopening, is found by search, and goes out in both exports', async ({
  helpers,
}) => {
  let popup = await helpers.openPopup();
  await openView(popup, 'Quotes');
  await star(popup, FIRST_QUOTE).click();
  await openView(popup, 'Saved');
  const saved = popup.getByRole('list', { name: 'Saved quotes' }).getByRole('listitem').first();
  await saved.getByRole('button', { name: 'Add note' }).click();
  const box = saved.getByRole('textbox', { name: 'Note' });
  await expect(box).toBeFocused();
  // Esc leaves it as it was.
  await box.fill('a draft to throw away');
  await box.press('Escape');
  await expect(saved.getByRole('button', { name: 'Add note' })).toBeVisible();
  // Kept on Ctrl+Enter, as typed; markup is text.
  await saved.getByRole('button', { name: 'Add note' }).click();
  await box.fill('Ask about zebrafish <b>proofs</b>\nand Lean');
  await box.press('Control+Enter');
  await expect(saved.locator('.note-text')).toHaveText('Ask about zebrafish <b>proofs</b>\nand Lean');
  await expect(saved.getByRole('button', { name: 'Edit note' })).toBeVisible();

  // Over the limit: refused, saying so, and nothing cut; the note before stays.
  await saved.getByRole('button', { name: 'Edit note' }).click();
  await box.fill('x'.repeat(2001));
  await saved.getByRole('button', { name: 'Save note' }).click();
  await expect(saved.getByRole('alert')).toContainText('at most 2,000 characters; this one has 2,001');
  await expect(box).toHaveValue('x'.repeat(2001));
  await box.press('Escape');
  // Kept on leaving the box, too.
  await saved.getByRole('button', { name: 'Edit note' }).click();
  await box.fill('Ask about zebrafish <b>proofs</b>\nand Lean, on Friday');
  await popup.getByRole('heading', { level: 1 }).click();
  await expect(saved.locator('.note-text')).toHaveText('Ask about zebrafish <b>proofs</b>\nand Lean, on Friday');

  await popup.close();
  popup = await helpers.openPopup();
  await openView(popup, 'Saved');
  await expect(popup.locator('.note-text')).toHaveText('Ask about zebrafish <b>proofs</b>\nand Lean, on Friday');
  await popup.getByRole('searchbox').fill('zebrafish');
  await expect(popup.locator('.result-saved')).toContainText(FIRST_QUOTE);
  await popup.getByRole('searchbox').fill('');

  const markdownDownload = popup.waitForEvent('download');
  await popup.getByRole('button', { name: 'Export Markdown', exact: true }).click();
  expect(readFileSync((await (await markdownDownload).path())!, 'utf8')).toContain(
    '\nAsk about zebrafish <b>proofs</b>\nand Lean, on Friday\n',
  );
  const jsonDownload = popup.waitForEvent('download');
  await popup.getByRole('button', { name: 'Export JSON' }).click();
  const exported = JSON.parse(readFileSync((await (await jsonDownload).path())!, 'utf8'));
  expect(exported.version).toBe(4);
  expect(exported.favourites[0].note).toBe('Ask about zebrafish <b>proofs</b>\nand Lean, on Friday');
});
