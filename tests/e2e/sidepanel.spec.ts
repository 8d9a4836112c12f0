import { TALK_ID } from '../harness/videos';
import { currentChapter, expect, seekPage, test } from './fixtures';

test('the side panel follows the talk tab the user switches to', async ({
  helpers,
  browserWithExtension: { context, extensionId },
}) => {
  const first = await helpers.openWatchPage(TALK_ID);
  await seekPage(first.page, 700);
  const second = await helpers.openWatchPage(TALK_ID);
  await seekPage(second.page, 1800);

  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await expect(panel.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Open in side panel' })).toHaveCount(0); // it is the side panel

  await first.page.bringToFront();
  await expect(currentChapter(panel)).toContainText('Evolution of data centers');
  await second.page.bringToFront();
  await expect(currentChapter(panel)).toContainText('Security, confidential computing');
  await first.page.bringToFront();
  await expect(currentChapter(panel)).toContainText('Evolution of data centers');
});

test('the popup offers the side panel', async ({ helpers }) => {
  const popup = await helpers.openPopup();
  await expect(popup.getByRole('button', { name: 'Open in side panel' })).toBeVisible();
});

test('the side panel keeps notes and shows sync, as the popup does, and the two stay in step', async ({
  helpers,
  browserWithExtension: { context, extensionId },
}) => {
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.getByRole('tab', { name: 'Quotes' }).click();
  await panel.locator('article.quote', { hasText: 'I think that in theoretical' }).locator('button.star').click();
  await panel.getByRole('tab', { name: /^Saved/ }).click();
  const saved = panel.getByRole('list', { name: 'Saved quotes' }).getByRole('listitem').first();
  await saved.getByRole('button', { name: 'Add note' }).click();
  await saved.getByRole('textbox', { name: 'Note' }).fill('Written in the side panel');
  await saved.getByRole('button', { name: 'Save note' }).click();
  await expect(saved.locator('.note-text')).toHaveText('Written in the side panel');
  await expect(panel.getByRole('switch', { name: 'Sync my saves with my other browsers' })).toBeChecked();
  await expect(panel.locator('.sync-status')).toContainText('Sync is on');

  const popup = await helpers.openPopup();
  await popup.getByRole('tab', { name: /^Saved/ }).click();
  await expect(popup.locator('.note-text')).toHaveText('Written in the side panel');
});
