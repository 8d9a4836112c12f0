// Keys on the talk's page: Alt+Shift+→/← from mark to mark, Alt+Shift+R replays the caption line being said. Never
// while the user types, never on another video, and YouTube's own keys pass untouched.
import type { Page } from '@playwright/test';
import { CAPTION_MOMENTS, captionLineStart } from '../harness/replica';
import { TALK_ID } from '../harness/videos';
import { expect, recordSeeks, seekPage, seeksIn, test, videoTime } from './fixtures';

const PUBLISHED = 41 * 60 + 21;
const marks = (page: Page) => page.locator('talk-companion-marks .mark');
const pause = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.pause());

/** Records, in the page's world, the keydowns that reach YouTube's own listeners (on the document, bubbling). */
const recordPageKeys = (page: Page) =>
  page.evaluate(() => {
    const seen: string[] = [];
    Object.assign(window, { keysSeen: seen });
    document.addEventListener(
      'keydown',
      (event) =>
        ['Shift', 'Control', 'Alt', 'Meta'].includes(event.key) ||
        seen.push(
          `${event.ctrlKey ? 'Ctrl+' : ''}${event.altKey ? 'Alt+' : ''}${event.shiftKey ? 'Shift+' : ''}${event.key}${event.defaultPrevented ? ' (prevented)' : ''}`,
        ),
    );
  });
const pageKeys = (page: Page) => page.evaluate(() => (window as unknown as { keysSeen: string[] }).keysSeen);

/** The talk at 10:00, paused, with both quotes marked (the untimed one once the captions placed it). */
async function talkAt10(helpers: { openWatchPage: (id: string) => Promise<{ page: Page }> }): Promise<Page> {
  const { page } = await helpers.openWatchPage(TALK_ID);
  await expect(marks(page)).toHaveCount(2);
  await pause(page);
  await seekPage(page, 600);
  return page;
}

test.describe("keys on the talk's page", () => {
  test('Alt+Shift+→ and ← go to the next and the previous mark', async ({ helpers }) => {
    const page = await talkAt10(helpers);
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await expect.poll(() => videoTime(page)).toBe(CAPTION_MOMENTS.untimed);
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await expect.poll(() => videoTime(page)).toBe(PUBLISHED);
    await page.keyboard.press('Alt+Shift+ArrowLeft');
    await expect.poll(() => videoTime(page)).toBe(CAPTION_MOMENTS.untimed);
    // Past the last mark the player stays, and the card says why.
    await seekPage(page, PUBLISHED + 60);
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await expect(page.locator('talk-companion-card [role="status"]')).toHaveText('No quote or save after this point.');
    expect(await videoTime(page)).toBe(PUBLISHED + 60);
  });

  test('Alt+Shift+R plays the caption line being said from its start', async ({ helpers }) => {
    const page = await talkAt10(helpers);
    await seekPage(page, 1000.5);
    const start = captionLineStart(1000.5);
    expect(start).toBeLessThan(1000.5);
    await recordSeeks(page);
    await page.keyboard.press('Alt+Shift+R');
    // It plays from there: a replay.
    await expect.poll(() => seeksIn(page)).toEqual([start]);
    await expect
      .poll(() => page.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.paused))
      .toBe(false);
  });

  test("do nothing while the user types in YouTube's search box or a comment", async ({ helpers }) => {
    const page = await talkAt10(helpers);
    await recordSeeks(page);
    for (const field of [
      page.getByRole('textbox', { name: 'Search YouTube' }),
      page.getByRole('textbox', { name: 'Add a comment' }),
    ]) {
      await field.focus();
      await page.keyboard.press('Alt+Shift+ArrowRight');
      await page.keyboard.press('Alt+Shift+R');
    }
    await expect(page.getByRole('textbox', { name: 'Add a comment' })).toBeFocused();
    // Out of the fields, the same key replays the line said at 10:00: its answer comes after any the fields' presses
    // would have had, so the video having moved only there shows they did nothing.
    await page.getByRole('textbox', { name: 'Add a comment' }).blur();
    await page.keyboard.press('Alt+Shift+R');
    await expect.poll(() => seeksIn(page)).toEqual([captionLineStart(600)]);
  });

  test("leave YouTube's own keys alone, Ctrl+→ for chapters included; and ours do not reach YouTube", async ({
    helpers,
  }) => {
    const page = await talkAt10(helpers);
    await recordPageKeys(page);
    for (const key of ['ArrowRight', 'Control+ArrowRight', 'Shift+ArrowRight', 'Alt+ArrowRight', 'k', 'j', 'Shift+N'])
      await page.keyboard.press(key);
    expect(await pageKeys(page)).toEqual([
      'ArrowRight',
      'Ctrl+ArrowRight',
      'Shift+ArrowRight',
      'Alt+ArrowRight',
      'k',
      'j',
      'Shift+N',
    ]);
    expect(await videoTime(page)).toBe(600);

    await page.evaluate(() => ((window as unknown as { keysSeen: string[] }).keysSeen.length = 0));
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await expect.poll(() => videoTime(page)).toBe(CAPTION_MOMENTS.untimed);
    expect((await pageKeys(page)).filter((key) => key.includes('Alt+Shift+ArrowRight'))).toEqual([]);
  });

  test('do nothing on a video that is not the talk', async ({ helpers }) => {
    const { page } = await helpers.openWatchPage('OtherVideo1');
    await recordPageKeys(page);
    await pause(page);
    await seekPage(page, 600);
    await page.keyboard.press('Alt+Shift+ArrowRight');
    expect(await pageKeys(page)).toContain('Alt+Shift+ArrowRight');
    expect(await videoTime(page)).toBe(600);
  });

  test('an extension reload leaves no marks, card or key listener behind', async ({
    helpers,
    browserWithExtension,
  }) => {
    const { page } = await helpers.openWatchPage(TALK_ID);
    await expect(marks(page)).toHaveCount(2);
    await seekPage(page, 600);
    await browserWithExtension.worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    // The page plays on: the script left behind sees the extension gone and takes everything down.
    await expect(page.locator('talk-companion-marks')).toHaveCount(0);
    await expect(page.locator('talk-companion-card')).toHaveCount(0);
    await pause(page);
    const at = await videoTime(page);
    await recordPageKeys(page);
    await page.keyboard.press('Alt+Shift+ArrowRight');
    expect(await pageKeys(page)).toContain('Alt+Shift+ArrowRight');
    expect(await videoTime(page)).toBe(at);
  });
});
