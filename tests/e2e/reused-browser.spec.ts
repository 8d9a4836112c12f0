// The harness's reset between tests: the browser a test gets back must be what a fresh install leaves, or a test could
// pass on what the one before left behind.
import { SCREENS_KEY, TRANSCRIPT_SCREENS_KEY } from '../../lib/kept-screens';
import { reusedBrowser } from '../harness/chromium';
import { serveReplica } from '../harness/replica';
import { TALK_ID } from '../harness/videos';
import { expect, openPopupIn, pressSaveKey, seekPage, test } from './fixtures';

const everyArea = () =>
  Promise.all([chrome.storage.sync.get(null), chrome.storage.session.get(null), chrome.storage.local.get(null)]);

test('a reused browser comes back as a fresh install: no saves, storage, tabs, routes or worker memory of the test before', async () => {
  const browsers = reusedBrowser();
  try {
    const used = await browsers.next();
    await serveReplica(used.context);
    // What a test leaves: a save (database and sync), storage of every kind, memory in the worker, tabs and a route.
    const page = await used.context.newPage();
    await page.goto(`https://www.youtube.com/watch?v=${TALK_ID}`);
    await seekPage(page, 41 * 60 + 25);
    await expect(page.locator('talk-companion-card .text')).toContainText('I think that in theoretical');
    const tabId = await used.worker.evaluate(async () => (await chrome.tabs.query({ active: true }))[0]!.id!);
    await pressSaveKey(used.worker, tabId);
    await expect(page.locator('talk-companion-card').getByRole('status')).toHaveText(/^Saved/);
    await expect
      .poll(() => used.worker.evaluate(() => chrome.storage.sync.get(null).then(Object.keys)))
      .not.toEqual([]);
    await used.worker.evaluate(async () => {
      await chrome.storage.local.set({ leftBehind: 1 });
      await chrome.storage.session.set({ leftBehind: 1 });
      Object.assign(globalThis, { leftBehind: true });
    });
    await used.context.route('https://example.com/**', (route) => route.fulfill({ body: 'left behind' }));
    await used.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.youtube.com' });
    await page.evaluate(() => navigator.clipboard.writeText('left behind'));

    const fresh = await browsers.next();
    expect(fresh.worker).toBe(used.worker);
    expect(fresh.context.pages()).toHaveLength(1);
    expect(await fresh.worker.evaluate(() => 'leftBehind' in globalThis)).toBe(false);
    const [sync, session, local] = await fresh.worker.evaluate(everyArea);
    expect(sync).toEqual({});
    // Only what a fresh worker keeps as it starts: the first screens, read from the emptied database, nothing saved.
    expect(Object.keys(session).filter((key) => key !== SCREENS_KEY && key !== TRANSCRIPT_SCREENS_KEY)).toEqual([]);
    expect(JSON.stringify(session)).not.toContain('"saved":[{');
    expect(local).not.toHaveProperty('leftBehind');

    // And it works as a fresh install does: the talk is recognised, and the popup has nothing saved.
    await serveReplica(fresh.context);
    const again = await fresh.context.newPage();
    await again.goto(`https://www.youtube.com/watch?v=${TALK_ID}`);
    await seekPage(again, 41 * 60 + 25);
    await expect(again.locator('talk-companion-card .text')).toContainText('I think that in theoretical');
    await fresh.context.grantPermissions(['clipboard-read'], { origin: 'https://www.youtube.com' });
    expect(await again.evaluate(() => navigator.clipboard.readText())).toBe('');
    const popup = await openPopupIn(fresh);
    await popup.getByRole('tab', { name: /^Saved/ }).click();
    await expect(popup.getByText('No saved quotes yet.')).toBeVisible();
  } finally {
    await browsers.close();
  }
});
