// The slides: every save keeps the frame the video showed at its moment, checked by its pixels (the replica's video
// shows a colour that changes every ten seconds); never a wrong frame; none during an ad; shown in Saved, large with
// the keyboard; carried out in a zip beside the talk's note; and kept in this browser only.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import { parse } from 'yaml';
import { readSyncItems } from '../../lib/saves/sync/items';
import { mediaAnswer } from '../harness/replica';
import {
  expect,
  launchOnReplica,
  openPopupIn,
  openTalkAt,
  rowsIn,
  seekPage,
  test,
  type ExtensionBrowser,
} from './fixtures';

const FIRST_QUOTE = 'I think that in theoretical';
const SECOND_QUOTE = 'I do think that actually the biggest challenge';
const quote = (popup: Page, text: string) => popup.locator('article.quote', { hasText: text });
const openView = (popup: Page, name: 'Now' | 'Quotes' | 'Saved') =>
  popup.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
const savedItem = (popup: Page, text: string) =>
  popup.getByRole('list', { name: 'Saved quotes' }).getByRole('listitem').filter({ hasText: text });
const thumb = (popup: Page, text: string) => savedItem(popup, text).locator('.slide-thumb img');
const pause = (talk: Page) =>
  talk.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.pause());

/** The talk's captions read: the quote they place is marked on the seek bar beside the timed one. */
const captionsRead = (talk: Page) => expect(talk.locator('talk-companion-marks .mark')).toHaveCount(2);

/** The replica video's colour at a second (tests/fixtures/talk.webm: it changes every ten seconds). */
const colourAt = (seconds: number) => {
  const k = Math.floor(seconds / 10);
  return [(k * 47 + 30) % 256, (k * 89 + 60) % 256, (k * 23 + 90) % 256];
};

/** The colour of an image (a data URL) at its centre, decoded by the browser's own decoder. */
const colourOf = (page: Page, image: string) =>
  page.evaluate(async (src) => {
    const bitmap = await createImageBitmap(await (await fetch(src)).blob());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    return [...context.getImageData(bitmap.width >> 1, bitmap.height >> 1, 1, 1).data.slice(0, 3)];
  }, image);

/** Whether a slide shows the video at that second: each channel within what the video's and the image's compression move. */
async function expectSlideAt(popup: Page, text: string, seconds: number): Promise<void> {
  await expect(thumb(popup, text)).toBeVisible();
  const colour = await colourOf(popup, (await thumb(popup, text).getAttribute('src'))!);
  colour.forEach((channel, index) =>
    expect(
      Math.abs(channel - colourAt(seconds)[index]!),
      `the slide's colour ${colour} is the video's at ${seconds} s, ${colourAt(seconds)}`,
    ).toBeLessThanOrEqual(12),
  );
}

test("a quote starred while its moment is on screen keeps that moment's frame, not another", async ({
  browserWithExtension,
}) => {
  const talk = await openTalkAt(browserWithExtension, 41 * 60 + 25);
  await pause(talk);
  const popup = await openPopupIn(browserWithExtension);
  await quote(popup, FIRST_QUOTE).locator('button.star').click();
  await openView(popup, 'Saved');
  await expectSlideAt(popup, FIRST_QUOTE, 41 * 60 + 25);
  expect(colourAt(41 * 60 + 25)).not.toEqual(colourAt(600));
  await expect(popup.locator('.slides-kept')).toContainText('Slides: 1 kept in this browser');
});

test('a quote un-starred and starred again while its moment is on screen gets its slide again', async ({
  browserWithExtension,
}) => {
  const talk = await openTalkAt(browserWithExtension, 41 * 60 + 25);
  await pause(talk);
  const popup = await openPopupIn(browserWithExtension);
  const star = quote(popup, FIRST_QUOTE).locator('button.star');
  await star.click();
  await openView(popup, 'Saved');
  await expect(thumb(popup, FIRST_QUOTE)).toBeVisible();
  await openView(popup, 'Quotes');
  await star.click();
  await expect(star).toHaveAttribute('aria-pressed', 'false');
  await star.click();
  await openView(popup, 'Saved');
  await expectSlideAt(popup, FIRST_QUOTE, 41 * 60 + 25);
});

test('a quote starred from the list elsewhere in the talk gets no wrong frame: its own is kept when the video shows its moment', async ({
  browserWithExtension,
}) => {
  const talk = await openTalkAt(browserWithExtension, 600);
  await pause(talk);
  const popup = await openPopupIn(browserWithExtension);
  await openView(popup, 'Quotes');
  await quote(popup, FIRST_QUOTE).locator('button.star').click();
  await openView(popup, 'Saved');
  await expect(savedItem(popup, FIRST_QUOTE).locator('.slide-none')).toHaveText(
    'No slide yet: one is kept when the video next shows 41:21.',
  );
  await seekPage(talk, 41 * 60 + 22);
  await expectSlideAt(popup, FIRST_QUOTE, 41 * 60 + 22);
});

test('the slide key keeps the frame now, with the line being said, and Saved shows it large from the keyboard', async ({
  browserWithExtension,
}) => {
  const talk = await openTalkAt(browserWithExtension, 600);
  await pause(talk);
  // At 10:00 no quote is said: the line being said is the captions'.
  await captionsRead(talk);
  await talk.keyboard.press('Alt+Shift+F');
  await expect(talk.locator('talk-companion-card [role="status"]')).toHaveText(/^Kept the slide with “/);
  const popup = await openPopupIn(browserWithExtension);
  await openView(popup, 'Saved');
  const line = popup.getByRole('list', { name: 'Saved quotes' }).getByRole('listitem').first();
  await expect(line).toContainText('from captions');
  const text = (await line.locator('blockquote').textContent())!;
  await expectSlideAt(popup, text, 600);

  // Large, by the keyboard: Enter on the thumbnail, Esc to put it away, the focus back where it was.
  await line.locator('.slide-thumb').focus();
  await popup.keyboard.press('Enter');
  const viewer = popup.getByRole('dialog', { name: /^Slide at 10:0\d$/ });
  await expect(viewer).toBeVisible();
  await expect(viewer.locator('img')).toHaveAttribute('src', /^data:image\/jpeg;base64,/);
  await popup.keyboard.press('Escape');
  await expect(viewer).toHaveCount(0);
  await expect(line.locator('.slide-thumb')).toBeFocused();
});

test('the slide key pressed before the captions are read says it waits for them, and keeps that moment’s slide once they are, pressed once', async ({
  browserWithExtension,
}) => {
  // The captions' answer held until the key has been pressed once.
  let answer!: () => void;
  const held = new Promise<void>((resolve) => (answer = resolve));
  await browserWithExtension.context.route('**/api/timedtext**', async (route) => {
    await held;
    await route.fallback();
  });
  const talk = await openTalkAt(browserWithExtension, 600);
  await pause(talk);
  await expect(talk.locator('talk-companion-marks .mark')).toHaveCount(1);
  const status = talk.locator('talk-companion-card [role="status"]');
  await talk.keyboard.press('Alt+Shift+F');
  await expect(status).toHaveText('Keeping the slide once the captions are read…');
  // Nothing kept while the captions are held.
  expect(await rowsIn(browserWithExtension, 'favourites')).toBe(0);
  // The video moves on meanwhile: the slide kept is still the frame of the moment the key was pressed.
  await seekPage(talk, 2482);
  answer();
  await expect(status).toHaveText(/^Kept the slide with “/);
  const popup = await openPopupIn(browserWithExtension);
  await openView(popup, 'Saved');
  const saved = popup.getByRole('list', { name: 'Saved quotes' }).getByRole('listitem');
  await expect(saved).toHaveCount(1);
  await expect(popup.locator('.slides-kept')).toContainText('Slides: 1 kept in this browser');
  await expect(saved.first()).toContainText('from captions');
  await expectSlideAt(popup, (await saved.first().locator('blockquote').textContent())!, 600);
});

/**
 * How far a slide (a data URL) is from the fixture video's frame at `seconds` as the browser itself draws it at the
 * slide's size: the mean difference of each channel, in each of twelve bands of rows; the largest band's.
 */
const bandDifference = (page: Page, image: string, video: string, seconds: number) =>
  page.evaluate(
    async ([src, base64, at]) => {
      const slide = await createImageBitmap(await (await fetch(src)).blob());
      const { width, height } = slide;
      const pixels = (draw: (context: OffscreenCanvasRenderingContext2D) => void) => {
        const context = new OffscreenCanvas(width, height).getContext('2d')!;
        draw(context);
        return context.getImageData(0, 0, width, height).data;
      };
      const element = document.createElement('video');
      element.muted = true;
      element.src = `data:video/webm;base64,${base64}`;
      await new Promise((resolve) => element.addEventListener('loadeddata', resolve, { once: true }));
      element.currentTime = at;
      await new Promise((resolve) => element.addEventListener('seeked', resolve, { once: true }));
      const kept = pixels((c) => c.drawImage(slide, 0, 0));
      // A video just made can say `seeked` before it has a frame to draw (1 run in 25 here, right after a build, drew
      // nothing): wait until it draws one, whole (the video is opaque).
      const frame = () => pixels((c) => c.drawImage(element, 0, 0, width, height));
      let drawn = frame();
      while (drawn.some((value, i) => i % 4 === 3 && value !== 255)) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        drawn = frame();
      }
      const bands = Array.from({ length: 12 }, (_, band) => {
        const [from, to] = [Math.floor((band * height) / 12), Math.floor(((band + 1) * height) / 12)];
        let sum = 0;
        for (let i = from * width * 4; i < to * width * 4; i++) if (i % 4 !== 3) sum += Math.abs(kept[i]! - drawn[i]!);
        return sum / ((to - from) * width * 3);
      });
      return { width, largest: Math.max(...bands) };
    },
    [image, video, seconds] as const,
  );

test("a 1080p frame is copied out of YouTube's page in strips and made a slide in the extension's own frame: the slide is the frame, as the browser draws it", async ({
  browserWithExtension,
}) => {
  // The talk's video is the test slides (tests/fixtures/slides.webm: five seconds, 1920 × 1080, a slide a second).
  const slides = readFileSync('tests/fixtures/slides.webm');
  await browserWithExtension.context.route('https://www.youtube.com/replica/talk.webm', (route) =>
    route.fulfill(mediaAnswer(slides, route.request().headers().range)),
  );
  const talk = await openTalkAt(browserWithExtension, 1.5);
  await pause(talk);
  const status = talk.locator('talk-companion-card [role="status"]');
  await talk.locator('talk-companion-card').waitFor({ state: 'attached' });
  // The test slides are too short for the marks: the captions read are the transcript kept.
  await expect.poll(() => rowsIn(browserWithExtension, 'transcripts')).toBe(1);
  await talk.keyboard.press('Alt+Shift+F');
  await expect(status).toHaveText(/^Kept the slide with “/);
  // The maker is the extension's page in a frame of the talk's page: count what it encodes from now on.
  const maker = talk.frames().find((frame) => frame.url().endsWith('/slide-maker.html'))!;
  expect(maker, "the slide maker's frame is in the talk's page").toBeTruthy();
  await maker.evaluate(() => {
    const encode = OffscreenCanvas.prototype.convertToBlob;
    Object.assign(globalThis, { encoded: 0 });
    OffscreenCanvas.prototype.convertToBlob = function (...options) {
      Object.assign(globalThis, { encoded: (globalThis as unknown as { encoded: number }).encoded + 1 });
      return encode.apply(this, options);
    };
  });
  await seekPage(talk, 3.5);
  await pause(talk);
  await talk.keyboard.press('Alt+Shift+F');
  await expect.poll(() => maker.evaluate(() => (globalThis as unknown as { encoded: number }).encoded)).toBe(1);

  const popup = await openPopupIn(browserWithExtension);
  await openView(popup, 'Saved');
  // Both moments are in one caption line: its slide is the later one.
  await expect(popup.locator('.slide-thumb img')).toHaveCount(1);
  const image = (await popup.locator('.slide-thumb img').getAttribute('src'))!;
  const video = slides.toString('base64');
  const here = await bandDifference(popup, image, video, 3.5);
  expect(here.width).toBe(1280);
  // JPEG's loss alone, in every band: a strip lost or put in the wrong place would stand out in its band.
  expect(here.largest).toBeLessThan(4);
  // The measure tells slides apart: the frame two seconds earlier is another slide.
  expect((await bandDifference(popup, image, video, 1.5)).largest).toBeGreaterThan(10);
});

test("a page that removes the slide maker's frame still gets its slides: the page draws them itself from the frame it held", async ({
  browserWithExtension,
}) => {
  const talk = await openTalkAt(browserWithExtension, 600);
  await pause(talk);
  await captionsRead(talk);
  // YouTube's own code, as it may one day: any frame put into the page is taken out at once.
  await talk.evaluate(() =>
    new MutationObserver((changes) =>
      changes.forEach((change) =>
        change.addedNodes.forEach((node) => node instanceof HTMLIFrameElement && node.remove()),
      ),
    ).observe(document.documentElement, { childList: true }),
  );
  await talk.keyboard.press('Alt+Shift+F');
  await expect(talk.locator('talk-companion-card [role="status"]')).toHaveText(/^Kept the slide with “/);
  expect(talk.frames().some((frame) => frame.url().endsWith('/slide-maker.html'))).toBe(false);
  const popup = await openPopupIn(browserWithExtension);
  await openView(popup, 'Saved');
  const line = popup.getByRole('list', { name: 'Saved quotes' }).getByRole('listitem').first();
  await expectSlideAt(popup, (await line.locator('blockquote').textContent())!, 600);
});

test("during an ad no frame is taken, and the save says why; the talk's own frame is kept when it shows the moment again", async ({
  browserWithExtension,
}) => {
  const talk = await openTalkAt(browserWithExtension, 41 * 60 + 25);
  // The talk's page has read the talk at 41:25 (its card shows the quote) before the ad takes the video.
  await expect(talk.locator('talk-companion-card .text')).toContainText(FIRST_QUOTE);
  await talk.evaluate(() => window.replica.startAd());
  const popup = await openPopupIn(browserWithExtension);
  await expect(popup.getByTestId('playback')).toContainText('Ad playing');
  await openView(popup, 'Quotes');
  await quote(popup, FIRST_QUOTE).locator('button.star').click();
  await openView(popup, 'Saved');
  await expect(savedItem(popup, FIRST_QUOTE).locator('.slide-none')).toHaveText(
    'No slide yet: an ad was playing at its moment. One is kept when the video next shows 41:21.',
  );
  await talk.evaluate(() => window.replica.endAd());
  await expectSlideAt(popup, FIRST_QUOTE, 41 * 60 + 25);
});

test('a video whose pixels the browser will not let be read gives no frame: the save is kept and says why', async ({
  browserWithExtension,
}) => {
  const talk = await openTalkAt(browserWithExtension, 41 * 60 + 25, '&media=other');
  await pause(talk);
  const popup = await openPopupIn(browserWithExtension);
  await quote(popup, FIRST_QUOTE).locator('button.star').click();
  await openView(popup, 'Saved');
  await expect(savedItem(popup, FIRST_QUOTE).locator('.slide-none')).toHaveText(
    'No slide: this page’s video cannot be read.',
  );
  await expect(savedItem(popup, FIRST_QUOTE).locator('.slide-thumb')).toHaveCount(0);
  await expect(popup.locator('.slides-kept')).toHaveCount(0);
});

test('"Export Markdown with slides" gives one zip: the note, linking every slide, and the slides beside it, each a real image', async ({
  browserWithExtension,
}) => {
  const talk = await openTalkAt(browserWithExtension, 41 * 60 + 25);
  await pause(talk);
  const popup = await openPopupIn(browserWithExtension);
  await quote(popup, FIRST_QUOTE).locator('button.star').click();
  await openView(popup, 'Quotes');
  await quote(popup, SECOND_QUOTE).locator('button.star').click();
  await seekPage(talk, 23 * 60 + 41);
  await openView(popup, 'Saved');
  await expect(popup.locator('.slide-thumb')).toHaveCount(2);

  const download = popup.waitForEvent('download');
  await popup.getByRole('button', { name: 'Export Markdown with slides' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(
    'BRK227 Distributed systems to AI platforms with Mark Russinovich Ion Stoica.zip',
  );
  const zip = await JSZip.loadAsync(readFileSync((await file.path())!));
  const folder = 'BRK227 Distributed systems to AI platforms with Mark Russinovich Ion Stoica';
  const note = await zip.file(`${folder}/${folder}.md`)!.async('string');
  expect(parse(/^---\n([\s\S]*?)\n---\n/.exec(note)![1]!)).toMatchObject({
    title: 'Distributed systems to AI platforms with Mark Russinovich & Ion Stoica',
  });
  const linked = [...note.matchAll(/!\[Slide at [^\]]+\]\(([^)]+)\)/g)].map((match) => match[1]!);
  expect(linked).toHaveLength(2);
  for (const path of linked) {
    const image = zip.file(`${folder}/${path}`);
    expect(image, `${path} is in the zip`).not.toBeNull();
    const size = await popup.evaluate(
      async (base64) => {
        const bitmap = await createImageBitmap(
          new Blob([Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))], { type: 'image/jpeg' }),
        );
        return [bitmap.width, bitmap.height];
      },
      await image!.async('base64'),
    );
    expect(size).toEqual([32, 18]);
  }
  // Each slide sits under its quote, after the line that says who said it and when.
  expect(note).toMatch(/— Ion Stoica, \[41:21\]\([^)]+\)\n\n!\[Slide at 41:21\]\(slides\/41-25-\d\d\.jpg\)/);
});

test('sync carries a save without its slide; the other browser says it has none there; removing a save removes its slide', async () => {
  const laptop = await launchOnReplica('');
  const desktop = await launchOnReplica('');
  try {
    const talk = await openTalkAt(laptop, 41 * 60 + 25);
    await pause(talk);
    const here = await openPopupIn(laptop);
    await quote(here, FIRST_QUOTE).locator('button.star').click();
    await openView(here, 'Saved');
    await expect(thumb(here, FIRST_QUOTE)).toBeVisible();
    const syncOf = (browser: ExtensionBrowser) => browser.worker.evaluate(() => chrome.storage.sync.get(null));
    await expect.poll(async () => [...readSyncItems(await syncOf(laptop), Date.now()).records.keys()]).toHaveLength(1);
    const items = await syncOf(laptop);
    expect(JSON.stringify(items)).not.toContain('data:image');

    await desktop.worker.evaluate((arriving) => chrome.storage.sync.set(arriving), items);
    const there = await openPopupIn(desktop);
    await openView(there, 'Saved');
    await expect(savedItem(there, FIRST_QUOTE).locator('.slide-none')).toHaveText(
      'No slide here: it stayed in the browser this was saved in. One is kept when the video shows 41:21 here.',
    );

    await savedItem(here, FIRST_QUOTE).getByRole('button', { name: 'Remove from saved' }).click();
    await expect(here.locator('.slides-kept')).toHaveCount(0);
    await expect.poll(() => rowsIn(laptop, 'frames')).toBe(0);
  } finally {
    await Promise.all([laptop.context.close(), desktop.context.close()]);
  }
});

test('the JSON export carries the slides when asked, saying their size, and an import brings them back', async ({
  browserWithExtension,
}, testInfo) => {
  const talk = await openTalkAt(browserWithExtension, 41 * 60 + 25);
  await pause(talk);
  const popup = await openPopupIn(browserWithExtension);
  await quote(popup, FIRST_QUOTE).locator('button.star').click();
  await openView(popup, 'Saved');
  await expect(thumb(popup, FIRST_QUOTE)).toBeVisible();
  const withSlides = popup.getByRole('checkbox', { name: /^with its slides \(\d+ KB\)$/ });
  await withSlides.check();
  const download = popup.waitForEvent('download');
  await popup.getByRole('button', { name: 'Export JSON' }).click();
  const path = testInfo.outputPath('saves.json');
  await (await download).saveAs(path);
  const exported = JSON.parse(readFileSync(path, 'utf8'));
  expect(exported.version).toBe(4);
  expect(exported.slides).toHaveLength(1);

  const fresh = await launchOnReplica('');
  try {
    const again = await openPopupIn(fresh);
    await openView(again, 'Saved');
    await again.locator('input[type="file"]').setInputFiles(path);
    await expect(again.getByRole('status')).toHaveText('Imported 1 quote; 0 quotes were already saved.');
    await expectSlideAt(again, FIRST_QUOTE, 41 * 60 + 25);
  } finally {
    await fresh.context.close();
  }
});
