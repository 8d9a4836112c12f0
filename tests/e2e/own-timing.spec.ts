// The user's own timing for the quote the corpus gives no time: pinned to a moment, synced there, kept, undone. The
// talk here has no captions, so nothing else places the quote (captions.spec.ts pins one the captions placed).
import type { Page } from '@playwright/test';
import { expect, launchOnReplica, openPopupIn, openTalkAt, test } from './fixtures';

const SECOND_QUOTE = 'I do think that actually the biggest challenge';
const quote = (popup: Page, text: string) => popup.locator('article.quote', { hasText: text });

test("pinning the untimed quote to a moment syncs it there, marked as the user's, across a restart", async ({
  profileDir,
}) => {
  let browser = await launchOnReplica(profileDir);
  try {
    const talk = await openTalkAt(browser, 600, '&captions=none');
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
    await openTalkAt(browser, 605, '&captions=none');
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
