import type { Page } from '@playwright/test';
import { expect, launchOnReplica, openPopupIn, openTalkAt, test } from './fixtures';

const FIRST_QUOTE = 'I think that in theoretical';
const SECOND_QUOTE = 'I do think that actually the biggest challenge';
const quote = (popup: Page, text: string) => popup.locator('article.quote', { hasText: text });

test('"Copy" puts the quote, speaker, talk and a link to the moment on the clipboard', async ({ helpers, browserWithExtension: { context } }) => {
  // Chromium grants no clipboard permission to an extension origin: read the shared clipboard from a web page.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.youtube.com' });
  const { page: reader } = await helpers.openWatchPage('OtherVideo1');
  const readClipboard = async () => {
    await reader.bringToFront();
    const text = await reader.evaluate(() => navigator.clipboard.readText());
    await popup.bringToFront();
    return text;
  };
  const popup = await helpers.openPopup();
  await popup.getByRole('tab', { name: 'Quotes' }).click();

  await quote(popup, FIRST_QUOTE).getByRole('button', { name: 'Copy citation' }).click();
  await expect(quote(popup, FIRST_QUOTE).getByRole('button', { name: 'Copy citation' })).toHaveText('Copied');
  const clipboard = await readClipboard();
  expect(clipboard).toMatch(/^“I think that in theoretical .* drop the packets, right\?”\n/);
  expect(clipboard).toContain('\n— Ion Stoica, “Distributed systems to AI platforms with Mark Russinovich & Ion Stoica” (Microsoft Build 2026, BRK227) at 41:21\n');
  expect(clipboard.endsWith('\nhttps://www.youtube.com/watch?v=QwC-J2KFTrM&t=2481s')).toBe(true);

  await quote(popup, SECOND_QUOTE).getByRole('button', { name: 'Copy citation' }).click();
  await expect(quote(popup, SECOND_QUOTE).getByRole('button', { name: 'Copy citation' })).toHaveText('Copied');
  const second = await readClipboard();
  expect(second).toMatch(/^“I do think that actually/);
  expect(second.endsWith('(Microsoft Build 2026, BRK227)\nhttps://www.youtube.com/watch?v=QwC-J2KFTrM')).toBe(true);
});

test('pinning the untimed quote to a moment syncs it there, marked as the user\'s, across a restart', async ({ profileDir }) => {
  let browser = await launchOnReplica(profileDir);
  try {
    const talk = await openTalkAt(browser, 600);
    await talk.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.pause());
    let popup = await openPopupIn(browser);
    await expect(popup.getByTestId('playback')).toContainText('10:00');
    await popup.getByRole('tab', { name: 'Quotes' }).click();
    await expect(quote(popup, SECOND_QUOTE)).toContainText('time unknown');
    await quote(popup, SECOND_QUOTE).getByRole('button', { name: 'Pin this quote to 10:00' }).click();
    await expect(quote(popup, SECOND_QUOTE)).toContainText('10:00 · your timing');

    await popup.getByRole('tab', { name: 'Now' }).click();
    await expect(popup.locator('[data-near="now"]')).toContainText(SECOND_QUOTE);
    await browser.context.close();

    browser = await launchOnReplica(profileDir);
    await openTalkAt(browser, 605);
    popup = await openPopupIn(browser);
    await expect(popup.locator('[data-near="now"]')).toContainText(SECOND_QUOTE);
    await expect(popup.locator('[data-near="now"]')).toContainText('your timing');

    await popup.locator('[data-near="now"]').getByRole('button', { name: 'Unpin' }).click();
    await expect(popup.locator('[data-near="now"]')).toHaveCount(0);
    await popup.getByRole('tab', { name: 'Quotes' }).click();
    await expect(quote(popup, SECOND_QUOTE)).toContainText('time unknown');
  } finally {
    await browser.context.close();
  }
});
