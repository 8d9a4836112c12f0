// The talk window: a Document Picture-in-Picture window opened from the talk's page, which headless Chromium opens
// and Playwright sees as a new page of the context. It follows the talk's video; its star and note go through the one
// writer; it closes when the tab leaves the talk.
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { TALK_ID } from '../harness/videos';
import { expect, seekPage, stopWorker, test, videoTime, workerRestarted } from './fixtures';

const FIRST_QUOTE = 'I think that in theoretical';
const AT_QUOTE = 41 * 60 + 30;
const button = (page: Page) =>
  page.locator('#movie_player .ytp-right-controls').getByRole('button', { name: 'Talk window' });
const said = (pip: Page) => pip.getByRole('region', { name: 'Being said now' });
const chapter = (pip: Page) => pip.locator('.current-title');
const chapterNumber = (pip: Page) => pip.locator('#current-chapter-heading');
const pause = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.pause());
const savedItem = (popup: Page, text: string) =>
  popup.getByRole('list', { name: 'Saved quotes' }).getByRole('listitem').filter({ hasText: text });

/** Opens the window by `how` (a click on the player's button, or Alt+Shift+W on the page) and returns its page. */
async function openWindow(context: BrowserContext, page: Page, how: 'button' | 'key' = 'button'): Promise<Page> {
  // The button is there once the talk page has started, keys and all.
  await expect(button(page)).toBeVisible();
  const opened = context.waitForEvent('page');
  if (how === 'button') await button(page).click();
  else await page.keyboard.press('Alt+Shift+W');
  const pip = await opened;
  await expect(pip.getByRole('main', { name: 'Talk Companion: the talk window' })).toBeVisible();
  return pip;
}

/** The talk's page, paused at the first quote, with the window opened from the player's button. */
async function windowAtQuote(
  helpers: { openWatchPage(id: string): Promise<{ page: Page; tabId: number }> },
  context: BrowserContext,
) {
  const opened = await helpers.openWatchPage(TALK_ID);
  await pause(opened.page);
  await seekPage(opened.page, AT_QUOTE);
  const pip = await openWindow(context, opened.page);
  await expect(said(pip)).toContainText(FIRST_QUOTE);
  return { ...opened, pip };
}

test.describe('the talk window', () => {
  test('opens from the player’s button with quote 1 and its chapter at 41:30; a seek to 10:00 changes both', async ({
    helpers,
    browserWithExtension: { context },
  }) => {
    const { page, pip } = await windowAtQuote(helpers, context);
    await expect(chapter(pip)).toHaveText(
      'Developer experience, code verification challenges, and discussion on future automation limits',
    );
    await expect(chapterNumber(pip)).toHaveText('Chapter 10 of 10');

    await seekPage(page, 10 * 60);
    // No quote near: the caption line being said.
    await expect(said(pip)).toContainText('From the captions');
    await expect(said(pip)).not.toContainText(FIRST_QUOTE);
    await expect(chapter(pip)).not.toHaveText(/Developer experience/);
    await expect(chapterNumber(pip)).not.toHaveText('Chapter 10 of 10');
    // The next quote is the untimed one, which the replica's captions say at 23:40: 13:40 away.
    await expect(pip.locator('.next')).toHaveText('Next in 13:40: “I do think that actually the…”');
  });

  test('with no quote near, the caption line being said can be starred from the window, and its note kept', async ({
    helpers,
    browserWithExtension: { context },
  }) => {
    const { page, tabId, pip } = await windowAtQuote(helpers, context);
    await seekPage(page, 10 * 60);
    await expect(said(pip)).toContainText('From the captions');
    const line = (await said(pip).locator('blockquote p').textContent())!;
    await said(pip).getByRole('button', { name: 'Save line' }).click();
    await expect(said(pip).getByRole('button', { name: 'Remove from saved' })).toBeVisible();
    // The window's own keys: Ctrl+Enter in the note box saves it.
    const box = pip.getByRole('region', { name: 'Note on the save just made' }).getByRole('textbox', { name: 'Note' });
    await box.fill('The platform question');
    await box.press('Control+Enter');
    await expect(pip.locator('.saved-note .note-text')).toHaveText('The platform question');

    const popup = await helpers.openPopup(tabId);
    await popup.getByRole('tab', { name: /^Saved/ }).click();
    await expect(savedItem(popup, line).locator('.note-text')).toHaveText('The platform question');
  });

  test('opens from Alt+Shift+W, once per tab: the key again keeps the one window', async ({
    helpers,
    browserWithExtension: { context },
  }) => {
    const { page } = await helpers.openWatchPage(TALK_ID);
    const pip = await openWindow(context, page, 'key');
    const pages = context.pages().length;
    await page.bringToFront();
    await page.keyboard.press('Alt+Shift+W');
    await button(page).click();
    await expect(chapter(pip)).toBeVisible();
    expect(context.pages()).toHaveLength(pages);
    expect(pip.isClosed()).toBe(false);
  });

  test('its buttons act on the talk’s video: pause and play, back 10 s, previous and next chapter', async ({
    helpers,
    browserWithExtension: { context },
  }) => {
    const { page, pip } = await windowAtQuote(helpers, context);
    await pip.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => page.evaluate(() => document.querySelector('video')!.paused)).toBe(false);
    await pip.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => page.evaluate(() => document.querySelector('video')!.paused)).toBe(true);
    // From the keyboard too: k plays and pauses, as on YouTube.
    await pip.locator('body').press('k');
    await expect.poll(() => page.evaluate(() => document.querySelector('video')!.paused)).toBe(false);
    await expect(pip.getByRole('button', { name: 'Pause' })).toBeVisible();
    await pip.locator('body').press('k');
    await expect.poll(() => page.evaluate(() => document.querySelector('video')!.paused)).toBe(true);

    const paused = await videoTime(page);
    await pip.getByRole('button', { name: 'Back 10 s' }).click();
    await expect.poll(() => videoTime(page)).toBe(paused - 10);
    // Chapter 10 starts at 34:48: "previous" goes to its start, again to chapter 9's; "next" back to 34:48.
    await pip.getByRole('button', { name: 'Previous chapter' }).click();
    await expect.poll(() => videoTime(page)).toBe(34 * 60 + 48);
    await pip.getByRole('button', { name: 'Previous chapter' }).click();
    await expect.poll(() => videoTime(page)).toBeLessThan(34 * 60 + 48);
    await expect(chapterNumber(pip)).toHaveText('Chapter 9 of 10');
    await pip.getByRole('button', { name: 'Next chapter' }).click();
    await expect.poll(() => videoTime(page)).toBe(34 * 60 + 48);
    await expect(chapterNumber(pip)).toHaveText('Chapter 10 of 10');
  });

  test('an ad freezes the quote; the talk takes it up again after', async ({
    helpers,
    browserWithExtension: { context },
  }) => {
    const { page, pip } = await windowAtQuote(helpers, context);
    await page.evaluate(() => window.replica.startAd());
    await expect(pip.getByRole('status')).toHaveText('An ad is playing: the talk goes on after it.');
    // The ad plays from its own 0:00 in the same <video>: the window stays on the talk's moment.
    await expect.poll(() => page.evaluate(() => document.querySelector('video')!.currentTime)).toBeGreaterThan(0.5);
    await expect(said(pip)).toContainText(FIRST_QUOTE);
    await expect(chapterNumber(pip)).toHaveText('Chapter 10 of 10');
    await page.evaluate(() => window.replica.endAd());
    await expect(pip.getByRole('status')).toHaveCount(0);
    await expect(said(pip)).toContainText(FIRST_QUOTE);
  });

  test('its star saves the quote (the popup’s Saved shows it), the slide kept with it shows, and its note is kept', async ({
    helpers,
    browserWithExtension: { context },
  }) => {
    const { tabId, pip } = await windowAtQuote(helpers, context);
    await said(pip).getByRole('button', { name: 'Save quote' }).click();
    await expect(said(pip).getByRole('button', { name: 'Remove from saved' })).toHaveAttribute('aria-pressed', 'true');
    await expect(pip.getByRole('img', { name: 'The slide kept with this save' })).toBeVisible();
    const note = pip.getByRole('region', { name: 'Note on the save just made' });
    await note.getByRole('textbox', { name: 'Note' }).fill('Ask about Lean');
    await note.getByRole('button', { name: 'Save note' }).click();
    await expect(note.locator('.note-text')).toHaveText('Ask about Lean');

    const popup = await helpers.openPopup(tabId);
    await popup.getByRole('tab', { name: /^Saved/ }).click();
    await expect(savedItem(popup, FIRST_QUOTE).locator('.note-text')).toHaveText('Ask about Lean');
  });

  test('its star works after the browser stopped the background’s worker, as it does after 30 s idle', async ({
    helpers,
    browserWithExtension,
  }) => {
    const { page, tabId, pip } = await windowAtQuote(helpers, browserWithExtension.context);
    await stopWorker(browserWithExtension, page);
    await said(pip).getByRole('button', { name: 'Save quote' }).click();
    await expect(said(pip).getByRole('button', { name: 'Remove from saved' })).toHaveAttribute('aria-pressed', 'true');
    expect(await workerRestarted(browserWithExtension)).toBe(true);
    const popup = await helpers.openPopup(tabId);
    await popup.getByRole('tab', { name: /^Saved/ }).click();
    await expect(savedItem(popup, FIRST_QUOTE)).toHaveCount(1);
  });

  test('a note half typed when the window is closed is kept, and the popup says it is not saved yet', async ({
    helpers,
    browserWithExtension: { context },
  }) => {
    const { tabId, pip } = await windowAtQuote(helpers, context);
    await said(pip).getByRole('button', { name: 'Save quote' }).click();
    const box = pip.getByRole('region', { name: 'Note on the save just made' }).getByRole('textbox', { name: 'Note' });
    await box.pressSequentially('Ask about Lean');
    // Closed the instant after the last key, before the pause after which a draft is sent.
    await pip.close({ runBeforeUnload: true });

    const popup = await helpers.openPopup(tabId);
    await popup.getByRole('tab', { name: /^Saved/ }).click();
    const saved = savedItem(popup, FIRST_QUOTE);
    await expect(saved.getByRole('textbox', { name: 'Note' })).toHaveValue('Ask about Lean');
    await expect(saved.getByRole('status')).toContainText('Not saved yet');
  });

  test('leaving the talk in-page closes the window; back on the talk, the button is there again', async ({
    helpers,
    browserWithExtension: { context },
  }) => {
    const { page, pip } = await windowAtQuote(helpers, context);
    const closed = pip.waitForEvent('close');
    await page.evaluate(() => window.replica.navigate('OtherVideo1'));
    await closed;
    await expect(button(page)).toHaveCount(0);
    await page.evaluate((id) => window.replica.navigate(id), TALK_ID);
    await expect(button(page)).toHaveCount(1);
    const again = await openWindow(context, page);
    await expect(chapter(again)).toBeVisible();
  });

  test('YouTube rebuilding its player controls puts the button back in the new ones', async ({ helpers }) => {
    const { page } = await helpers.openWatchPage(TALK_ID);
    await expect(button(page)).toBeVisible();
    // New controls, as YouTube's player builds them: its own buttons only.
    await page.evaluate(() => {
      const old = document.querySelector('.ytp-right-controls')!;
      const fresh = old.cloneNode(true) as Element;
      fresh.querySelector('.talk-companion-window')?.remove();
      old.replaceWith(fresh);
    });
    // Back at the next playback reading (the video plays on; a seek makes one in any case).
    await seekPage(page, 600);
    await expect(button(page)).toBeVisible();
  });

  for (const theme of ['light', 'dark'] as const)
    test(`passes axe in YouTube’s ${theme} theme, and stays readable at a small size`, async ({
      helpers,
      browserWithExtension: { context },
    }) => {
      const { page, pip } = await windowAtQuote(helpers, context);
      if (theme === 'dark') await page.evaluate(() => document.documentElement.setAttribute('dark', ''));
      await expect(pip.locator('html')).toHaveAttribute('data-theme', theme);
      await said(pip).getByRole('button', { name: 'Save quote' }).click();
      await expect(pip.getByRole('textbox', { name: 'Note' })).toBeVisible();
      await pip.setViewportSize({ width: 300, height: 320 });
      const { violations } = await new AxeBuilder({ page: pip }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      // Nothing runs off the side: the text wraps, and every control is within the window's width.
      expect(await pip.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
      const fontSizes = await pip.evaluate(() =>
        [...document.querySelectorAll('p, h1, button, blockquote')].map((node) =>
          parseFloat(getComputedStyle(node).fontSize),
        ),
      );
      expect(Math.min(...fontSizes)).toBeGreaterThanOrEqual(12);
    });
});
