import type { Page } from '@playwright/test';
import { TALK_ID } from '../harness/videos';
import { expect, pressSaveKey, seekPage, stopWorker, test, workerRestarted } from './fixtures';

const card = (page: Page) => page.locator('talk-companion-card');
const cardQuote = (page: Page) => card(page).locator('.text');

test.describe('the quote card on the player', () => {
  test('appears when playback reaches a quote, and leaves when it is far away', async ({ helpers }) => {
    const { page } = await helpers.openWatchPage(TALK_ID);
    await seekPage(page, 41 * 60 + 21);
    await expect(cardQuote(page)).toBeVisible();
    await expect(cardQuote(page)).toContainText('I think that in theoretical');
    await expect(card(page).locator('.who')).toHaveText('Ion Stoica');
    // Inside the main player, so it stays visible in theatre mode and full screen.
    await expect(page.locator('#movie_player > talk-companion-card')).toHaveCount(1);

    await seekPage(page, 20);
    await expect(card(page)).toBeHidden();
  });

  test("sits compact in the player's top right, clear of the controls and captions along the bottom", async ({
    helpers,
  }) => {
    const { page } = await helpers.openWatchPage(TALK_ID);
    await seekPage(page, 2485);
    await expect(cardQuote(page)).toBeVisible();
    const player = (await page.locator('#movie_player').boundingBox())!;
    const box = (await card(page).locator('.card').boundingBox())!;
    expect(box.x + box.width).toBeGreaterThan(player.x + player.width - 24); // at the right edge
    expect(box.x).toBeGreaterThan(player.x + player.width / 2); // in the right half
    expect(box.y + box.height).toBeLessThan(player.y + player.height / 2); // in the top half
  });

  test('hides during an ad and comes back after it', async ({ helpers }) => {
    const { page } = await helpers.openWatchPage(TALK_ID);
    await seekPage(page, 2485);
    await expect(cardQuote(page)).toBeVisible();
    await page.evaluate(() => window.replica.startAd());
    await expect(card(page)).toBeHidden();
    await page.evaluate(() => window.replica.endAd());
    await expect(cardQuote(page)).toBeVisible();
  });

  test('its star saves the quote, and keys typed in it do not reach YouTube', async ({ helpers }) => {
    const { page, tabId } = await helpers.openWatchPage(TALK_ID);
    await page.evaluate(() => {
      (window as unknown as { keysSeen: string[] }).keysSeen = [];
      document.addEventListener('keydown', (event) =>
        (window as unknown as { keysSeen: string[] }).keysSeen.push(event.key),
      );
    });
    await seekPage(page, 2485);
    const star = card(page).getByRole('button', { name: 'Save quote' });
    await star.focus();
    await page.keyboard.press('k');
    await page.keyboard.press('Enter');
    await expect(card(page).getByRole('button', { name: 'Remove from saved' })).toHaveAttribute('aria-pressed', 'true');
    expect(await page.evaluate(() => (window as unknown as { keysSeen: string[] }).keysSeen)).toEqual([]);

    const popup = await helpers.openPopup(tabId);
    await popup.getByRole('tab', { name: /^Saved/ }).click();
    await expect(popup.getByRole('list', { name: 'Saved quotes' })).toContainText('I think that in theoretical');
  });

  test('a star made in the popup shows on the card at once, not at the next quote', async ({ helpers }) => {
    const { page, tabId } = await helpers.openWatchPage(TALK_ID);
    await seekPage(page, 2485);
    await expect(card(page).getByRole('button', { name: 'Save quote' })).toHaveAttribute('aria-pressed', 'false');

    const popup = await helpers.openPopup(tabId);
    const nowQuote = popup.locator('[data-near="now"]');
    await nowQuote.getByRole('button', { name: 'Save quote' }).click();
    await expect(card(page).getByRole('button', { name: 'Remove from saved' })).toHaveAttribute('aria-pressed', 'true');
    await nowQuote.getByRole('button', { name: 'Remove from saved' }).click();
    await expect(card(page).getByRole('button', { name: 'Save quote' })).toHaveAttribute('aria-pressed', 'false');
  });

  test('a timing pinned in the popup puts the untimed quote on the card at once, and unpinning takes it off', async ({
    helpers,
  }) => {
    const { page, tabId } = await helpers.openWatchPage(TALK_ID);
    await seekPage(page, 600);
    await page.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.pause());
    await expect(card(page)).toBeHidden();

    const popup = await helpers.openPopup(tabId);
    await popup.getByRole('tab', { name: 'Quotes' }).click();
    const untimed = popup.locator('article.quote', { hasText: 'I do think that actually the biggest challenge' });
    await untimed.getByRole('button', { name: /^Pin this quote to 10:0\d$/ }).click();
    await expect(cardQuote(page)).toContainText('I do think that actually the biggest challenge');
    await untimed.getByRole('button', { name: 'Unpin' }).click();
    await expect(card(page)).toBeHidden();
  });

  test("follows YouTube's dark theme", async ({ helpers }) => {
    const { page } = await helpers.openWatchPage(TALK_ID);
    await page.evaluate(() => document.documentElement.setAttribute('dark', ''));
    await seekPage(page, 2485);
    await expect(card(page)).toHaveAttribute('data-theme', 'dark');
  });

  test('the close button hides it for this quote', async ({ helpers }) => {
    const { page } = await helpers.openWatchPage(TALK_ID);
    await seekPage(page, 2485);
    await card(page).getByRole('button', { name: 'Hide quote card' }).click();
    await expect(card(page)).toBeHidden();
  });

  test('stays off after it is turned off in the popup and the page is reloaded', async ({ helpers }) => {
    const { page, tabId } = await helpers.openWatchPage(TALK_ID);
    await seekPage(page, 2485);
    await expect(cardQuote(page)).toBeVisible();

    const popup = await helpers.openPopup(tabId);
    const toggle = popup.getByRole('switch', { name: 'Show the quote card on the video' });
    await expect(toggle).toBeChecked();
    await toggle.click();
    await expect(toggle).not.toBeChecked();
    await expect(card(page)).toBeHidden();

    await page.reload();
    await seekPage(page, 2485);
    // The page is recognised and streaming (the popup follows it), yet no card shows.
    await expect(popup.locator('[data-near="now"]')).toContainText('I think that in theoretical');
    await expect(card(page)).toBeHidden();

    await toggle.click();
    await expect(cardQuote(page)).toBeVisible();
  });
});

test.describe('saving by key', () => {
  test('saves the quote being said and confirms it on the card', async ({
    helpers,
    browserWithExtension: { worker },
  }) => {
    const { page, tabId } = await helpers.openWatchPage(TALK_ID);
    await seekPage(page, 2490);
    await expect(cardQuote(page)).toBeVisible();
    await pressSaveKey(worker, tabId);
    await expect(card(page).getByRole('status')).toHaveText(/^Saved: “I think that in theoretical/);
    await expect(card(page).getByRole('button', { name: 'Remove from saved' })).toBeVisible();

    const popup = await helpers.openPopup(tabId);
    await popup.getByRole('tab', { name: /^Saved/ }).click();
    await expect(popup.getByRole('list', { name: 'Saved quotes' }).getByRole('listitem')).toHaveCount(1);
  });

  test('saves the nearest quote within a minute, and says so when there is none', async ({
    helpers,
    browserWithExtension: { worker },
  }) => {
    const { page, tabId } = await helpers.openWatchPage(TALK_ID);
    // The card is put on the player once the extension follows the page; no quote is near, so it stays hidden.
    await expect(card(page)).toBeAttached();
    await page.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.pause());
    await seekPage(page, 2481 - 40);
    await pressSaveKey(worker, tabId);
    await expect(card(page).getByRole('status')).toHaveText(/^Saved: “I think that in theoretical/);

    await seekPage(page, 300);
    await pressSaveKey(worker, tabId);
    await expect(card(page).getByRole('status')).toHaveText('No quote within a minute of here to save.');
  });

  test('saves where the player is, even when the background was stopped after the user scrubbed a paused video', async ({
    helpers,
    browserWithExtension,
  }) => {
    const { worker } = browserWithExtension;
    const { page, tabId } = await helpers.openWatchPage(TALK_ID);
    await expect(card(page)).toBeAttached();
    await seekPage(page, 300);
    await page.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.pause());
    await seekPage(page, 2481 - 40);
    await stopWorker(browserWithExtension, page);
    await helpers.openPopup(tabId); // wakes a fresh worker
    expect(await workerRestarted(browserWithExtension)).toBe(true);
    await pressSaveKey(worker, tabId);
    await expect(card(page).getByRole('status')).toHaveText(/^Saved: “I think that in theoretical/);
  });
});
