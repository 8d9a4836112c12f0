// A view left open while the extension is updated asks for files the update replaced (its later views, search, the
// exports): it says so where the user looks, and throws nothing. Here those files' fetches fail.
import type { Page } from '@playwright/test';
import { TALK_ID } from '../harness/videos';
import { expect, openPopupIn, test } from './fixtures';

const notLoaded = (view: Page) => view.getByRole('alert').filter({ hasText: /could not (load|be made)/ });

test.describe('parts that load after the first paint', () => {
  let uncaught: string[];
  let openWithout: (chunks: string[]) => Promise<Page>;
  test.beforeEach(({ helpers, browserWithExtension }) => {
    uncaught = [];
    openWithout = async (chunks) => {
      const { tabId } = await helpers.openWatchPage(TALK_ID);
      for (const chunk of chunks)
        await browserWithExtension.context.route(`**/chunks/${chunk}-*.js`, (route) => route.abort());
      const view = await openPopupIn(browserWithExtension, tabId);
      view.on('pageerror', (error) => uncaught.push(error.message));
      await expect(view.getByRole('heading', { level: 1 })).toBeVisible(); // the first screen needs none of them
      return view;
    };
  });
  test.afterEach(() => expect(uncaught, 'uncaught errors in the view').toEqual([]));

  test('the other tabs say they could not load instead of loading forever', async () => {
    const view = await openWithout(['later-views']);
    for (const tab of ['Quotes', 'Saved', 'About']) {
      await view.getByRole('tab', { name: new RegExp(tab) }).click();
      await expect(notLoaded(view)).toContainText('This part of Talk Companion could not load');
    }
    await view.getByRole('tab', { name: 'Now' }).click();
    await expect(view.getByRole('list', { name: 'Chapters' })).toBeVisible();
  });

  test('search says it could not load', async () => {
    const view = await openWithout(['search']);
    await view.getByRole('tab', { name: 'Quotes' }).click(); // the later views themselves load
    await expect(view.locator('#view-panel blockquote').first()).toBeVisible();
    await view.getByRole('searchbox').fill('verification');
    await expect(notLoaded(view)).toContainText('This part of Talk Companion could not load');
  });

  test('a transcript download says it could not be made', async () => {
    const view = await openWithout(['export-import']);
    await view.getByRole('tab', { name: 'Transcript' }).click();
    await expect(view.getByRole('list', { name: 'Caption lines' }).locator('.line-text').first()).toBeVisible();
    await view
      .getByRole('group', { name: 'Download the transcript' })
      .getByRole('button', { name: 'SRT', exact: true })
      .click();
    await expect(notLoaded(view)).toContainText('The download could not be made');
  });

  test('an import says the exports could not load', async () => {
    const view = await openWithout(['export-import']);
    await view.getByRole('tab', { name: /Saved/ }).click();
    const file = {
      name: 'saves.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"talk-companion-favourites","version":3,"favourites":[]}'),
    };
    await view.getByLabel('Import JSON…').setInputFiles(file);
    await expect(notLoaded(view)).toContainText('The exports could not load');
  });
});
