// The talk in your language: YouTube's translation of the captions as a second line, under the Transcript's lines, the
// popup's line being said, the card's quote and the talk window's; found by search; in the transcript files. The
// replica translates its own track (marked "[de]", tests/harness/captions.ts), as timedtext answers `tlang`.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import SrtParser from 'srt-parser-2';
import { launchWithExtension, type ExtensionBrowser } from '../harness/chromium';
import { serveReplica } from '../harness/replica';
import { TALK_ID } from '../harness/videos';
import { expect, openPopupIn, seekPage, test } from './fixtures';

const TEN_MINUTES = 10 * 60;
const AT_QUOTE = 41 * 60 + 30;
const chooser = (popup: Page) => popup.getByRole('combobox', { name: 'Second line' });
const transcriptTab = (popup: Page) => popup.getByRole('tab', { name: 'Transcript' }).click();
const currentLine = (popup: Page) => popup.locator('.lines .line.current');
const pause = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.pause());

/** A browser in German, the replica served, its views' console errors kept. */
async function germanBrowser(): Promise<ExtensionBrowser & { errors: string[] }> {
  const browser = await launchWithExtension('', { lang: 'de' });
  await serveReplica(browser.context);
  return { ...browser, errors: [] };
}

async function openTalk(context: BrowserContext, query = '', seconds = TEN_MINUTES) {
  const page = await context.newPage();
  await page.goto(`https://www.youtube.com/watch?v=${TALK_ID}${query}`);
  await pause(page);
  await seekPage(page, seconds);
  return page;
}

const tabIdOf = ({ worker }: ExtensionBrowser) =>
  worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);

test.describe('in a German browser', () => {
  let browser: ExtensionBrowser & { errors: string[] };
  test.beforeEach(async () => void (browser = await germanBrowser()));
  test.afterEach(async () => {
    await browser.context.close();
    expect(browser.errors, "console errors in the extension's views").toEqual([]);
  });

  test('the talk’s words have German under them in the popup and the Transcript, the line being said kept in the middle', async () => {
    await openTalk(browser.context);
    const popup = await openPopupIn(browser, await tabIdOf(browser), browser.errors);
    // Nothing quoted at 10:00: the line being said, with YouTube's German under it.
    const beingSaid = popup.getByRole('region', { name: 'Being said · from captions' });
    await expect(beingSaid).toContainText('We think about the platform the question is.');
    await expect(beingSaid.locator('.second')).toHaveText('[de] wir denken über die Plattform die Frage ist');
    await expect(beingSaid.locator('.second')).toHaveAttribute('lang', 'de');

    await transcriptTab(popup);
    await expect(chooser(popup)).toHaveValue('de');
    await expect(popup.getByText('Deutsch from YouTube’s translation of the captions')).toBeVisible();
    await expect(currentLine(popup).locator('.second')).toContainText('[de] ');
    // The line said at 9:58, in English, and YouTube's German (the replica's) under it.
    await expect(currentLine(popup).locator('.line-text')).toContainText(
      'We think about the platform the question is.',
    );
    await expect(currentLine(popup).locator('.second')).toHaveText('[de] wir denken über die Plattform die Frage ist');
    // The rows grew as the second lines arrived: the line being said is still at the middle of the view, followed.
    const offCentre = () =>
      currentLine(popup).evaluate((row) => {
        const box = row.getBoundingClientRect();
        return Math.abs(box.top + box.height / 2 - innerHeight / 2);
      });
    await expect.poll(offCentre).toBeLessThan(40);
    // What the second line adds reads well to a screen reader too: the chooser, and a line with its second line (axe
    // over all of the talk's 932 lines takes 20 s on this machine, past a test's minute on a busy one).
    const axe = new AxeBuilder({ page: popup }).include('.second-line').include('.lines .line.current');
    expect((await axe.analyze()).violations).toEqual([]);
  });

  test('search finds a line by a German word, and the SRT downloaded has both lines in each cue', async () => {
    await openTalk(browser.context);
    const popup = await openPopupIn(browser, await tabIdOf(browser), browser.errors);
    await transcriptTab(popup);
    await expect(currentLine(popup).locator('.second')).toContainText('[de] ');
    const search = popup.getByRole('searchbox', { name: 'Search the talk and your saved quotes' });
    await search.fill('Planer');
    const found = popup.locator('.caption-result').first();
    await expect(found).toContainText('found in the second line');
    await expect(found.locator('.second mark')).toHaveText('Planer');
    await search.fill('');

    const downloaded = popup.waitForEvent('download');
    await popup
      .getByRole('group', { name: 'Download the transcript' })
      .getByRole('button', { name: 'SRT', exact: true })
      .click();
    const cues = new SrtParser().fromSrt(readFileSync((await (await downloaded).path())!, 'utf8'));
    expect(cues[0]!.text).toBe(
      'So when we think about the platform the.\n[de] also wenn wir denken über die Plattform die',
    );
  });

  test('a line starred in the Transcript goes to the talk’s Markdown note with its German under it', async () => {
    await openTalk(browser.context);
    const popup = await openPopupIn(browser, await tabIdOf(browser), browser.errors);
    await transcriptTab(popup);
    await expect(currentLine(popup).locator('.second')).toHaveText('[de] wir denken über die Plattform die Frage ist');
    await currentLine(popup).getByRole('button', { name: 'Save line' }).click();
    await popup.getByRole('tab', { name: /^Saved/ }).click();
    await expect(popup.getByRole('checkbox', { name: 'Markdown with the Deutsch line' })).toBeChecked();
    const downloaded = popup.waitForEvent('download');
    await popup.getByRole('button', { name: 'Export Markdown', exact: true }).click();
    const markdown = readFileSync((await (await downloaded).path())!, 'utf8');
    expect(markdown).toContain(
      '> We think about the platform the question is.\n>\n> [de] wir denken über die Plattform die Frage ist\n',
    );
  });

  test('the card and the talk window show the quote with German under it', async () => {
    const page = await openTalk(browser.context, '', AT_QUOTE);
    const card = page.locator('talk-companion-card');
    await expect(card.locator('.text')).toContainText('I think that in theoretical');
    // The German of the lines the quote's words are said over (the captions say it 76 s before its published moment).
    await expect(card.locator('.second')).toContainText('[de] I denken die in theoretical');
    await expect(card.locator('.second')).toHaveAttribute('lang', 'de');
    await expect(card.locator('.second')).toHaveAttribute('title', 'YouTube’s translation of the captions');

    const opened = browser.context.waitForEvent('page');
    await page.locator('#movie_player .ytp-right-controls').getByRole('button', { name: 'Talk window' }).click();
    const pip = await opened;
    const said = pip.getByRole('region', { name: 'Being said now' });
    await expect(said).toContainText('I think that in theoretical');
    await expect(said.locator('.second')).toContainText('[de] I denken die in theoretical');
    await expect(said.locator('.second')).toHaveAttribute('title', 'YouTube’s translation of the captions');
  });

  for (const [query, state] of [
    ['&translation=no', 'YouTube does not translate these captions into Deutsch.'],
    ['&translation=error', 'YouTube gave no Deutsch translation (YouTube answered 500).'],
    ['&translation=empty', 'YouTube gave no Deutsch translation (YouTube gave an empty translation).'],
  ] as const)
    test(`says so in one sentence when ${query.slice(1)}, and shows no second line`, async () => {
      await openTalk(browser.context, query);
      const popup = await openPopupIn(browser, await tabIdOf(browser), browser.errors);
      await transcriptTab(popup);
      await expect(popup.getByRole('status').filter({ hasText: state })).toBeVisible();
      await expect(currentLine(popup)).toBeVisible();
      await expect(popup.locator('.lines .second')).toHaveCount(0);
    });
});

test('an English browser shows no second line until one is chosen; then it is read, remembered, and one choice turns it off', async ({
  helpers,
}) => {
  const { tabId } = await helpers.openWatchPage(TALK_ID);
  let popup = await helpers.openPopup(tabId);
  await transcriptTab(popup);
  await expect(chooser(popup)).toHaveValue('');
  await expect(currentLine(popup)).toBeVisible();
  await expect(popup.locator('.lines .second')).toHaveCount(0);

  // The popup ends the instant after the choice (a reload ends it as abruptly as a real close): the background, the
  // one writer, keeps it all the same, and has the talk's tab read YouTube's German.
  await chooser(popup).selectOption({ label: 'German' });
  await popup.reload();
  await transcriptTab(popup);
  await expect(chooser(popup)).toHaveValue('de');
  await expect(currentLine(popup).locator('.second')).toContainText('[de] ');

  // One click turns it off.
  await popup.getByRole('button', { name: 'Turn off' }).click();
  await expect(chooser(popup)).toHaveValue('');
  await expect(popup.getByRole('button', { name: 'Turn off' })).toHaveCount(0);
  await expect(popup.locator('.lines .second')).toHaveCount(0);
  popup = await helpers.openPopup(tabId);
  await transcriptTab(popup);
  await expect(chooser(popup)).toHaveValue('');
});
