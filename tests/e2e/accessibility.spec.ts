import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { TALK_ID } from '../harness/videos';
import { expect, seekPage, test } from './fixtures';

async function expectNoViolations(popup: Page, view: string) {
  const { violations } = await new AxeBuilder({ page: popup }).analyze();
  expect(
    violations.map((v) => `${view}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
  ).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every view passes axe in the ${colorScheme} theme`, async ({ helpers }) => {
    const { page, tabId } = await helpers.openWatchPage(TALK_ID);
    const popup = await helpers.openPopup(tabId);
    await popup.emulateMedia({ colorScheme });
    await seekPage(page, 41 * 60 + 30);
    await expect(popup.locator('[data-near="now"]')).toBeVisible();
    await page.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.pause());
    await expectNoViolations(popup, 'now');

    await popup.locator('[data-near="now"] button.star').click();
    await popup.getByRole('tab', { name: 'Quotes' }).click();
    await expect(popup.getByRole('list', { name: 'All quotes' })).toBeVisible();
    await expectNoViolations(popup, 'quotes');

    await popup.getByRole('tab', { name: /^Saved/ }).click();
    await popup
      .getByLabel('Import JSON…')
      .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('nope') });
    await expect(popup.getByRole('alert')).toBeVisible();
    await expectNoViolations(popup, 'saved');

    await popup.getByRole('tab', { name: 'About' }).click();
    await popup.locator('.about details summary').click();
    await expect(popup.getByRole('region', { name: 'About this talk' })).toContainText('Anyscale');
    await expectNoViolations(popup, 'about');

    await popup.getByRole('searchbox').fill('Russinovich');
    await expect(popup.locator('.fact-result mark').first()).toBeVisible();
    await expectNoViolations(popup, 'search, facts');
    await popup.getByRole('searchbox').fill('verifcation');
    await expect(popup.locator('mark').first()).toBeVisible();
    await expectNoViolations(popup, 'search');
    await popup.getByRole('searchbox').fill('xqzzv');
    await expectNoViolations(popup, 'search, nothing found');

    await page.close();
    const offTalk = await helpers.openPopup();
    await offTalk.emulateMedia({ colorScheme });
    await expect(offTalk.getByTestId('playback')).toContainText('Not watching this talk');
    await expectNoViolations(offTalk, 'not watching');
  });

  test(`on a page YouTube has changed, the line under the header and "On this page" pass axe in the ${colorScheme} theme, by keyboard`, async ({
    helpers,
  }) => {
    const { tabId } = await helpers.openWatchPage(TALK_ID, '&drift=player');
    const popup = await helpers.openPopup(tabId);
    await popup.emulateMedia({ colorScheme });
    const details = popup.getByRole('button', { name: 'What works on this page' });
    await expect(details).toBeVisible();
    await expectNoViolations(popup, 'features down');
    await details.focus();
    await popup.keyboard.press('Enter');
    await expect(popup.locator('#on-this-page')).toBeFocused();
    await expect(popup.getByRole('list', { name: 'Features on this page' })).toContainText('unavailable');
    await popup.keyboard.press('Tab');
    await expect(popup.getByRole('button', { name: 'Copy report' })).toBeFocused();
    await expectNoViolations(popup, 'on this page');
  });
}
