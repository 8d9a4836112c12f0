// The day YouTube renames a part of its page: each feature that needs the part stands down alone and says why, every
// other feature still works, and nothing throws into YouTube's page. The replica renames one part at a time
// (`drift=`); "On this page" says what was found, and "Copy report" copies it for a bug report.
import type { Page } from '@playwright/test';
import { CAPTION_MOMENTS } from '../harness/replica';
import { TALK_ID } from '../harness/videos';
import { currentChapter, expect, openWithErrors, seekPage, stopWorker, test, workerRestarted } from './fixtures';

const FIRST_QUOTE = 'I think that in theoretical';
const UNTIMED_QUOTE = 'I do think that actually the biggest challenge';
const PUBLISHED = 41 * 60 + 21;
const card = (page: Page) => page.locator('talk-companion-card');
const marks = (page: Page) => page.locator('talk-companion-marks .mark');
const downLines = (popup: Page) => popup.locator('.features-down .message');
const features = (popup: Page) => popup.getByRole('list', { name: 'Features on this page' });
const parts = (popup: Page) => popup.getByRole('list', { name: 'Parts of YouTube’s page' });
const pause = (page: Page) => page.evaluate(() => document.querySelector<HTMLVideoElement>('#player video')!.pause());
/** The talk's <video>, wherever the page holds it. */
const videoTime = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLVideoElement>('#player video')!.currentTime);

test('on an unchanged page, "On this page" finds every part, every feature is on, and nothing is said to be down', async ({
  helpers,
}) => {
  const { page, tabId } = await helpers.openWatchPage(TALK_ID);
  await expect(marks(page)).toHaveCount(2);
  const popup = await helpers.openPopup(tabId);
  await expect(currentChapter(popup)).toBeVisible();
  await popup.getByRole('tab', { name: 'About' }).click();
  await expect(popup.getByText(`Recognised by its video id (${TALK_ID}).`)).toBeVisible();
  await expect(parts(popup)).toContainText('The player: found.');
  await expect(parts(popup)).toContainText('The seek bar: found.');
  await expect(parts(popup)).toContainText('The title and channel under the player: found.');
  await expect(parts(popup)).toContainText('The player’s controls: found.');
  await expect(features(popup).locator('li')).toHaveText([
    'The quote card is on.',
    'Marks on the seek bar are on.',
    'The talk’s keys (Alt+Shift+→, ←, R, F, W) are on.',
    'Slides are on.',
    'Telling ads from the talk is on.',
    'The talk window is on.',
    'The talk window’s button on the player is on.',
  ]);
  await expect(downLines(popup)).toHaveCount(0);
});

test('with the seek bar renamed, the marks say they are down, and the card, the keys, the slides and the views still work', async ({
  helpers,
}) => {
  const { page, tabId, errors } = await openWithErrors(helpers, TALK_ID, '&drift=seekBar');
  const popup = await helpers.openPopup(tabId);
  // Said once the player has had its time (10 s) to build a bar we read.
  await expect(downLines(popup)).toHaveText(
    ['Marks on the seek bar are unavailable: YouTube’s seek bar has changed.'],
    {
      timeout: 20_000,
    },
  );
  await expect(marks(page)).toHaveCount(0);

  await seekPage(page, 2485);
  await expect(card(page)).toContainText(FIRST_QUOTE);
  await expect(currentChapter(popup)).toBeVisible();
  // Paused, so that where the key put the video is where it stays.
  await pause(page);
  await seekPage(page, PUBLISHED - 30);
  await page.keyboard.press('Alt+Shift+ArrowRight');
  await expect.poll(() => videoTime(page)).toBe(PUBLISHED);
  await seekPage(page, 2485);
  await page.keyboard.press('Alt+Shift+F');
  await expect(card(page).getByRole('status')).toContainText('Kept the slide with');

  await popup.getByRole('button', { name: 'What works on this page' }).click();
  await expect(popup.locator('#on-this-page')).toBeFocused();
  await expect(parts(popup)).toContainText('The seek bar: not found.');
  await expect(features(popup)).toContainText('Marks on the seek bar are unavailable: YouTube’s seek bar has changed.');
  await expect(features(popup)).toContainText('The quote card is on.');
  expect(errors).toEqual([]);
});

test('a view opened after the background was stopped still says what is down: the report outlives the worker', async ({
  helpers,
  browserWithExtension,
}) => {
  const { page, tabId } = await helpers.openWatchPage(TALK_ID, '&drift=player');
  const first = await helpers.openPopup(tabId);
  await expect(downLines(first)).toHaveCount(5);
  await first.close();
  // The page sends its report once, and again only when it changes: a fresh worker has it from session storage.
  await stopWorker(browserWithExtension, page);
  const popup = await helpers.openPopup(tabId);
  await expect(currentChapter(popup)).toBeVisible();
  expect(await workerRestarted(browserWithExtension)).toBe(true);
  await expect(downLines(popup)).toHaveCount(5);
  await expect(downLines(popup).first()).toHaveText('The quote card is unavailable: YouTube’s player has changed.');
});

test("with YouTube's player renamed, the card, the marks, the slides and ad-telling say they are down; time, seeking and the keys still work", async ({
  helpers,
}) => {
  const { page, tabId, errors } = await openWithErrors(helpers, TALK_ID, '&drift=player');
  const popup = await helpers.openPopup(tabId);
  await expect(downLines(popup)).toHaveText([
    'The quote card is unavailable: YouTube’s player has changed.',
    'Marks on the seek bar are unavailable: YouTube’s player has changed.',
    'Slides are unavailable: YouTube’s player has changed.',
    'Telling ads from the talk is unavailable: YouTube’s player has changed.',
    'The talk window’s button on the player is unavailable: YouTube’s player has changed.',
  ]);

  // The views follow the <video>, and a chapter clicked moves it.
  await seekPage(page, 1800);
  await expect(currentChapter(popup)).toContainText('Security, confidential computing');
  await seekPage(page, 1830);
  await popup.getByRole('button', { name: /Security, confidential computing/ }).click();
  await expect.poll(() => videoTime(page)).toBeLessThan(1800);
  // The keys move from mark to mark (paused, so that where the key put the video is where it stays).
  await pause(page);
  await seekPage(page, PUBLISHED - 30);
  await page.keyboard.press('Alt+Shift+ArrowRight');
  await expect.poll(() => videoTime(page)).toBe(PUBLISHED);
  await expect(card(page)).toHaveCount(0);
  await expect(marks(page)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("with the player's methods for its video and its tracks gone, the captions are read from its response all the same", async ({
  helpers,
}) => {
  const { page, tabId, errors } = await openWithErrors(helpers, TALK_ID, '&drift=playerApi');
  // Only the captions place this quote: the card shows it there once they are read.
  await seekPage(page, CAPTION_MOMENTS.untimed + 5);
  await expect(card(page)).toContainText(UNTIMED_QUOTE);
  const popup = await helpers.openPopup(tabId);
  await popup.getByRole('tab', { name: 'About' }).click();
  await expect(parts(popup)).toContainText(/Captions: read from the caption track \(English\), /);
  await expect(downLines(popup)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("with YouTube's navigation events gone, leaving the talk in-page still ends it, and coming back starts it", async ({
  helpers,
}) => {
  const { page, tabId, errors } = await openWithErrors(helpers, TALK_ID, '&drift=navigation');
  await seekPage(page, 2485);
  await expect(card(page)).toContainText(FIRST_QUOTE);
  const popup = await helpers.openPopup(tabId);
  await expect(currentChapter(popup)).toBeVisible();
  await page.evaluate(() => window.replica.navigate('OtherVideo1'));
  await expect(card(page)).toHaveCount(0);
  await expect(popup.getByTestId('playback')).toContainText('Not watching this talk');
  await page.evaluate(() => window.replica.navigate('QwC-J2KFTrM'));
  await expect(currentChapter(popup)).toBeVisible();
  expect(errors).toEqual([]);
});

test('with the player’s controls renamed, the talk window’s button says it is down, and Alt+Shift+W still opens the window', async ({
  helpers,
  browserWithExtension: { context },
}) => {
  const { page, tabId, errors } = await openWithErrors(helpers, TALK_ID, '&drift=controls');
  const popup = await helpers.openPopup(tabId);
  // Said once the player has had its time (10 s) to build its controls.
  await expect(downLines(popup)).toHaveText(
    [
      'The talk window’s button on the player is unavailable: YouTube’s player controls have changed (Alt+Shift+W still opens the window).',
    ],
    { timeout: 20_000 },
  );
  await expect(page.locator('.talk-companion-window')).toHaveCount(0);
  await seekPage(page, 2485);
  await expect(card(page)).toContainText(FIRST_QUOTE);
  await page.bringToFront();
  const opened = context.waitForEvent('page');
  await page.keyboard.press('Alt+Shift+W');
  const pip = await opened;
  await expect(pip.getByRole('region', { name: 'Being said now' })).toContainText(FIRST_QUOTE);
  await popup.getByRole('tab', { name: 'About' }).click();
  await expect(parts(popup)).toContainText('The player’s controls: not found.');
  await expect(features(popup)).toContainText('The talk window is on.');
  expect(errors).toEqual([]);
});

test('a <video> the player puts in late is found, and the talk page starts with it', async ({ helpers }) => {
  const { page, tabId, errors } = await openWithErrors(helpers, TALK_ID, '&drift=lateVideo');
  const popup = await helpers.openPopup(tabId);
  await expect(currentChapter(popup)).toBeVisible();
  await seekPage(page, 2485);
  await expect(card(page)).toContainText(FIRST_QUOTE);
  await expect(downLines(popup)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('"Copy report" copies what works on the page, with the versions, and none of the user\'s saves or notes', async ({
  helpers,
  browserWithExtension: { context, worker },
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.youtube.com' });
  const { page, tabId } = await helpers.openWatchPage(TALK_ID, '&drift=seekBar');
  await seekPage(page, 2485);
  const popup = await helpers.openPopup(tabId);
  // A save with a note, which the report must not carry.
  await popup.locator('[data-near="now"]').getByRole('button', { name: 'Save quote' }).click();
  await popup.getByRole('tab', { name: /^Saved/ }).click();
  const saved = popup.getByRole('list', { name: 'Saved quotes' }).getByRole('listitem').first();
  await saved.getByRole('button', { name: 'Add note' }).click();
  await saved.getByRole('textbox', { name: 'Note' }).fill('zebrafish secret');
  await saved.getByRole('textbox', { name: 'Note' }).press('Control+Enter');
  await expect(saved.locator('.note-text')).toHaveText('zebrafish secret');

  // Said once the player has had its time (10 s) to build a bar we read.
  await expect(downLines(popup)).toHaveText(
    ['Marks on the seek bar are unavailable: YouTube’s seek bar has changed.'],
    {
      timeout: 20_000,
    },
  );
  await popup.getByRole('tab', { name: 'About' }).click();
  await popup.getByRole('button', { name: 'Copy report' }).focus();
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('button', { name: 'Copied' })).toBeVisible();
  await page.bringToFront();
  const report = await page.evaluate(() => navigator.clipboard.readText());
  const version = await worker.evaluate(() => chrome.runtime.getManifest().version);
  // The browser's full version, as it tells its debugger (the user agent string is reduced to 156.0.0.0).
  const { product } = await (await context.newCDPSession(popup)).send('Browser.getVersion');
  const chromium = product.split('/')[1];
  expect(report.split('\n')[0]).toBe(`Talk Companion ${version} on Chromium ${chromium}`);
  expect(report).toContain(`Recognised by its video id (${TALK_ID}).`);
  expect(report).toContain('The seek bar: not found.');
  expect(report).toContain('Marks on the seek bar are unavailable: YouTube’s seek bar has changed.');
  expect(report).toContain('This report holds no saves, notes or history.');
  expect(report).not.toContain('zebrafish');
  expect(report).not.toContain(FIRST_QUOTE);
});
