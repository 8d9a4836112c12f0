// The talk's own words: the captions the player offers, read once, kept, shown as a transcript that follows playback,
// and used to place the corpus quotes.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { PAINTED_MARK } from '../../components/app/paint-mark';
import { CAPTION_MOMENTS } from '../harness/replica';
import { TALK_ID } from '../harness/videos';
import { expect, pressSaveKey, seekPage, test, videoTime, type Helpers } from './fixtures';

const transcriptTab = (popup: Page) => popup.getByRole('tab', { name: 'Transcript' });
const lines = (popup: Page) => popup.getByRole('list', { name: 'Caption lines' }).locator('.line-text');
const quote = (popup: Page, text: string) => popup.locator('article.quote', { hasText: text });
/** The line marked as being said. */
const currentLine = (view: Page) => view.locator('.line-text[aria-current="true"]');

/** Moves the talk to 25:00 and checks the view followed: the line said then is marked, and in view. */
async function expectFollowedTo25(talk: Page, view: Page): Promise<void> {
  await seekPage(talk, 1500);
  await expect(currentLine(view)).toHaveAccessibleName(/^(24:5\d|25:0\d) /);
  await expect(currentLine(view)).toBeInViewport();
}

/** The talk's replica page (with `query`'s options) and a popup pinned to it, on the Transcript tab. */
async function openTranscript(helpers: Helpers, query = ''): Promise<{ page: Page; popup: Page }> {
  const { page, tabId } = await helpers.openWatchPage(TALK_ID, query);
  const popup = await helpers.openPopup(tabId);
  await transcriptTab(popup).click();
  return { page, popup };
}

const FIRST_QUOTE = 'I think that in theoretical';
const SECOND_QUOTE = 'I do think that actually the biggest challenge';

test('the Transcript tab shows the manual track, marks and follows the line being said, and a click seeks', async ({
  helpers,
}) => {
  const { page, tabId } = await helpers.openWatchPage(TALK_ID);
  await seekPage(page, 600);
  const popup = await helpers.openPopup(tabId);
  await transcriptTab(popup).click();
  await expect(popup.locator('.transcript-meta')).toContainText('English');
  await expect(popup.locator('.transcript-meta')).not.toContainText('automatic');
  const current = currentLine(popup);
  await expect(current).toHaveCount(1);
  await expect(current).toHaveAccessibleName(/^(9:5\d|10:0\d) /);
  await expect(current).toBeInViewport();
  await expectFollowedTo25(page, popup);

  await lines(popup)
    .filter({ hasText: /^0:31 / })
    .click();
  await expect.poll(() => videoTime(page)).toBeLessThan(40);
});

test('opened on the Transcript tab, the first frame shows the line being said, with lines filling the view around it', async ({
  helpers,
  browserWithExtension: { context, extensionId },
}) => {
  const { page, tabId } = await helpers.openWatchPage(TALK_ID);
  await seekPage(page, 1500);
  // The captions are read as the talk starts playing: wait until a view shows them.
  const first = await helpers.openPopup(tabId);
  await transcriptTab(first).click();
  await expect(currentLine(first)).toHaveAccessibleName(/^(24:5\d|25:0\d) /);
  await first.close();

  const view = await context.newPage();
  const errors: string[] = [];
  view.on('pageerror', (error) => errors.push(error.message));
  await view.setViewportSize({ width: 400, height: 600 });
  // Where the line being said is as the view's first frame with the transcript begins: the frame the bench times.
  await view.addInitScript((painted) => {
    const mark = performance.mark.bind(performance);
    performance.mark = (name, options) => {
      if (name === painted) {
        const box = document.querySelector('.line-text[aria-current="true"]')?.getBoundingClientRect();
        const rows = document.querySelectorAll('.lines > li');
        Object.assign(window, {
          atFirstFrame: box ? { top: box.top, bottom: box.bottom } : 'no line marked',
          // The lines drawn first reach past both edges of the view.
          linesSpan: rows.length
            ? {
                top: rows[0]!.getBoundingClientRect().top,
                bottom: rows[rows.length - 1]!.getBoundingClientRect().bottom,
              }
            : 'no lines',
        });
      }
      return mark(name, options);
    };
  }, PAINTED_MARK);
  await view.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}&view=transcript`);
  const atFirstFrame = await (
    await view.waitForFunction(() => 'atFirstFrame' in window && window.atFirstFrame)
  ).jsonValue();
  expect(atFirstFrame).toEqual({ top: expect.any(Number), bottom: expect.any(Number) });
  const { top, bottom } = atFirstFrame as { top: number; bottom: number };
  expect(top).toBeGreaterThanOrEqual(0);
  expect(bottom).toBeLessThanOrEqual(600);
  // Not a line short: the first frame has no gap above or below the lines it shows (mid-talk, lines both ways).
  const linesSpan = await view.evaluate(() => (window as unknown as { linesSpan: unknown }).linesSpan);
  expect(linesSpan).toEqual({ top: expect.any(Number), bottom: expect.any(Number) });
  const span = linesSpan as { top: number; bottom: number };
  expect(span.top).toBeLessThanOrEqual(0);
  expect(span.bottom).toBeGreaterThanOrEqual(600);
  expect(errors).toEqual([]);
});

test('the untimed quote is placed by the captions, and a contradicted published time shows both', async ({
  helpers,
}) => {
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

test("reads the captions once, with the player's token and as json3, keeps them for the next visit and the closed talk", async ({
  helpers,
  browserWithExtension: { context },
}) => {
  const asked: URL[] = [];
  context.on('request', (request) => request.url().includes('/api/timedtext') && asked.push(new URL(request.url())));
  const { page, tabId } = await helpers.openWatchPage(TALK_ID);
  const popup = await helpers.openPopup(tabId);
  await transcriptTab(popup).click();
  await expect(lines(popup).first()).toBeVisible();
  expect(asked).toHaveLength(1);
  expect(asked[0]!.searchParams.get('pot')).toBe('replica-token');
  expect(asked[0]!.searchParams.get('fmt')).toBe('json3');
  expect(asked[0]!.searchParams.has('kind')).toBe(false); // the manual track, not the automatic one beside it

  // Another visit: nothing fetched again, and the views show the kept captions with the talk closed.
  await page.reload();
  await expect(popup.getByTestId('playback')).toContainText(/\d:\d\d/);
  await page.close();
  const closed = await helpers.openPopup();
  await transcriptTab(closed).click();
  await expect(lines(closed).first()).toBeVisible();
  await expect(closed.getByRole('button', { name: 'Read the captions again' })).toHaveCount(0);
  expect(asked).toHaveLength(1);
  // With the talk closed, a line opens the talk at that moment.
  const opened = context.waitForEvent('page');
  await lines(closed)
    .filter({ hasText: /^0:31 / })
    .click();
  await expect.poll(async () => (await opened).url()).toBe('https://www.youtube.com/watch?v=QwC-J2KFTrM&t=31s');
});

test('reads them again when the user asks', async ({ helpers, browserWithExtension: { context } }) => {
  let asked = 0;
  context.on('request', (request) => request.url().includes('/api/timedtext') && asked++);
  const { tabId } = await helpers.openWatchPage(TALK_ID);
  const popup = await helpers.openPopup(tabId);
  await transcriptTab(popup).click();
  await expect(lines(popup).first()).toBeVisible();
  await popup.getByRole('button', { name: 'Read the captions again' }).click();
  await expect.poll(() => asked).toBe(2);
  await expect(lines(popup).first()).toBeVisible();
});

test('with only an automatic track, it reads that one, and still places the quotes', async ({ helpers }) => {
  const { popup } = await openTranscript(helpers, '&captions=asr');
  await expect(popup.locator('.transcript-meta')).toContainText('English (auto-generated) (automatic)');
  await expect(lines(popup).filter({ hasText: 'the radical' }).first()).toBeVisible(); // "theoretical", misheard
  await popup.getByRole('tab', { name: 'Quotes' }).click();
  await expect(quote(popup, SECOND_QUOTE)).toContainText('≈ 23:40 · from captions');
});

test('a video without captions says so, and everything else works as before', async ({ helpers }) => {
  const { page, popup } = await openTranscript(helpers, '&captions=none');
  await expect(popup.getByRole('status')).toHaveText(/^No captions for this video\./);
  await popup.getByRole('tab', { name: 'Quotes' }).click();
  await expect(quote(popup, SECOND_QUOTE)).toContainText('time unknown');
  await seekPage(page, 2485);
  await popup.getByRole('tab', { name: 'Now' }).click();
  await expect(popup.locator('[data-near="now"]')).toContainText(FIRST_QUOTE);
});

test('after in-page navigation it waits for the player to report the talk, not the video before it', async ({
  helpers,
}) => {
  const { page, tabId } = await helpers.openWatchPage('OtherVideo1');
  await page.evaluate(() => window.replica.navigate('QwC-J2KFTrM'));
  const popup = await helpers.openPopup(tabId);
  await popup.getByRole('tab', { name: 'Quotes' }).click();
  // Read too soon, the previous video's captions (which never say the quote) would have been kept for the talk.
  await expect(quote(popup, SECOND_QUOTE)).toContainText('≈ 23:40 · from captions');
});

test("a line can be starred: saved as a quote of the user's, from captions, with its time and talk", async ({
  helpers,
}) => {
  const { page, tabId } = await helpers.openWatchPage(TALK_ID);
  await seekPage(page, 300);
  await page.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.pause());
  const popup = await helpers.openPopup(tabId);
  // No quote near 5:00: the Now view shows the line being said, which can be starred from there.
  const beingSaid = popup.locator('.being-said');
  await expect(beingSaid).toContainText(/4:5\d|5:0\d/);
  await beingSaid.getByRole('button', { name: 'Save line' }).click();
  await expect(beingSaid.getByRole('button', { name: 'Remove from saved' })).toHaveAttribute('aria-pressed', 'true');

  await transcriptTab(popup).click();
  const row = popup.locator('.line', { has: popup.locator('[aria-current="true"]') });
  await expect(row.getByRole('button', { name: 'Remove from saved' })).toBeVisible();
  await popup.getByRole('tab', { name: /^Saved/ }).click();
  const saved = popup.getByRole('list', { name: 'Saved quotes' }).getByRole('listitem');
  await expect(saved).toHaveCount(1);
  await expect(saved).toContainText('from captions');
  await expect(saved).toContainText(/4:5\d|5:0\d/);
  await expect(saved).toContainText('Distributed systems to AI platforms');
});

test('search finds caption lines, highlighted; a click seeks, and a line can be starred there', async ({ helpers }) => {
  const { page, tabId } = await helpers.openWatchPage(TALK_ID);
  const popup = await helpers.openPopup(tabId);
  await transcriptTab(popup).click();
  await expect(lines(popup).first()).toBeVisible();
  await popup.getByRole('searchbox').fill('locality scheduler');
  const result = popup.locator('.results > li.result-caption').first();
  await expect(result.locator('mark')).toHaveText(['scheduler', 'locality']);
  await result.getByRole('button', { name: 'Save line' }).click();
  await expect(result.getByRole('button', { name: 'Remove from saved' })).toBeVisible();
  const at = Number(
    (await result.locator('time').textContent())!
      .split(':')
      .reduce((total, part) => String(Number(total) * 60 + Number(part))),
  );
  await result.locator('.line-text').click();
  await expect.poll(() => videoTime(page)).toBeGreaterThanOrEqual(at);
});

test('the quote card and save-by-key use the time the captions give the untimed quote', async ({
  helpers,
  browserWithExtension: { worker },
}) => {
  const { page, tabId } = await helpers.openWatchPage(TALK_ID);
  const popup = await helpers.openPopup(tabId);
  await popup.getByRole('tab', { name: 'Quotes' }).click();
  await expect(quote(popup, SECOND_QUOTE)).toContainText('≈ 23:40');
  await seekPage(page, CAPTION_MOMENTS.untimed + 5);
  await expect(page.locator('talk-companion-card .text')).toContainText(SECOND_QUOTE);
  await pressSaveKey(worker, tabId);
  await expect(page.locator('talk-companion-card').getByRole('status')).toHaveText(/^Saved: “I do think that actually/);
});

test('a timing pinned by the user wins over the captions', async ({ helpers }) => {
  const { page, tabId } = await helpers.openWatchPage(TALK_ID);
  await seekPage(page, 600);
  await page.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.pause());
  const popup = await helpers.openPopup(tabId);
  await popup.getByRole('tab', { name: 'Quotes' }).click();
  await expect(quote(popup, SECOND_QUOTE)).toContainText('≈ 23:40 · from captions');
  await quote(popup, SECOND_QUOTE)
    .getByRole('button', { name: /^Pin this quote to 10:0\d$/ })
    .click();
  await expect(quote(popup, SECOND_QUOTE)).toContainText(/10:0\d · your timing/);
  await expect(quote(popup, SECOND_QUOTE)).not.toContainText('from captions');
});

test('the side panel keeps the line being said in view, unless the user scrolled away', async ({
  helpers,
  browserWithExtension: { context, extensionId },
}) => {
  const { page, tabId } = await helpers.openWatchPage(TALK_ID);
  await seekPage(page, 600);
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 360, height: 700 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}&view=transcript`);
  const current = currentLine(panel);
  await expect(current).toBeInViewport();
  await expectFollowedTo25(page, panel);

  // The user scrolls back to read: the panel stops following, and offers the way back.
  await panel.mouse.move(180, 400);
  await panel.mouse.wheel(0, -4000);
  await seekPage(page, 2000);
  await expect(current).toHaveAccessibleName(/^(33:1\d|33:2\d) /);
  await expect(current).not.toBeInViewport();
  await panel.getByRole('button', { name: 'Back to now' }).click();
  await expect(current).toBeInViewport();
});

test('a quote the captions place sits at the same time in every view: Quotes, Saved, search, the card, the marks, both Markdown exports', async ({
  helpers,
  browserWithExtension: { context },
}) => {
  // Chromium grants no clipboard permission to an extension origin: read the shared clipboard from a web page.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.youtube.com' });
  const { page, tabId } = await helpers.openWatchPage(TALK_ID);
  await seekPage(page, CAPTION_MOMENTS.untimed + 5);
  await page.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.pause());
  await expect(page.locator('talk-companion-card .text')).toContainText(SECOND_QUOTE);
  await page.locator(`talk-companion-marks .mark[data-start="${CAPTION_MOMENTS.untimed}"]`).hover();
  await expect(page.locator('talk-companion-marks [role="tooltip"]')).toContainText('≈ 23:40 from captions');

  const popup = await helpers.openPopup(tabId);
  await popup.getByRole('tab', { name: 'Quotes' }).click();
  await expect(quote(popup, SECOND_QUOTE)).toContainText('≈ 23:40 · from captions');
  await quote(popup, SECOND_QUOTE).getByRole('button', { name: 'Save quote' }).click();
  await popup.getByRole('tab', { name: /^Saved/ }).click();
  const saved = quote(popup, SECOND_QUOTE);
  await expect(saved).toContainText('≈ 23:40 · from captions');
  await saved.getByRole('button', { name: 'Add note' }).click();
  await saved.getByRole('textbox', { name: 'Note' }).fill('ask about zebrafish');
  await saved.getByRole('button', { name: 'Save note' }).click();
  await expect(saved.locator('.note-text')).toHaveText('ask about zebrafish');

  // The Markdown note, downloaded and copied, places it where the views do.
  const download = popup.waitForEvent('download');
  await popup.getByRole('button', { name: 'Export Markdown', exact: true }).click();
  const markdown = readFileSync((await (await download).path())!, 'utf8');
  expect(markdown).toContain(`[≈ 23:40](https://www.youtube.com/watch?v=${TALK_ID}&t=${CAPTION_MOMENTS.untimed}s)`);
  await popup.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(popup.getByRole('status')).toHaveText('Copied the talk and your saves as Markdown.');
  await page.bringToFront();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(markdown);
  await popup.bringToFront();

  // Search finds the save by its note, and the talk's quote by its words: both at 23:40.
  await popup.getByRole('searchbox').fill('zebrafish');
  await expect(popup.locator('.result-saved')).toContainText('≈ 23:40 · from captions');
  await popup.getByRole('searchbox').fill('biggest challenge');
  await expect(popup.locator('.result-quote', { hasText: SECOND_QUOTE })).toContainText('≈ 23:40 · from captions');
});
