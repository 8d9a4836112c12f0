// Copying a quote as a citation: its words, who said them, the talk and a link to the moment.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const FIRST_QUOTE = 'I think that in theoretical';
const SECOND_QUOTE = 'I do think that actually the biggest challenge';
const quote = (popup: Page, text: string) => popup.locator('article.quote', { hasText: text });

test('"Copy" puts the quote, speaker, talk and a link to the moment on the clipboard', async ({
  helpers,
  browserWithExtension: { context },
}) => {
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
  expect(clipboard).toContain(
    '\n— Ion Stoica, “Distributed systems to AI platforms with Mark Russinovich & Ion Stoica” (Microsoft Build 2026, BRK227) at 41:21\n',
  );
  expect(clipboard.endsWith('\nhttps://www.youtube.com/watch?v=QwC-J2KFTrM&t=2481s')).toBe(true);

  await quote(popup, SECOND_QUOTE).getByRole('button', { name: 'Copy citation' }).click();
  await expect(quote(popup, SECOND_QUOTE).getByRole('button', { name: 'Copy citation' })).toHaveText('Copied');
  const second = await readClipboard();
  expect(second).toMatch(/^“I do think that actually/);
  expect(second.endsWith('(Microsoft Build 2026, BRK227)\nhttps://www.youtube.com/watch?v=QwC-J2KFTrM')).toBe(true);
});

test('"Copy as Markdown" in Saved puts the talk as a note on the clipboard, as "Export Markdown" downloads it', async ({
  helpers,
  browserWithExtension: { context },
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.youtube.com' });
  const { page: reader } = await helpers.openWatchPage('OtherVideo1');
  const popup = await helpers.openPopup();
  await popup.getByRole('tab', { name: 'Quotes' }).click();
  await quote(popup, FIRST_QUOTE).getByRole('button', { name: 'Save quote' }).click();
  await popup.getByRole('tab', { name: /^Saved/ }).click();
  await popup.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(popup.getByRole('status')).toHaveText('Copied the talk and your saves as Markdown.');
  await reader.bringToFront();
  const clipboard = await reader.evaluate(() => navigator.clipboard.readText());
  expect(clipboard).toMatch(
    /^---\ntitle: "Distributed systems to AI platforms with Mark Russinovich & Ion Stoica"\nevent: "Microsoft Build 2026"\n/,
  );
  expect(clipboard).toContain('— Ion Stoica, [41:21](https://www.youtube.com/watch?v=QwC-J2KFTrM&t=2481s)');
});
