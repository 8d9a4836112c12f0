// The talk's own words: the captions the player offers, read once, kept, shown as a transcript that follows playback,
// and used to place the corpus quotes.
import type { Page } from '@playwright/test';
import { CAPTION_MOMENTS } from '../harness/replica';
import { TALK_ID } from '../harness/videos';
import { expect, seekPage, test, videoTime } from './fixtures';

const transcriptTab = (popup: Page) => popup.getByRole('tab', { name: 'Transcript' });
const lines = (popup: Page) => popup.getByRole('list', { name: 'Caption lines' }).locator('.line-text');
const quote = (popup: Page, text: string) => popup.locator('article.quote', { hasText: text });
const FIRST_QUOTE = 'I think that in theoretical';
const SECOND_QUOTE = 'I do think that actually the biggest challenge';

test('the Transcript tab shows the manual track, marks and follows the line being said, and a click seeks', async ({ helpers }) => {
  const { page, tabId } = await helpers.openWatchPage(TALK_ID);
  await seekPage(page, 600);
  const popup = await helpers.openPopup(tabId);
  await transcriptTab(popup).click();
  await expect(popup.locator('.transcript-meta')).toContainText('English');
  await expect(popup.locator('.transcript-meta')).not.toContainText('automatic');
  const current = popup.locator('.line-text[aria-current="true"]');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveAccessibleName(/^(9:5\d|10:0\d) /);
  await expect(current).toBeInViewport();

  await seekPage(page, 1500);
  await expect(current).toHaveAccessibleName(/^(24:5\d|25:0\d) /);
  await expect(current).toBeInViewport();

  await lines(popup).filter({ hasText: /^0:31 / }).click();
  await expect.poll(() => videoTime(page)).toBeLessThan(40);
});

test('the untimed quote is placed by the captions, and a contradicted published time shows both', async ({ helpers }) => {
  const { page, tabId } = await helpers.openWatchPage(TALK_ID);
  await seekPage(page, 100);
  const popup = await helpers.openPopup(tabId);
  await popup.getByRole('tab', { name: 'Quotes' }).click();
  await expect(quote(popup, SECOND_QUOTE)).toContainText('≈ 23:40 · from captions');
  await expect(quote(popup, FIRST_QUOTE)).toContainText('41:21 · captions place it at 40:05');

  await quote(popup, SECOND_QUOTE).getByRole('button', { name: 'Play from about 23:40' }).click();
  await expect.poll(() => videoTime(page)).toBeGreaterThanOrEqual(CAPTION_MOMENTS.untimed);
  await popup.getByRole('tab', { name: 'Now' }).click();
  await expect(popup.locator('[data-near="now"]')).toContainText(SECOND_QUOTE);
});
