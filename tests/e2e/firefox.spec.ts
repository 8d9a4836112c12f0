// Firefox smoke: the Firefox build, installed in Debian's firefox-esr, works on the talk's page under YouTube's script
// policy, on the desktop and the mobile site: the talk module loaded, the quote card, the captions read by the
// main-world script and used to place the untimed quote, the marks on the desktop seek bar, and leaving the talk
// in-page, a star mirrored into storage.sync (Firefox Sync), and the slide key keeping a slide. (BiDi refuses to open
// moz-extension:// pages, so the views are not driven here; what Firefox keeps in storage.sync is read from the profile.)
import { expect, test } from '@playwright/test';
import type { Browser, KeyInput, Page } from 'puppeteer-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSyncItems } from '../../lib/saves/sync/items';
import { firefoxSyncStorage, launchFirefoxWithExtension, replicaTab } from '../harness/firefox';
import { CAPTION_MOMENTS } from '../harness/replica';
import { TALK_ID } from '../harness/videos';

/** Alt+Shift and a key on the page, held and let go as a user does (BiDi's keyboard has no chord in one call). */
async function pressAltShift(page: Page, key: KeyInput): Promise<void> {
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press(key);
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
}

/**
 * Opens `url` in a fresh Firefox with the extension, runs `check` on the page, and then checks that nothing the page
 * ran (the extension's scripts included) threw.
 */
async function onFirefoxPage(
  url: string,
  check: (page: Page, browser: Browser) => Promise<void>,
  lang = '',
): Promise<void> {
  test.setTimeout(120_000);
  const browser = await launchFirefoxWithExtension(undefined, lang);
  try {
    const page = await replicaTab(browser);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(url);
    await check(page, browser);
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
}

/**
 * Opens `url` in Firefox with the extension, and checks the card shows the published quote at its time and the
 * untimed one where the captions place it; then hands the page on for more.
 */
async function cardFollowsTheTalk(url: string, more: (page: Page, profileDir: string) => Promise<void>): Promise<void> {
  test.setTimeout(120_000);
  const profileDir = mkdtempSync(join(tmpdir(), 'talk-companion-firefox-'));
  const browser = await launchFirefoxWithExtension(profileDir);
  try {
    const page = await replicaTab(browser);
    await page.goto(url);
    const cardText = () =>
      page.evaluate(
        () => document.querySelector('talk-companion-card')?.shadowRoot?.querySelector('.text')?.textContent ?? '',
      );
    const seek = (seconds: number) => page.evaluate((s) => window.replica.seek(s), seconds);
    await seek(41 * 60 + 25);
    await expect.poll(cardText, { timeout: 20_000 }).toContain('I think that in theoretical');
    // Only the captions place this quote: the card shows it there once they are read and kept.
    await seek(CAPTION_MOMENTS.untimed + 5);
    await expect.poll(cardText, { timeout: 20_000 }).toContain('I do think that actually the biggest challenge');
    await more(page, profileDir);
  } finally {
    await browser.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
}

test('in Firefox, the card shows the quote being said, the captions (their token 4 s late) place the untimed quote, both are marked on the seek bar, and a star outlives the page ended at once and reaches Firefox Sync', () =>
  cardFollowsTheTalk(`https://www.youtube.com/watch?v=${TALK_ID}&token=4000`, async (page, profileDir) => {
    const marks = () =>
      page.evaluate(() =>
        [
          ...(document
            .querySelector('.ytp-progress-bar > talk-companion-marks')
            ?.shadowRoot?.querySelectorAll<HTMLElement>('.mark') ?? []),
        ].map((mark) => mark.dataset.start),
      );
    await expect.poll(marks, { timeout: 20_000 }).toEqual([String(CAPTION_MOMENTS.untimed), '2481']);
    // Starred on the card, the save is mirrored into storage.sync, which is Firefox Sync.
    const star = () =>
      page.evaluate(() =>
        document
          .querySelector('talk-companion-card')
          ?.shadowRoot?.querySelector('button.star')
          ?.getAttribute('aria-pressed'),
      );
    await page.evaluate(() => window.replica.seek(41 * 60 + 25));
    await expect.poll(star).toBe('false');
    // The page ended the instant after the star (the background is the one writer): the save is kept all the same.
    await page.evaluate(() =>
      document
        .querySelector('talk-companion-card')!
        .shadowRoot!.querySelector<HTMLButtonElement>('button.star')!
        .click(),
    );
    await page.reload();
    await page.evaluate(() => window.replica.seek(41 * 60 + 25));
    await expect.poll(star, { timeout: 20_000 }).toBe('true');
    const carried = () =>
      [...readSyncItems(firefoxSyncStorage(profileDir), Date.now()).records.values()].map((record) =>
        'save' in record ? record.save.text.slice(0, 27) : record.key,
      );
    await expect.poll(carried, { timeout: 10_000 }).toEqual(['I think that in theoretical']);

    // The slide key: Firefox's build draws the frame on the page (lib/youtube/frame.ts), and the card says it kept it.
    await page.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.pause());
    await pressAltShift(page, 'KeyF');
    const said = () =>
      page.evaluate(
        () =>
          document.querySelector('talk-companion-card')?.shadowRoot?.querySelector('[role="status"]')?.textContent ??
          '',
      );
    await expect.poll(said, { timeout: 10_000 }).toMatch(/^Kept the slide with “/);
  }));

test('in Firefox, on the mobile site (as Firefox for Android shows it), the card follows the talk and leaves with it in-page', () =>
  cardFollowsTheTalk(`https://m.youtube.com/watch?v=${TALK_ID}`, async (page) => {
    // Leaving the talk in-page, the mobile way (state-navigateend), takes the card away.
    await page.evaluate(() => window.replica.navigate('OtherVideo1'));
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('talk-companion-card').length)).toBe(0);
  }));

test('in Firefox, on a redesigned page (title and channel elements renamed, no navigation event), an upload under an unknown id is recognised from its microdata and left in-page', () =>
  onFirefoxPage('https://www.youtube.com/watch?v=R3upl0adX1z&drift=titleAndChannel,navigation', async (page) => {
    const cards = () => page.evaluate(() => document.querySelectorAll('talk-companion-card').length);
    await page.evaluate(() => window.replica.seek(41 * 60 + 25));
    await expect.poll(cards, { timeout: 20_000 }).toBe(1);
    // Firefox before 147 has no Navigation API: there the talk page notices the new URL as the video plays on.
    await page.evaluate(() => window.replica.navigate('OtherVideo1'));
    await expect.poll(cards, { timeout: 10_000 }).toBe(0);
  }));

test("in Firefox, with YouTube's player renamed, the keys still move the talk from mark to mark, no card is put in, and nothing throws", () =>
  onFirefoxPage(`https://www.youtube.com/watch?v=${TALK_ID}&drift=player`, async (page) => {
    const time = () => page.evaluate(() => document.querySelector<HTMLVideoElement>('#player video')!.currentTime);
    await page.evaluate(() => document.querySelector<HTMLVideoElement>('#player video')!.pause());
    await page.evaluate(() => window.replica.seek(41 * 60));
    // The talk module is there once the key moves the video to the next mark, the published quote at 41:21.
    await expect
      .poll(
        async () => {
          await pressAltShift(page, 'ArrowRight');
          return time();
        },
        { timeout: 20_000 },
      )
      .toBe(2481);
    expect(await page.evaluate(() => document.querySelectorAll('talk-companion-card').length)).toBe(0);
  }));

test('in Firefox, the talk window opens where the browser has Document Picture-in-Picture (151 and later), follows the talk and saves from its star; elsewhere (ESR 140) there is no button, Alt+Shift+W says why, and nothing throws', () =>
  onFirefoxPage(`https://www.youtube.com/watch?v=${TALK_ID}`, async (page, browser) => {
    await page.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.pause());
    await page.evaluate(() => window.replica.seek(41 * 60 + 25));
    const buttons = () => page.evaluate(() => document.querySelectorAll('.talk-companion-window').length);
    if (await page.evaluate(() => 'documentPictureInPicture' in window)) {
      await expect.poll(buttons, { timeout: 20_000 }).toBe(1);
      await page.evaluate(() => document.querySelector<HTMLButtonElement>('.talk-companion-window')!.click());
      // The window is a page of the browser whose document the content script filled.
      const windowText = async () => {
        for (const open of await browser.pages()) {
          const text = await open.evaluate(() => document.body?.innerText ?? '').catch(() => '');
          if (text.includes('Talk Companion: the talk window')) return text;
        }
        return '';
      };
      await expect.poll(windowText, { timeout: 20_000 }).toContain('I think that in theoretical');
      expect(await windowText()).toContain('Chapter 10 of 10');
      // Its star saves the quote: the card on the page shows it starred.
      for (const open of await browser.pages())
        await open
          .evaluate(() => document.querySelector<HTMLButtonElement>('.said button.star[aria-pressed="false"]')?.click())
          .catch(() => undefined);
      const cardStar = () =>
        page.evaluate(
          () =>
            document
              .querySelector('talk-companion-card')
              ?.shadowRoot?.querySelector('button.star')
              ?.getAttribute('aria-pressed') ?? '',
        );
      await expect.poll(cardStar, { timeout: 10_000 }).toBe('true');
      await page.evaluate(() => window.replica.seek(10 * 60));
      // The window follows: another chapter (the quote just saved stays named above its note box).
      await expect.poll(windowText, { timeout: 10_000 }).toContain('Chapter 3 of 10');
    } else {
      const said = () =>
        page.evaluate(
          () =>
            document.querySelector('talk-companion-card')?.shadowRoot?.querySelector('[role="status"]')?.textContent ??
            '',
        );
      // The talk module is there once the key is answered.
      await expect
        .poll(
          async () => {
            await pressAltShift(page, 'KeyW');
            return said();
          },
          { timeout: 20_000 },
        )
        .toBe('This browser cannot open the talk window: it has no Document Picture-in-Picture.');
      expect(await buttons()).toBe(0);
    }
  }));

test("in a German Firefox, the card shows the quote with YouTube's German under it", () =>
  onFirefoxPage(
    `https://www.youtube.com/watch?v=${TALK_ID}`,
    async (page) => {
      const card = (part: string) =>
        page.evaluate(
          (selector) =>
            document.querySelector('talk-companion-card')?.shadowRoot?.querySelector(selector)?.textContent ?? '',
          part,
        );
      await page.evaluate(() => window.replica.seek(41 * 60 + 25));
      await expect.poll(() => card('.text'), { timeout: 20_000 }).toContain('I think that in theoretical');
      await expect.poll(() => card('.second'), { timeout: 20_000 }).toMatch(/^\[de\] /);
    },
    'de',
  ));
