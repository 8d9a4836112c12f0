import { TALK_ID } from '../harness/videos';
import { currentChapter, expect, seekPage, test } from './fixtures';

test('the side panel follows the talk tab the user switches to', async ({ helpers, browserWithExtension: { context, extensionId } }) => {
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
