// The talk in YouTube's player embedded in another site's page (the conference's session page): the tab counts as
// playing it (badge, views with time and chapter, seeking, the card, the transcript), two embeds or another tab do
// not confuse the views, and an embed that is not the talk, or goes away, is not claimed. /live/ID and youtu.be too.
import type { Frame, Page } from '@playwright/test';
import { TALK_ID } from '../harness/videos';
import { currentChapter, expect, recordSeeks, seeksIn, test } from './fixtures';

const SESSION_PAGE = 'https://build.microsoft.com/en-US/sessions/BRK227';
const FIRST_QUOTE = 'I think that in theoretical';

/** The embedded players of a page, in page order, once each has loaded. */
async function embeds(page: Page, count = 1): Promise<Frame[]> {
  await expect.poll(() => page.frames().filter((frame) => frame.url().includes('/embed/')).length).toBe(count);
  const frames = page.frames().filter((frame) => frame.url().includes('/embed/'));
  for (const frame of frames) await frame.waitForFunction(() => Boolean(window.replica));
  return frames.sort((a, b) => a.name().localeCompare(b.name()));
}
const seekIn = (frame: Frame, seconds: number) => frame.evaluate((s) => window.replica.seek(s), seconds);
const timeIn = (frame: Frame) =>
  frame.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.currentTime);
const pauseIn = (frame: Frame) =>
  frame.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.pause());

test.describe('the talk embedded in another page', () => {
  test("counts as playing the talk: the badge, the popup's time and chapter, a chapter click seeks the embed, and its card", async ({
    helpers,
    browserWithExtension: { worker },
  }) => {
    const { page, tabId } = await helpers.openPage(SESSION_PAGE);
    const [embed] = await embeds(page);
    await seekIn(embed!, 41 * 60 + 25);
    await expect(embed!.locator('talk-companion-card .text')).toContainText(FIRST_QUOTE);
    const badge = () => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    await expect.poll(badge).toBe('▶');

    const popup = await helpers.openPopup(tabId);
    await expect(popup.locator('[data-near="now"]')).toContainText(FIRST_QUOTE);
    await expect(currentChapter(popup)).toContainText('Developer experience');
    await recordSeeks(embed!);
    await popup.getByRole('button', { name: /Security, confidential computing/ }).click();
    await expect.poll(() => seeksIn(embed!)).toEqual([1770]);
    await expect(currentChapter(popup)).toContainText('Security, confidential computing');
  });

  test('offers no talk window (Document Picture-in-Picture needs the top-level page): no button, the key says why, About says so', async ({
    helpers,
  }) => {
    const { page, tabId } = await helpers.openPage(SESSION_PAGE);
    const [embed] = await embeds(page);
    await pauseIn(embed!);
    await seekIn(embed!, 41 * 60 + 25);
    await expect(embed!.locator('talk-companion-card .text')).toContainText(FIRST_QUOTE);
    await embed!.locator('#movie_player').click();
    await page.keyboard.press('Alt+Shift+W');
    await expect(embed!.locator('talk-companion-card [role="status"]')).toHaveText(
      'The talk window opens from YouTube’s own page, not from a player embedded in another.',
    );
    await expect(embed!.locator('.talk-companion-window')).toHaveCount(0);

    const popup = await helpers.openPopup(tabId);
    await popup.getByRole('tab', { name: 'About' }).click();
    await expect(popup.getByRole('list', { name: 'Features on this page' })).toContainText(
      'The talk window is opened from YouTube’s own page only, not from a player embedded in another.',
    );
  });

  test("its transcript is read through the embed's player", async ({ helpers }) => {
    const { page, tabId } = await helpers.openPage(SESSION_PAGE);
    await embeds(page);
    const popup = await helpers.openPopup(tabId);
    await popup.getByRole('tab', { name: 'Transcript' }).click();
    await expect(popup.getByRole('list', { name: 'Caption lines' }).locator('.line-text').first()).toBeVisible();
  });

  test('an embed whose player offers no captions says so, as a video without captions does', async ({ helpers }) => {
    const { page, tabId } = await helpers.openPage(`${SESSION_PAGE}?embed.captions=none`);
    const [embed] = await embeds(page);
    await seekIn(embed!, 41 * 60 + 25);
    const popup = await helpers.openPopup(tabId);
    await expect(popup.locator('[data-near="now"]')).toContainText(FIRST_QUOTE);
    await popup.getByRole('tab', { name: 'Transcript' }).click();
    await expect(popup.getByText('No captions for this video.')).toBeVisible();
  });

  test('with the talk embedded twice, the views follow the one playing, and seek that one', async ({ helpers }) => {
    const { page, tabId } = await helpers.openPage(`${SESSION_PAGE}?embeds=${TALK_ID},${TALK_ID}`);
    const [first, second] = await embeds(page, 2);
    await pauseIn(first!);
    await seekIn(first!, 60);
    await seekIn(second!, 41 * 60 + 25);
    const popup = await helpers.openPopup(tabId);
    await expect(popup.locator('[data-near="now"]')).toContainText(FIRST_QUOTE);
    // The paused one reports a seek of its own: the views stay with the one playing.
    await seekIn(first!, 90);
    await expect(popup.locator('[data-near="now"]')).toContainText(FIRST_QUOTE);
    await popup.getByRole('button', { name: /Security, confidential computing/ }).click();
    await expect.poll(() => timeIn(second!)).toBeGreaterThanOrEqual(1770);
    expect(await timeIn(first!)).toBeLessThan(100);
  });

  test('with the talk paused in a tab and playing embedded in another, a popup that names no tab follows the embed', async ({
    helpers,
  }) => {
    const watch = await helpers.openWatchPage(TALK_ID);
    await watch.page.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.pause());
    await watch.page.evaluate(() => window.replica.seek(600));
    const { page } = await helpers.openPage(SESSION_PAGE);
    const [embed] = await embeds(page);
    await seekIn(embed!, 41 * 60 + 25);
    // The paused tab is heard from last (a scrub), and is still not the one playing.
    await watch.page.evaluate(() => window.replica.seek(650));
    const popup = await helpers.openPopup();
    await expect(popup.locator('[data-near="now"]')).toContainText(FIRST_QUOTE);
  });

  test('an embed of another video, or one that shows no player, is not claimed', async ({
    helpers,
    browserWithExtension: { worker },
  }) => {
    const errors: string[] = [];
    for (const url of [`${SESSION_PAGE}?embeds=OtherVideo1`, `${SESSION_PAGE}?embed.noPlayer=1`]) {
      const { page, tabId } = await helpers.openPage(url);
      page.on('pageerror', (error) => errors.push(error.message));
      await expect.poll(() => page.frames().some((frame) => frame.url().includes('/embed/'))).toBe(true);
      const popup = await helpers.openPopup(tabId);
      await expect(popup.getByTestId('playback')).toContainText('Not watching this talk');
      expect(await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
      await popup.close();
    }
    expect(errors).toEqual([]);
  });

  test('an embed navigated to another video, or removed while it plays, leaves the talk', async ({
    helpers,
    browserWithExtension: { worker },
  }) => {
    const { page, tabId } = await helpers.openPage(`${SESSION_PAGE}?embeds=${TALK_ID},${TALK_ID}`);
    const [first, second] = await embeds(page, 2);
    await pauseIn(second!);
    await seekIn(first!, 41 * 60 + 25);
    const popup = await helpers.openPopup(tabId);
    await expect(popup.locator('[data-near="now"]')).toContainText(FIRST_QUOTE);
    const badge = () => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

    await page.evaluate(() =>
      document
        .querySelector<HTMLIFrameElement>('#embed-0')!
        .setAttribute('src', 'https://www.youtube-nocookie.com/embed/OtherVideo1'),
    );
    // The other embed of the talk, paused, is still there: the views follow it.
    await expect(popup.getByTestId('playback')).toContainText('Paused');
    await expect.poll(badge).toBe('❚❚');
    await page.evaluate(() => document.querySelector('#embed-1')!.remove());
    await expect(popup.getByTestId('playback')).toContainText('Not watching this talk');
    await expect.poll(badge).toBe('');
  });

  test('works in www.youtube.com/embed frames too', async ({ helpers }) => {
    const { page } = await helpers.openPage(`${SESSION_PAGE}?host=youtube`);
    const [embed] = await embeds(page);
    expect(embed!.url()).toMatch(/^https:\/\/www\.youtube\.com\/embed\//);
    await seekIn(embed!, 41 * 60 + 25);
    await expect(embed!.locator('talk-companion-card .text')).toContainText(FIRST_QUOTE);
  });
});

test.describe('links to the talk', () => {
  for (const [name, url] of [
    ['/live/ID', `https://www.youtube.com/live/${TALK_ID}?si=shared`],
    ['youtu.be/ID', `https://youtu.be/${TALK_ID}`],
  ]) {
    test(`a ${name} link works as the watch page does`, async ({ helpers }) => {
      const { page, tabId } = await helpers.openPage(url!);
      await page.waitForURL(/youtube\.com\/(watch|live)/);
      await page.waitForFunction(() => Boolean(window.replica));
      await page.evaluate(() => window.replica.seek(41 * 60 + 25));
      await expect(page.locator('talk-companion-card .text')).toContainText(FIRST_QUOTE);
      const popup = await helpers.openPopup(tabId);
      await expect(popup.locator('[data-near="now"]')).toContainText(FIRST_QUOTE);
    });
  }
});
