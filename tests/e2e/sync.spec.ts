// The saves follow the user through the browser's own sync: two browser profiles stand for two machines, and one's
// storage.sync is copied into the other's, which is what the browser's sync does.
import type { Page } from '@playwright/test';
import { readSyncItems } from '../../lib/saves/sync/items';
import {
  launchOnReplica,
  openPopupIn,
  expect,
  stopWorker,
  test,
  workerRestarted,
  type ExtensionBrowser,
} from './fixtures';

const FIRST_QUOTE = 'I think that in theoretical';
const SECOND_QUOTE = 'I do think that actually the biggest challenge';
const NOTE = 'Ask Ion whether Lean specs scale';

const openView = (popup: Page, name: 'Quotes' | 'Saved') =>
  popup.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
const savedItems = (popup: Page) => popup.getByRole('list', { name: 'Saved quotes' }).getByRole('listitem');
const syncStatus = (popup: Page) => popup.locator('.sync-status');

/** What the profile's storage.sync holds, as its service worker reads it. */
const syncOf = ({ worker }: ExtensionBrowser) => worker.evaluate(() => chrome.storage.sync.get(null));
const syncText = async (browser: ExtensionBrowser) => JSON.stringify(await syncOf(browser));
const records = async (browser: ExtensionBrowser) => readSyncItems(await syncOf(browser), Date.now()).records;
/** What sync carries, one line a record: a save by its opening words, a removal by its key. */
const carried = async (browser: ExtensionBrowser) =>
  [...(await records(browser)).values()]
    .map((record) =>
      'save' in record ? `saved ${record.save.text.slice(0, SECOND_QUOTE.length)}` : `removed ${record.key}`,
    )
    .sort();

/** The browser's sync at work: `to` ends up holding exactly what `from` holds, and hears of each change. */
async function carrySync(from: ExtensionBrowser, to: ExtensionBrowser): Promise<void> {
  const items = await syncOf(from);
  await to.worker.evaluate(async (arriving) => {
    const gone = Object.keys(await chrome.storage.sync.get(null)).filter((key) => !(key in arriving));
    if (gone.length > 0) await chrome.storage.sync.remove(gone);
    await chrome.storage.sync.set(arriving);
  }, items);
}

test('a save and its note made in one browser arrive in the other, and a removal there comes back', async () => {
  const [laptop, desktop] = [await launchOnReplica(''), await launchOnReplica('')];
  try {
    const here = await openPopupIn(laptop);
    await openView(here, 'Quotes');
    await here.locator('article.quote', { hasText: FIRST_QUOTE }).locator('button.star').click();
    await openView(here, 'Saved');
    await savedItems(here).first().getByRole('button', { name: 'Add note' }).click();
    await savedItems(here).first().getByRole('textbox', { name: 'Note' }).fill(NOTE);
    await savedItems(here).first().getByRole('button', { name: 'Save note' }).click();
    await expect(syncStatus(here)).toHaveText(/^Sync is on: your saves, notes and timings follow you/);
    await expect.poll(() => syncText(laptop)).toContain(NOTE);
    const firstKey = [...(await records(laptop)).keys()][0];

    const there = await openPopupIn(desktop);
    await openView(there, 'Saved');
    await expect(there.getByText('No saved quotes yet.')).toBeVisible();
    await carrySync(laptop, desktop);
    // Shown at once in the view already open.
    await expect(savedItems(there)).toHaveCount(1);
    await expect(savedItems(there).first()).toContainText(FIRST_QUOTE);
    await expect(savedItems(there).first().locator('.note-text')).toHaveText(NOTE);

    await savedItems(there)
      .first()
      .getByRole('button', { name: /^Remove/ })
      .click();
    await expect(there.getByText('No saved quotes yet.')).toBeVisible();
    await expect.poll(() => syncText(desktop)).not.toContain(NOTE);
    await carrySync(desktop, laptop);
    await expect(here.getByText('No saved quotes yet.')).toBeVisible();
    // The laptop's own next write (a star made there) carries the removal on, rather than the save it had.
    await openView(here, 'Quotes');
    await here.locator('article.quote', { hasText: SECOND_QUOTE }).locator('button.star').click();
    await expect.poll(() => carried(laptop)).toEqual([`removed ${firstKey}`, `saved ${SECOND_QUOTE}`]);
  } finally {
    await Promise.all([laptop.context.close(), desktop.context.close()]);
  }
});

test('importing 700 saved lines fills sync: the view says so, sync stays within its quota, and all 700 stay here', async ({
  helpers,
  browserWithExtension,
}) => {
  const now = Date.now();
  const lines = Array.from({ length: 700 }, (_, n) => ({
    quoteId: `brk227-c2453dc8/captions/QwC-J2KFTrM@${n * 30}`,
    talkId: 'brk227-c2453dc8',
    savedAt: now - 700_000 + n * 1000,
    text: `line ${n + 1} of the talk as the automatic captions heard it`,
    speaker: '',
    talkTitle: 'Distributed systems to AI platforms with Mark Russinovich & Ion Stoica',
    videoId: 'QwC-J2KFTrM',
    start: n * 3,
    source: 'captions',
  }));
  const file = JSON.stringify({ format: 'talk-companion-favourites', version: 3, favourites: lines, timings: [] });
  const popup = await helpers.openPopup();
  await openView(popup, 'Saved');
  await popup
    .getByLabel('Import JSON…')
    .setInputFiles({ name: 'lines.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(popup.locator('.message')).toHaveText('Imported 700 quotes; 0 quotes were already saved.');
  await expect(syncStatus(popup)).toHaveText(
    /^Sync is full: it carries the newest \d+ of your 700 saves\. All 700 stay saved in this browser\.$/,
  );
  await expect(savedItems(popup)).toHaveCount(700);
  await expect(popup.getByRole('tab', { name: /^Saved/ })).toContainText('700');

  const { bytes, carried } = await browserWithExtension.worker.evaluate(async () => ({
    bytes: await chrome.storage.sync.getBytesInUse(null),
    // The saves (`f`): beside them the first item holds the held-back mark (`h`, `k`, `v`), which is no save.
    carried: Object.values(await chrome.storage.sync.get(null))
      .flat()
      .filter((record) => 'f' in (record as object)).length,
  }));
  expect(bytes).toBeLessThanOrEqual(102_400);
  expect(bytes).toBeGreaterThan(90_000);
  const shown = Number((await syncStatus(popup).textContent())!.match(/newest (\d+)/)![1]);
  expect(carried).toBe(shown);
});

test('a star made while the background is stopped still reaches sync: the view wakes it', async ({
  helpers,
  browserWithExtension,
}) => {
  const popup = await helpers.openPopup();
  await openView(popup, 'Quotes');
  await expect(popup.locator('article.quote button.star').first()).toBeVisible();
  await stopWorker(browserWithExtension, popup);
  await popup.locator('article.quote', { hasText: FIRST_QUOTE }).locator('button.star').click();
  await expect.poll(() => syncText(browserWithExtension)).toContain(FIRST_QUOTE);
  expect(await workerRestarted(browserWithExtension)).toBe(true);
});

test('the switch turns sync off and on, in every view', async ({ helpers }) => {
  const [first, second] = [await helpers.openPopup(), await helpers.openPopup()];
  await Promise.all([openView(first, 'Saved'), openView(second, 'Saved')]);
  const toggle = (popup: Page) => popup.getByRole('switch', { name: 'Sync my saves with my other browsers' });
  await expect(toggle(first)).toBeChecked();
  await expect(syncStatus(first)).toHaveText(/^Sync is on/);
  await toggle(first).click();
  await expect(toggle(second)).not.toBeChecked();
  await expect(syncStatus(second)).toHaveText('Sync is off: your saves stay in this browser only.');
  await toggle(second).click();
  await expect(toggle(first)).toBeChecked();
  await expect(syncStatus(first)).toHaveText(/^Sync is on/);
});
