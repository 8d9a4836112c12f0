import type { Page } from '@playwright/test';
import { TALK_ID } from '../harness/videos';
import { currentChapter, expect, recordSeeks, seekPage, seeksIn, test, videoTime } from './fixtures';

const searchBox = (popup: Page) => popup.getByRole('searchbox', { name: 'Search the talk and your saved quotes' });
const results = (popup: Page) => popup.locator('.results > li');

test.describe('search', () => {
  test('finds the right quote and chapter despite typos, with the words highlighted', async ({ helpers }) => {
    const popup = await helpers.openPopup();
    await searchBox(popup).fill('Stoika');
    await expect(results(popup).nth(1)).toContainText('I do think that actually');
    await expect(results(popup).first()).toContainText('I think that in theoretical');
    await expect(results(popup).first().locator('mark')).toHaveText('Stoica');

    await searchBox(popup).fill('confidentail');
    await expect(results(popup).first()).toContainText(
      'Security, confidential computing, and protecting sensitive AI data',
    );
    await expect(results(popup).first().locator('mark')).toHaveText('confidential');

    await searchBox(popup).fill('verifcation');
    await expect(results(popup).first()).toContainText('I think that in theoretical');
    await expect(results(popup).nth(1)).toContainText('code verification challenges');
  });

  test('a query that matches nothing shows nothing else', async ({ helpers }) => {
    const popup = await helpers.openPopup();
    await searchBox(popup).fill('xqzzv blorp');
    await expect(popup.getByText('Nothing matches “xqzzv blorp”.')).toBeVisible();
    await expect(popup.locator('article.quote, .chapter, [role="tab"]')).toHaveCount(0);
  });

  test('clicking a chapter result seeks the talk', async ({ helpers }) => {
    const { page, tabId } = await helpers.openWatchPage(TALK_ID);
    const popup = await helpers.openPopup(tabId);
    await expect(currentChapter(popup)).toContainText('Introduction');
    await searchBox(popup).fill('serverles');
    await recordSeeks(page);
    await results(popup)
      .getByRole('button', { name: /Modern serverless computing/ })
      .click();
    await expect.poll(() => seeksIn(page)).toEqual([13 * 60 + 33]);
  });

  test('a quote result can be starred and played from its time', async ({ helpers }) => {
    const { page, tabId } = await helpers.openWatchPage(TALK_ID);
    const popup = await helpers.openPopup(tabId);
    await expect(currentChapter(popup)).toBeVisible();
    await searchBox(popup).fill('load balancers');
    const result = results(popup).first();
    await result.getByRole('button', { name: 'Save quote' }).click();
    await expect(result.getByRole('button', { name: 'Remove from saved' })).toHaveAttribute('aria-pressed', 'true');
    await result.getByRole('button', { name: 'Play from 41:21' }).click();
    await expect.poll(() => videoTime(page)).toBeGreaterThanOrEqual(2481);
  });
});

test.describe('keyboard only', () => {
  test('"/" focuses search, arrows move through results, Enter stars, Escape clears', async ({ helpers }) => {
    const popup = await helpers.openPopup();
    await expect(popup.getByRole('list', { name: 'Chapters' })).toBeVisible();
    await popup.keyboard.press('/');
    await expect(searchBox(popup)).toBeFocused();
    await popup.keyboard.type('Stoika');
    await expect(results(popup).nth(1)).toContainText('I do think that actually');

    await popup.keyboard.press('ArrowDown');
    const stars = results(popup).locator('button.star');
    await expect(stars.nth(0)).toBeFocused();
    await popup.keyboard.press('ArrowDown');
    await expect(stars.nth(1)).toBeFocused();
    await popup.keyboard.press('Enter');
    await expect(stars.nth(1)).toHaveAttribute('aria-pressed', 'true');
    await popup.keyboard.press('ArrowUp');
    await expect(stars.nth(0)).toBeFocused();

    await popup.keyboard.press('/');
    await expect(searchBox(popup)).toBeFocused();
    await popup.keyboard.press('Escape');
    await expect(searchBox(popup)).toHaveValue('');
    await expect(popup.getByRole('list', { name: 'Chapters' })).toBeVisible();
  });

  test('chapters and tabs work from the keyboard', async ({ helpers }) => {
    const { page, tabId } = await helpers.openWatchPage(TALK_ID);
    const popup = await helpers.openPopup(tabId);
    await expect(currentChapter(popup)).toContainText('Introduction');
    const chapters = popup.getByRole('list', { name: 'Chapters' }).getByRole('button');
    await chapters.first().focus();
    await popup.keyboard.press('End');
    await expect(chapters.last()).toBeFocused();
    await popup.keyboard.press('ArrowUp');
    await expect(chapters.nth(8)).toBeFocused();
    await popup.keyboard.press('Enter');
    await expect(currentChapter(popup)).toContainText('Security, confidential computing');
    await seekPage(page, 10);

    await popup.getByRole('tab', { name: 'Now' }).focus();
    await popup.keyboard.press('ArrowRight');
    await expect(popup.getByRole('tab', { name: 'Quotes' })).toBeFocused();
    await expect(popup.getByRole('tab', { name: 'Quotes' })).toHaveAttribute('aria-selected', 'true');
    await expect(popup.getByRole('list', { name: 'All quotes' })).toBeVisible();
  });
});
