// Nothing the user does is lost when things end abruptly, as they do all day: the popup's page dies the instant after
// a change (a reload tears it down as abruptly as a popup closing when the user clicks the page), or while its import
// is being committed; the background's worker is stopped between a message and its commit; the browser's process is
// killed. Every change goes to the background, the one writer, which commits it before it answers: what was answered
// is kept, and what was not is never shown as made. The risky moment is made sure of, not raced for: a test hook
// (`holdNextSavesWrite`) holds the background's write open, uncommitted, while the end is made.
import type { Page } from '@playwright/test';
import { readSyncItems } from '../../lib/saves/sync/items';
import { TALK_ID } from '../harness/videos';
import {
  expect,
  heldWrite,
  holdNextSavesWrite,
  killBrowser,
  launchOnReplica,
  openPopupIn,
  openTalkAt,
  releaseSavesWrite,
  seekPage,
  stopWorker,
  test,
  workerRestarted,
  type ExtensionBrowser,
} from './fixtures';

const FIRST_QUOTE = 'I think that in theoretical';
const SECOND_QUOTE = 'I do think that actually the biggest challenge';
/** Each kind of change is made and cut short this many times. */
const ROUNDS = 4;

const quote = (popup: Page, text: string) => popup.locator('article.quote', { hasText: text });
const star = (popup: Page, text: string) => quote(popup, text).locator('button.star');
const openView = (popup: Page, name: 'Quotes' | 'Saved') =>
  popup.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
const savedItem = (popup: Page, text: string) =>
  popup.getByRole('list', { name: 'Saved quotes' }).getByRole('listitem').filter({ hasText: text });
const pause = (talk: Page) =>
  talk.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.pause());
const cardStar = (talk: Page) => talk.locator('talk-companion-card button.star');

/** Ends the popup's page at once, as a click on the web page does, and opens it again on `view`. */
async function endAndReopen(popup: Page, view: 'Quotes' | 'Saved'): Promise<void> {
  await popup.reload();
  await openView(popup, view);
}

test('a star, an unstar and a pinned timing outlive the popup ended the instant after each', async ({ helpers }) => {
  const { page: talk, tabId } = await helpers.openWatchPage(TALK_ID, '&captions=none');
  await seekPage(talk, 600);
  await pause(talk);
  const popup = await helpers.openPopup(tabId);
  await openView(popup, 'Quotes');
  for (let round = 0; round < ROUNDS; round++) {
    await star(popup, FIRST_QUOTE).click();
    await endAndReopen(popup, 'Quotes');
    await expect(star(popup, FIRST_QUOTE), `star, round ${round + 1}`).toHaveAttribute('aria-pressed', 'true');

    await star(popup, FIRST_QUOTE).click();
    await endAndReopen(popup, 'Quotes');
    await expect(star(popup, FIRST_QUOTE), `unstar, round ${round + 1}`).toHaveAttribute('aria-pressed', 'false');

    await quote(popup, SECOND_QUOTE).getByRole('button', { name: 'Pin this quote to 10:00' }).click();
    await endAndReopen(popup, 'Quotes');
    await expect(quote(popup, SECOND_QUOTE), `pin, round ${round + 1}`).toContainText('10:00 · your timing');

    await quote(popup, SECOND_QUOTE).getByRole('button', { name: 'Unpin' }).click();
    await endAndReopen(popup, 'Quotes');
    await expect(quote(popup, SECOND_QUOTE), `unpin, round ${round + 1}`).toContainText('time unknown');
  }
});

test('a note saved, or only half typed, outlives the popup ended the instant after; reopened, the half-typed one says it is not saved yet', async ({
  helpers,
}) => {
  const popup = await helpers.openPopup();
  await openView(popup, 'Quotes');
  await star(popup, FIRST_QUOTE).click();
  await expect(star(popup, FIRST_QUOTE)).toHaveAttribute('aria-pressed', 'true');
  await openView(popup, 'Saved');
  const saved = savedItem(popup, FIRST_QUOTE);
  for (let round = 1; round <= ROUNDS; round++) {
    await saved.getByRole('button', { name: /^(Add|Edit) note$/ }).click();
    await saved.getByRole('textbox', { name: 'Note' }).fill(`Ask Ion about Lean, take ${round}`);
    await saved.getByRole('button', { name: 'Save note' }).click();
    await endAndReopen(popup, 'Saved');
    await expect(saved.locator('.note-text'), `saved note, round ${round}`).toHaveText(
      `Ask Ion about Lean, take ${round}`,
    );

    // Typed, not saved, and the popup gone mid-sentence.
    await saved.getByRole('button', { name: 'Edit note' }).click();
    const box = saved.getByRole('textbox', { name: 'Note' });
    await box.press('End');
    await box.pressSequentially(` and specs ${round}`);
    await endAndReopen(popup, 'Saved');
    await expect(saved.getByRole('textbox', { name: 'Note' }), `half-typed note, round ${round}`).toHaveValue(
      `Ask Ion about Lean, take ${round} and specs ${round}`,
    );
    await expect(saved.getByRole('status')).toContainText('Not saved yet');
    // The saved note is still the one saved: the draft is beside it, not over it.
    await saved.getByRole('textbox', { name: 'Note' }).press('Escape');
    await expect(saved.locator('.note-text')).toHaveText(`Ask Ion about Lean, take ${round}`);
    await endAndReopen(popup, 'Saved');
    // Drawn first (the view loads after the first paint), then the box is looked for.
    await expect(saved.locator('.note-text')).toHaveText(`Ask Ion about Lean, take ${round}`);
    await expect(saved.getByRole('textbox', { name: 'Note' }), 'Esc discards the draft').toHaveCount(0);
  }
});

test('an import is kept whole when the popup ends while it is being committed', async ({ browserWithExtension }) => {
  const popup = await openPopupIn(browserWithExtension);
  await openView(popup, 'Saved');
  await expect(popup.getByText('No saved quotes yet.')).toBeVisible();
  const lines = Array.from({ length: 40 }, (_, n) => ({
    quoteId: `brk227-c2453dc8/captions/QwC-J2KFTrM@${(100 + n) * 10}`,
    talkId: 'brk227-c2453dc8',
    savedAt: Date.UTC(2026, 10, 20),
    text: `imported line ${n}`,
    speaker: '',
    talkTitle: 'Distributed systems to AI platforms with Mark Russinovich & Ion Stoica',
    videoId: TALK_ID,
    start: 100 + n,
    source: 'captions',
  }));
  const file = JSON.stringify({ format: 'talk-companion-favourites', version: 3, favourites: lines, timings: [] });

  await holdNextSavesWrite(browserWithExtension);
  await popup
    .locator('input[type="file"]')
    .setInputFiles({ name: 'saves.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  // The background has the import and is committing it: the popup ends now.
  await expect.poll(() => heldWrite(browserWithExtension)).toBe('held');
  await popup.reload();
  expect(await heldWrite(browserWithExtension), 'the popup ended before the commit').toBe('held');
  await releaseSavesWrite(browserWithExtension);
  await expect.poll(() => heldWrite(browserWithExtension)).toBe('committed');

  await openView(popup, 'Saved');
  await expect(popup.getByRole('list', { name: 'Saved quotes' }).getByRole('listitem')).toHaveCount(lines.length);
});

test('a star whose commit the worker is stopped before is not shown as made, and nothing half made is kept', async ({
  browserWithExtension,
}) => {
  const popup = await openPopupIn(browserWithExtension);
  await openView(popup, 'Quotes');
  await holdNextSavesWrite(browserWithExtension);
  await star(popup, FIRST_QUOTE).click();
  await expect.poll(() => heldWrite(browserWithExtension)).toBe('held');
  // The message arrived and its change is not committed: the star is not shown as made before the answer.
  await expect(star(popup, FIRST_QUOTE)).toHaveAttribute('aria-pressed', 'false');
  await stopWorker(browserWithExtension, popup);

  // The popup says the change was not made, and the star stays off.
  await expect(popup.locator('.change-problem')).toBeVisible();
  await expect(star(popup, FIRST_QUOTE)).toHaveAttribute('aria-pressed', 'false');
  // A fresh view wakes a new worker, on a database without the star.
  const fresh = await openPopupIn(browserWithExtension);
  await openView(fresh, 'Saved');
  await expect(fresh.getByText('No saved quotes yet.')).toBeVisible();
  expect(await workerRestarted(browserWithExtension)).toBe(true);
  // And the next star is made and kept.
  await openView(fresh, 'Quotes');
  await star(fresh, FIRST_QUOTE).click();
  await expect(star(fresh, FIRST_QUOTE)).toHaveAttribute('aria-pressed', 'true');
  await openView(fresh, 'Saved');
  await expect(savedItem(fresh, FIRST_QUOTE)).toHaveCount(1);
});

test('stars from the popup and the card while the worker is stopped mid-burst: every one answered is kept, and the views recover', async ({
  browserWithExtension,
}) => {
  const talk = await openTalkAt(browserWithExtension, 41 * 60 + 25);
  await pause(talk);
  await expect(cardStar(talk)).toHaveAttribute('aria-pressed', 'false');
  const popup = await openPopupIn(browserWithExtension);
  await openView(popup, 'Quotes');
  await star(popup, SECOND_QUOTE).click();
  await expect(star(popup, SECOND_QUOTE)).toHaveAttribute('aria-pressed', 'true');
  await popup.getByRole('tab', { name: 'Transcript' }).click();
  // A line near the moment, held by its time and words: the first frame lays out only the lines around the line being
  // said, the rest come after, so "the fourth line" would become another (0:10) once they do. That is why this test
  // failed now and then (CI 2026-12-06, once in ~320 runs): the star made was on 40:47, the line checked was 0:10.
  const lines = popup.getByRole('list', { name: 'Caption lines' }).getByRole('listitem');
  const said = (await lines.nth(3).locator('.line-text').textContent())!;
  const line = lines.filter({ has: popup.locator('.line-text', { hasText: said }) });
  await expect(line).toHaveCount(1);
  await expect(line.locator('button.star')).toHaveAttribute('aria-pressed', 'false');

  // The burst: the card's star and the popup's, with the worker stopped among them.
  await Promise.all([
    cardStar(talk).click(),
    stopWorker(browserWithExtension, popup),
    line.locator('button.star').click(),
  ]);
  await expect.poll(() => workerRestarted(browserWithExtension)).toBe(true);

  // Each change either shows as made (the background answers once it has committed it), or its view says it was not.
  const cardSays = talk.locator('talk-companion-card [role="status"]');
  await expect
    .poll(
      async () =>
        (await cardStar(talk).getAttribute('aria-pressed')) === 'true' ||
        /Could not save/.test((await cardSays.textContent()) ?? ''),
    )
    .toBe(true);
  // Failing, it says what the view showed instead.
  const lineAnswered = async () =>
    (await line.locator('button.star').getAttribute('aria-pressed')) === 'true' ||
    (await popup.locator('.change-problem').count()) > 0 ||
    `neither: the line ${await line.textContent()}; starred lines ${await popup
      .locator('.lines li:has(button.star[aria-pressed="true"])')
      .allTextContents()}; ${await popup.locator('.lines li').count()} lines`;
  await expect.poll(lineAnswered).toBe(true);
  const cardKept = (await cardStar(talk).getAttribute('aria-pressed')) === 'true';
  const lineKept = (await line.locator('button.star').getAttribute('aria-pressed')) === 'true';
  const lineText = (await line.locator('.line-text').textContent())!.replace(/^\S+ /, '');

  // A fresh view, on the worker started again, holds every change that was answered: nothing more, nothing less.
  const fresh = await openPopupIn(browserWithExtension);
  await openView(fresh, 'Saved');
  const items = fresh.getByRole('list', { name: 'Saved quotes' }).getByRole('listitem');
  await expect(items).toHaveCount(1 + Number(cardKept) + Number(lineKept));
  await expect(savedItem(fresh, SECOND_QUOTE)).toHaveCount(1);
  // The line starred is said inside the quote the card starred (41:25), so its words are in that save too: each is
  // told apart by whether Saved shows it as a line of the captions.
  const fromCaptions = 'from captions';
  await expect(savedItem(fresh, FIRST_QUOTE).filter({ hasNotText: fromCaptions })).toHaveCount(Number(cardKept));
  await expect(savedItem(fresh, lineText).filter({ hasText: fromCaptions })).toHaveCount(Number(lineKept));
  // And the views go on: a change now is made, and shown in the other view too.
  await savedItem(fresh, SECOND_QUOTE).getByRole('button', { name: 'Remove from saved' }).click();
  await expect(savedItem(fresh, SECOND_QUOTE)).toHaveCount(0);
  await openView(popup, 'Quotes');
  await expect(star(popup, SECOND_QUOTE)).toHaveAttribute('aria-pressed', 'false');
});

test('the browser killed between a star and its answer keeps nothing half made; killed after the answer, the star is kept and sync carries it', async ({
  profileDir,
}) => {
  let browser: ExtensionBrowser = await launchOnReplica(profileDir);
  try {
    // Killed with the star's write held open: the star was never answered.
    let popup = await openPopupIn(browser);
    await openView(popup, 'Quotes');
    await holdNextSavesWrite(browser);
    await star(popup, SECOND_QUOTE).click();
    await expect.poll(() => heldWrite(browser)).toBe('held');
    await expect(star(popup, SECOND_QUOTE)).toHaveAttribute('aria-pressed', 'false');
    await killBrowser(browser, profileDir);

    browser = await launchOnReplica(profileDir);
    popup = await openPopupIn(browser);
    await openView(popup, 'Saved');
    await expect(popup.getByText('No saved quotes yet.')).toBeVisible();

    // Killed the instant the star is answered: it is kept.
    await openView(popup, 'Quotes');
    await star(popup, FIRST_QUOTE).click();
    await expect(star(popup, FIRST_QUOTE)).toHaveAttribute('aria-pressed', 'true');
    await killBrowser(browser, profileDir);

    browser = await launchOnReplica(profileDir);
    const again = await openPopupIn(browser);
    await openView(again, 'Saved');
    await expect(savedItem(again, FIRST_QUOTE)).toHaveCount(1);
    await expect(again.getByRole('list', { name: 'Saved quotes' }).getByRole('listitem')).toHaveCount(1);
    const carried = async () => {
      const items = await browser.worker.evaluate(() => chrome.storage.sync.get(null));
      return [...readSyncItems(items, Date.now()).records.values()].map((record) =>
        'save' in record ? record.save.text.slice(0, FIRST_QUOTE.length) : record.key,
      );
    };
    await expect.poll(carried).toEqual([FIRST_QUOTE]);
  } finally {
    await browser.context.close();
  }
});
