// `npm run demo`: Chromium with the built extension on the embedded replica of the talk's page, no network needed.
// With a display it opens a window to use; without one it plays the talk headless and saves popup screenshots.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { launchWithExtension } from './chromium';
import { serveReplica } from './replica';
import { TALK_ID } from './videos';

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const SHOTS = resolve('demo-screenshots');

async function main(): Promise<void> {
  const { context, extensionId } = await launchWithExtension('', { headless: !hasDisplay });
  await serveReplica(context);
  const talk = await context.newPage();
  await talk.goto(`https://www.youtube.com/watch?v=${TALK_ID}`);
  const popupUrl = `chrome-extension://${extensionId}/popup.html`;

  if (hasDisplay) {
    const popup = await context.newPage();
    await popup.goto(popupUrl);
    await talk.bringToFront();
    console.log(
      `Talk Companion demo: the replica talk page is open; the popup is the toolbar icon or the tab ${popupUrl}.`,
    );
    console.log('The talk window: the button beside the player’s settings, or Alt+Shift+W on the talk page.');
    console.log('Close the browser window to end the demo.');
    await new Promise((done) => context.on('close', done));
    return;
  }

  mkdirSync(SHOTS, { recursive: true });
  // Watch the talk where Ion Stoica's quote is being said, as a viewer would.
  await talk.evaluate(() => window.replica.seek(41 * 60 + 25));
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  const shoot = async (name: string, page: Page = popup) => {
    await page.screenshot({ path: `${SHOTS}/${name}.png` });
    console.log(`  saved ${SHOTS}/${name}.png`);
  };
  await popup.goto(popupUrl);
  await popup.locator('[data-near="now"]').waitFor();
  // What a person sees on opening the popup, before any click scrolls it.
  for (const scheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme: scheme });
    await shoot(`now-${scheme}`);
  }
  await popup.emulateMedia({ colorScheme: 'light' });
  await popup.locator('[data-near="now"] button.star').click();
  await popup.getByRole('tab', { name: 'Quotes' }).click();
  await shoot('quotes');
  // The replica serves the talk's captions as YouTube does: the Transcript follows the line being said.
  await popup.getByRole('tab', { name: 'Transcript' }).click();
  await popup.locator('.line-text[aria-current="true"]').waitFor();
  await shoot('transcript');
  // The second line: YouTube's translation (the replica's own, marked) under the talk's words, in two languages.
  for (const [language, label] of [
    ['de', 'German'],
    ['es', 'Spanish'],
  ] as const) {
    await popup.getByRole('combobox', { name: 'Second line' }).selectOption({ label });
    await popup
      .locator('.line.current .second')
      .filter({ hasText: `[${language}]` })
      .waitFor();
    await shoot(`transcript-second-line-${language}`);
  }
  await popup.getByRole('combobox', { name: 'Second line' }).selectOption('');
  await popup.getByRole('tab', { name: /^Saved/ }).click();
  await shoot('saved');
  await popup.getByRole('tab', { name: 'About' }).click();
  await shoot('about');
  await popup.getByRole('searchbox').fill('Russinovich');
  await popup.locator('mark').first().waitFor();
  await shoot('search-speaker');
  await popup.getByRole('searchbox').fill('confidentail');
  await popup.locator('mark').first().waitFor();
  await shoot('search');
  await shoot('talk-page', talk);

  // The talk window, at about the size it opens (a Document Picture-in-Picture window is a page of the context), with
  // the quote starred above and its slide.
  await talk.bringToFront();
  await talk.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.pause());
  const opened = context.waitForEvent('page');
  await talk.locator('.talk-companion-window').click();
  const pip = await opened;
  await pip.setViewportSize({ width: 380, height: 560 });
  await pip.locator('.said blockquote').waitFor();
  await pip.locator('img.slide').waitFor();
  await shoot('talk-window', pip);
  await context.close();
  console.log(`Demo done (headless: no display found). Screenshots are in ${SHOTS}/`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
