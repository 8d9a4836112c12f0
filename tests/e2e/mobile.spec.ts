// The talk on YouTube's mobile site (what Firefox for Android shows): recognised by id or by title and channel, its
// in-page navigation followed both ways (it fires state-navigateend, never yt-navigate-finish), the card, the views,
// ads, seeking and captions as on desktop; the marks and keys stay desktop-only. The views fit a phone's width.
import type { Page } from '@playwright/test';
import { TALK_ID } from '../harness/videos';
import { currentChapter, expect, seekPage, test, videoTime } from './fixtures';

/** What the popup's header says while the talk plays from 41:25: a time and its chapter (not "Not watching", nor "Loading"). */
const WATCHING_AT_41 = /^4\d:\d\d · Developer experience/;
const MOBILE = (id: string) => `https://m.youtube.com/watch?v=${id}`;
const cardQuote = (page: Page) => page.locator('talk-companion-card .text');
const FIRST_QUOTE = 'I think that in theoretical';

test.describe('on the mobile site', () => {
  test("the talk is recognised by its id: the card, the popup's time and chapter, and a chapter click seeks", async ({
    helpers,
  }) => {
    const { page, tabId } = await helpers.openPage(MOBILE(TALK_ID));
    await seekPage(page, 41 * 60 + 25);
    await expect(cardQuote(page)).toContainText(FIRST_QUOTE);
    await expect(page.locator('#movie_player > talk-companion-card')).toHaveCount(1);

    const popup = await helpers.openPopup(tabId);
    await expect(popup.locator('[data-near="now"]')).toContainText(FIRST_QUOTE);
    await expect(popup.getByTestId('playback')).toContainText('Developer experience');
    await popup.getByRole('button', { name: /Security, confidential computing/ }).click();
    await expect.poll(() => videoTime(page)).toBeGreaterThanOrEqual(1770);
    await expect(currentChapter(popup)).toContainText('Security, confidential computing');
  });

  test("a re-upload under another id is recognised by the mobile page's title and channel", async ({ helpers }) => {
    // Its title lacks the session code, so the channel must be read; and only the title under the player names it.
    const { page, tabId } = await helpers.openPage(`${MOBILE('R3upl0adNoC')}&genericTitle=1`);
    await seekPage(page, 41 * 60 + 25);
    await expect(cardQuote(page)).toContainText(FIRST_QUOTE);
    const popup = await helpers.openPopup(tabId);
    await expect(popup.getByTestId('playback')).toContainText(WATCHING_AT_41);
  });

  test("in-page navigation is followed both ways, and the title shown before the page redraws is not taken for the next video's", async ({
    helpers,
  }) => {
    const { page, tabId } = await helpers.openPage(MOBILE(TALK_ID));
    await seekPage(page, 41 * 60 + 25);
    await expect(cardQuote(page)).toContainText(FIRST_QUOTE);
    const popup = await helpers.openPopup(tabId);
    await expect(popup.getByTestId('playback')).toContainText(WATCHING_AT_41);

    // Away: for a moment the page still shows the talk's title under another video's URL.
    await page.evaluate(() => window.replica.navigate('OtherVideo1'));
    await expect(page.locator('talk-companion-card')).toHaveCount(0);
    await expect(popup.getByTestId('playback')).toContainText('Not watching this talk');
    await expect(page.locator('.slim-video-information-title')).toContainText('Cooking pasta');
    await expect(page.locator('talk-companion-card')).toHaveCount(0);

    // Back, to the re-upload: known by title and channel once the page shows them.
    await page.evaluate(() => window.replica.navigate('R3upl0adX1z'));
    await seekPage(page, 41 * 60 + 25);
    await expect(cardQuote(page)).toContainText(FIRST_QUOTE);
    await expect(popup.getByTestId('playback')).toContainText(WATCHING_AT_41);
  });

  test('from the talk in-page to a re-upload of it under the same title: recognised once the mobile site says the navigation ended', async ({
    helpers,
  }) => {
    const { page } = await helpers.openPage(MOBILE(TALK_ID));
    await seekPage(page, 41 * 60 + 25);
    await expect(cardQuote(page)).toContainText(FIRST_QUOTE);
    // The same title before and after: only state-navigateend says the page now shows the re-upload.
    await page.evaluate(() => window.replica.navigate('R3upl0adX1z'));
    await seekPage(page, 41 * 60 + 25);
    await expect(cardQuote(page)).toContainText(FIRST_QUOTE, { timeout: 5_000 });
  });

  test("an ad hides the card and holds the talk's time; the captions are read from the mobile player", async ({
    helpers,
  }) => {
    const { page, tabId } = await helpers.openPage(MOBILE(TALK_ID));
    await seekPage(page, 41 * 60 + 25);
    await expect(cardQuote(page)).toBeVisible();
    const popup = await helpers.openPopup(tabId);
    await page.evaluate(() => window.replica.startAd());
    await expect(page.locator('talk-companion-card')).toBeHidden();
    await expect(popup.getByTestId('playback')).toContainText('Ad playing');
    await page.evaluate(() => window.replica.endAd());
    await expect(cardQuote(page)).toBeVisible();

    await popup.getByRole('tab', { name: 'Transcript' }).click();
    await expect(popup.getByRole('list', { name: 'Caption lines' }).locator('.line-text').first()).toBeVisible();
  });

  test('shows no marks and answers no keys: they are desktop-only for now', async ({ helpers }) => {
    const { page } = await helpers.openPage(MOBILE(TALK_ID));
    await page.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.pause());
    await seekPage(page, 600);
    await expect(page.locator('talk-companion-card')).toHaveCount(1);
    await page.keyboard.press('Alt+Shift+ArrowRight');
    expect(await videoTime(page)).toBe(600);
    await expect(page.locator('talk-companion-marks')).toHaveCount(0);
  });

  test('offers no talk window, and About says why', async ({ helpers }) => {
    const { page, tabId } = await helpers.openPage(MOBILE(TALK_ID));
    await expect(page.locator('talk-companion-card')).toHaveCount(1);
    const popup = await helpers.openPopup(tabId);
    await popup.getByRole('tab', { name: 'About' }).click();
    await expect(popup.getByRole('list', { name: 'Features on this page' })).toContainText(
      'The talk window is not offered on YouTube’s mobile site.',
    );
    await expect(page.locator('.talk-companion-window')).toHaveCount(0);
  });

  test("the views fit a phone's width, every tab of them", async ({ helpers }) => {
    const { page, tabId } = await helpers.openPage(MOBILE(TALK_ID));
    await seekPage(page, 41 * 60 + 25);
    const popup = await helpers.openPopup(tabId);
    await popup.setViewportSize({ width: 360, height: 740 });
    for (const tab of ['Now', 'Quotes', 'Transcript', 'Saved', 'About']) {
      await popup.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
      const overflow = await popup.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${tab} scrolls sideways`).toBeLessThanOrEqual(0);
    }
  });
});
