// The talk's quotes and the user's saves as marks on YouTube's seek bar: where they sit, what hovering and clicking
// do, saves apart, and the bar changing under them (resizes, rebuilds, ads, other videos, a bar not there at all).
import type { Page } from '@playwright/test';
import { CAPTION_MOMENTS } from '../harness/replica';
import { TALK_ID } from '../harness/videos';
import { expect, seekPage, test } from './fixtures';

const PUBLISHED = 41 * 60 + 21;
const marks = (page: Page) => page.locator('talk-companion-marks .mark');
const markAt = (page: Page, seconds: number) => page.locator(`talk-companion-marks .mark[data-start="${seconds}"]`);
const tooltip = (page: Page) => page.locator('talk-companion-marks [role="tooltip"]');

/**
 * Where a moment sits on the replica's bar as YouTube lays it out: inside the block of the chapter holding it, the
 * blocks and their 2 px gaps as drawn. `length` is the bar's; also returned: where an even spread would put it.
 */
function expectedX(page: Page, seconds: number, length?: number): Promise<{ x: number; even: number }> {
  return page.evaluate(
    ({ seconds, length }) => {
      const bar = document.querySelector('.ytp-progress-bar')!;
      const total = length ?? Number(bar.getAttribute('aria-valuemax'));
      const starts = (window as unknown as { replicaBar: { chapters: Record<string, number[]> } }).replicaBar.chapters[
        new URLSearchParams(location.search).get('v')!
      ]!;
      const index = starts.findLastIndex((start) => start <= seconds);
      const block = document.querySelectorAll('.ytp-chapter-hover-container')[index]!.getBoundingClientRect();
      const end = starts[index + 1] ?? total;
      const box = bar.getBoundingClientRect();
      return {
        x: block.left + ((seconds - starts[index]!) / (end - starts[index]!)) * block.width,
        even: box.left + (seconds / total) * box.width,
      };
    },
    { seconds, length },
  );
}

async function centreOf(page: Page, seconds: number): Promise<number> {
  const box = (await markAt(page, seconds).boundingBox())!;
  return box.x + box.width / 2;
}

test.describe('marks on the seek bar', () => {
  test("one per quote, each at its start inside its chapter's block, the gaps counted", async ({ helpers }) => {
    const { page } = await helpers.openWatchPage(TALK_ID);
    // The published quote, and the one without a time once the captions place it.
    await expect(marks(page)).toHaveCount(2);
    for (const seconds of [PUBLISHED, CAPTION_MOMENTS.untimed])
      expect(Math.abs((await centreOf(page, seconds)) - (await expectedX(page, seconds)).x)).toBeLessThan(0.5);
    const { x, even } = await expectedX(page, PUBLISHED);
    expect(
      Math.abs(x - even),
      'the gaps move it: an even spread would be off by more than the test allows',
    ).toBeGreaterThan(1.5);
    await expect(markAt(page, PUBLISHED)).toHaveAccessibleName('Play from 41:21: quote by Ion Stoica');
    // Where the captions placed it, the time is said the way the views say it.
    await markAt(page, CAPTION_MOMENTS.untimed).hover();
    await expect(tooltip(page)).toContainText('Ion Stoica · ≈ 23:40 from captions');
  });

  test("hovering shows the quote's opening words, speaker and time above the bar; a click plays from its start", async ({
    helpers,
  }) => {
    const { page } = await helpers.openWatchPage(TALK_ID);
    await seekPage(page, 300);
    await page.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.pause());
    await markAt(page, PUBLISHED).hover();
    await expect(tooltip(page)).toBeVisible();
    await expect(tooltip(page)).toContainText('“I think that in theoretical in theoretical from the theoretical…”');
    await expect(tooltip(page)).toContainText('Ion Stoica · 41:21');
    const tip = (await tooltip(page).boundingBox())!;
    const bar = (await page.locator('.ytp-progress-bar').boundingBox())!;
    expect(tip.y + tip.height).toBeLessThan(bar.y);

    // Off the mark's centre, where the bar itself would seek some seconds later: the video only ever goes to the quote.
    await page.evaluate(() => {
      const video = document.querySelector<HTMLVideoElement>('#movie_player video')!;
      const seeks: number[] = [];
      Object.assign(window, { seeks });
      video.addEventListener('seeking', () => seeks.push(video.currentTime));
    });
    const mark = (await markAt(page, PUBLISHED).boundingBox())!;
    await page.mouse.click(mark.x + mark.width - 1, mark.y + mark.height / 2);
    await expect.poll(() => page.evaluate(() => (window as unknown as { seeks: number[] }).seeks)).toEqual([PUBLISHED]);
    await expect
      .poll(() => page.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.paused))
      .toBe(false);
  });

  test('a save is marked apart: a starred quote, and a starred caption line gets a mark of its own', async ({
    helpers,
  }) => {
    const { page, tabId } = await helpers.openWatchPage(TALK_ID);
    await expect(marks(page)).toHaveCount(2);
    await expect(markAt(page, PUBLISHED)).not.toHaveClass(/saved/);

    const popup = await helpers.openPopup(tabId);
    await popup.getByRole('tab', { name: /^Quotes/ }).click();
    await popup
      .locator('article.quote', { hasText: 'I think that in theoretical' })
      .getByRole('button', { name: 'Save quote' })
      .click();
    await expect(markAt(page, PUBLISHED)).toHaveClass(/saved/);
    await expect(markAt(page, PUBLISHED)).toHaveAccessibleName('Play from 41:21: saved quote by Ion Stoica');

    await popup.getByRole('tab', { name: 'Transcript' }).click();
    const line = popup.locator('.line', { has: popup.locator('.line-text', { hasText: /^10:01 / }) });
    await line.getByRole('button', { name: 'Save line' }).click();
    await expect(markAt(page, 601)).toHaveClass(/saved/);
    await expect(marks(page)).toHaveCount(3);
    await markAt(page, 601).hover();
    await expect(tooltip(page)).toContainText('From the captions · 10:01 · saved');
  });

  test('keep their place when the player resizes, and come back when YouTube rebuilds the bar', async ({ helpers }) => {
    const { page } = await helpers.openWatchPage(TALK_ID);
    await expect(marks(page)).toHaveCount(2);
    await page.evaluate(() => window.replica.resizePlayer(1000));
    await expect
      .poll(async () => Math.abs((await centreOf(page, PUBLISHED)) - (await expectedX(page, PUBLISHED)).x))
      .toBeLessThan(0.5);

    const before = await page.evaluate(() => document.querySelector('.ytp-progress-bar'));
    await page.evaluate(() => window.replica.rebuildBar());
    expect(await page.evaluate((old) => old !== document.querySelector('.ytp-progress-bar'), before)).toBe(true);
    await expect(page.locator('.ytp-progress-bar > talk-companion-marks .mark')).toHaveCount(2);
    await expect
      .poll(async () => Math.abs((await centreOf(page, PUBLISHED)) - (await expectedX(page, PUBLISHED)).x))
      .toBeLessThan(0.5);
  });

  test("hide while an ad has the bar, and are back on the talk's bar after it", async ({ helpers }) => {
    const { page } = await helpers.openWatchPage(TALK_ID);
    await expect(marks(page)).toHaveCount(2);
    await page.evaluate(() => window.replica.startAd());
    await expect(marks(page).first()).toBeHidden();
    await page.evaluate(() => window.replica.endAd());
    await expect(page.locator('.ytp-progress-bar > talk-companion-marks .mark').first()).toBeVisible();
    await expect(marks(page)).toHaveCount(2);
    // An ad that leaves the talk's bar in place hides them all the same.
    await page.evaluate(() => window.replica.startAd({ keepBar: true }));
    await expect(marks(page).first()).toBeHidden();
    await page.evaluate(() => window.replica.endAd());
    await expect(marks(page).first()).toBeVisible();
  });

  test('go when the user leaves the talk in-page', async ({ helpers }) => {
    const { page } = await helpers.openWatchPage(TALK_ID);
    await expect(marks(page)).toHaveCount(2);
    await page.evaluate(() => window.replica.navigate('OtherVideo1'));
    await expect(page.locator('talk-companion-marks')).toHaveCount(0);
    await page.evaluate((id) => window.replica.navigate(id), TALK_ID);
    await expect(marks(page)).toHaveCount(2);
  });

  test("are laid out by the bar's aria-valuemax when the video's length disagrees with it by over 3 s", async ({
    helpers,
  }) => {
    const { page } = await helpers.openWatchPage(TALK_ID, '&barLength=2700');
    await expect(marks(page)).toHaveCount(2);
    const byBar = await expectedX(page, PUBLISHED, 2700);
    const byVideo = await expectedX(page, PUBLISHED, 2800);
    expect(Math.abs(byBar.x - byVideo.x)).toBeGreaterThan(4);
    expect(Math.abs((await centreOf(page, PUBLISHED)) - byBar.x)).toBeLessThan(0.5);
  });

  test('a page without the seek bar shows no marks and everything else works', async ({ helpers }) => {
    const errors: string[] = [];
    const { page, tabId } = await helpers.openWatchPage(TALK_ID, '&noBar=1');
    page.on('pageerror', (error) => errors.push(error.message));
    await seekPage(page, PUBLISHED + 4);
    await expect(page.locator('talk-companion-card .text')).toContainText('I think that in theoretical');
    const popup = await helpers.openPopup(tabId);
    await expect(popup.locator('[data-near="now"]')).toContainText('I think that in theoretical');
    await expect(page.locator('talk-companion-marks')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test("the views' switch turns them off and on at once, and the choice is kept", async ({ helpers }) => {
    const { page, tabId } = await helpers.openWatchPage(TALK_ID);
    await expect(marks(page)).toHaveCount(2);
    const popup = await helpers.openPopup(tabId);
    const toggle = popup.getByRole('switch', { name: 'Show the quotes on the seek bar' });
    await expect(toggle).toBeChecked();
    await toggle.click();
    await expect(page.locator('talk-companion-marks')).toHaveCount(0);
    await popup.reload();
    await expect(popup.getByRole('switch', { name: 'Show the quotes on the seek bar' })).not.toBeChecked();
    await page.reload();
    await expect(page.locator('talk-companion-card')).toHaveCount(1);
    await expect(page.locator('talk-companion-marks')).toHaveCount(0);
    await popup.getByRole('switch', { name: 'Show the quotes on the seek bar' }).click();
    await expect(marks(page)).toHaveCount(2);
  });
});
