import {
  currentChapter,
  expect,
  recordSeeks,
  seekPage,
  seeksIn,
  stopWorker,
  test,
  videoTime,
  workerRestarted,
} from './fixtures';
import { TALK_ID } from '../harness/videos';

test.describe('watching the talk', () => {
  test('the current chapter follows the video across chapters', async ({ helpers }) => {
    const { page, tabId } = await helpers.openWatchPage(TALK_ID);
    const popup = await helpers.openPopup(tabId);

    await expect(currentChapter(popup)).toContainText('Introduction and session overview');
    await seekPage(page, 700);
    await expect(currentChapter(popup)).toContainText('Evolution of data centers');
    await seekPage(page, 1800);
    await expect(currentChapter(popup)).toContainText('Security, confidential computing');
    await seekPage(page, 40);
    await expect(currentChapter(popup)).toContainText('Speaker backgrounds');
    await expect(popup.locator('[aria-current="true"]')).toHaveCount(1);
  });

  test('the first quote shows at 41:30 and is gone at 0:20', async ({ helpers }) => {
    const { page, tabId } = await helpers.openWatchPage(TALK_ID);
    const popup = await helpers.openPopup(tabId);
    const nowQuote = popup.locator('[data-near="now"]');

    await seekPage(page, 41 * 60 + 30);
    await expect(nowQuote).toContainText('I think that in theoretical');
    await expect(nowQuote).toContainText('Ion Stoica');
    await seekPage(page, 20);
    await expect(popup.getByText('I think that in theoretical')).toHaveCount(0);
    await expect(popup.getByText('No quote in the two minutes around here.')).toBeVisible();
  });

  test('a quote coming up shows a countdown', async ({ helpers }) => {
    const { page, tabId } = await helpers.openWatchPage(TALK_ID);
    const popup = await helpers.openPopup(tabId);
    await page.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.pause());
    await seekPage(page, 2481 - 90);
    await expect(popup.locator('[data-near="next"]')).toContainText('Coming up in 1:30');
  });

  test('clicking a chapter moves the video to its start', async ({ helpers }) => {
    const { page, tabId } = await helpers.openWatchPage(TALK_ID);
    const popup = await helpers.openPopup(tabId);
    await expect(currentChapter(popup)).toBeVisible();
    await recordSeeks(page);

    await popup.getByRole('button', { name: /Security, confidential computing/ }).click();
    await expect.poll(() => seeksIn(page)).toEqual([1770]);
    await expect(currentChapter(popup)).toContainText('Security, confidential computing');
  });

  test('off the talk, the popup says so and a chapter click opens the talk at that time', async ({
    helpers,
    browserWithExtension,
  }) => {
    const popup = await helpers.openPopup();
    await expect(popup.getByTestId('playback')).toContainText('Not watching this talk');
    await expect(currentChapter(popup)).toHaveCount(0);

    const opened = browserWithExtension.context.waitForEvent('page');
    await popup.getByRole('button', { name: /Security, confidential computing/ }).click();
    await expect.poll(async () => (await opened).url()).toBe('https://www.youtube.com/watch?v=QwC-J2KFTrM&t=1770s');
  });

  test('a popup without ?tab= follows the tab playing the talk, and says so', async ({ helpers }) => {
    const { page } = await helpers.openWatchPage(TALK_ID);
    await seekPage(page, 700);
    const popup = await helpers.openPopup();
    await expect(popup.getByTestId('playback')).toContainText('(in another tab)');
    await expect(currentChapter(popup)).toContainText('Evolution of data centers');
  });
});

test.describe('the YouTube page as it really behaves', () => {
  test('in-page navigation away clears the popup; coming back starts it again', async ({ helpers }) => {
    const { page, tabId } = await helpers.openWatchPage(TALK_ID);
    const popup = await helpers.openPopup(tabId);
    await expect(currentChapter(popup)).toBeVisible();

    // The <meta> tags of the first page stay behind, still naming the talk.
    await page.evaluate(() => window.replica.navigate('OtherVideo1'));
    await expect(page.locator('meta[itemprop="identifier"]')).toHaveAttribute('content', TALK_ID);
    await expect(popup.getByTestId('playback')).toContainText('Not watching this talk');
    await expect(currentChapter(popup)).toHaveCount(0);

    await page.evaluate(() => window.replica.navigate('QwC-J2KFTrM'));
    await expect(currentChapter(popup)).toBeVisible();
    await seekPage(page, 1800);
    await expect(currentChapter(popup)).toContainText('Security, confidential computing');
  });

  test('arriving on the talk from the home page starts it', async ({ helpers }) => {
    const { page, tabId } = await helpers.openWatchPage('', '');
    await page.goto('https://www.youtube.com/');
    const popup = await helpers.openPopup(tabId);
    await expect(popup.getByTestId('playback')).toContainText('Not watching this talk');
    await page
      .getByRole('link', { name: 'Distributed systems to AI platforms with Mark Russinovich & Ion Stoica | BRK227' })
      .first()
      .click();
    await expect(currentChapter(popup)).toContainText('Introduction');
  });

  test('a mid-roll ad does not move the current chapter', async ({ helpers }) => {
    const { page, tabId } = await helpers.openWatchPage(TALK_ID);
    const popup = await helpers.openPopup(tabId);
    await seekPage(page, 1800);
    await expect(currentChapter(popup)).toContainText('Security, confidential computing');

    await page.evaluate(() => window.replica.startAd());
    await expect(popup.getByTestId('playback')).toContainText('Ad playing');
    // The ad plays from 0:00 in the same <video>; the talk's clock must stand still meanwhile.
    await expect.poll(() => videoTime(page)).toBeGreaterThan(1);
    await expect.poll(() => videoTime(page)).toBeGreaterThan(2);
    await expect(currentChapter(popup)).toContainText('Security, confidential computing');
    await expect(popup.getByTestId('playback')).toContainText('30:0');

    await page.evaluate(() => window.replica.endAd());
    await expect(popup.getByTestId('playback')).not.toContainText('Ad playing');
    await expect(currentChapter(popup)).toContainText('Security, confidential computing');
  });

  test('a replaced <video> element is followed', async ({ helpers }) => {
    const { page, tabId } = await helpers.openWatchPage(TALK_ID);
    const popup = await helpers.openPopup(tabId);
    await expect(currentChapter(popup)).toContainText('Introduction');

    await page.evaluate(() => window.replica.replaceVideo());
    await seekPage(page, 900);
    await expect(currentChapter(popup)).toContainText('Emergence of agentic AI');
  });

  test('a hover-preview <video> earlier in the page is ignored', async ({ helpers }) => {
    const { page, tabId } = await helpers.openWatchPage(TALK_ID, '&preview=1');
    await page.evaluate(() => {
      const preview = document.querySelector<HTMLVideoElement>('#inline-preview-player video')!;
      preview.currentTime = 2490;
    });
    const popup = await helpers.openPopup(tabId);
    await seekPage(page, 700);
    await expect(currentChapter(popup)).toContainText('Evolution of data centers');
    await expect(popup.locator('[data-near="now"]')).toHaveCount(0);
  });

  test('a re-upload whose title arrives after the page loaded is recognised by title and channel', async ({
    helpers,
  }) => {
    const { page, tabId } = await helpers.openWatchPage('R3upl0adX1z', '&lateTitle=1');
    const popup = await helpers.openPopup(tabId);
    await expect(popup.getByTestId('playback')).toContainText('Not watching this talk');

    await page.evaluate(() => window.replica.revealTitle());
    await expect(currentChapter(popup)).toBeVisible();
    await seekPage(page, 2490);
    await expect(popup.locator('[data-near="now"]')).toContainText('I think that in theoretical');
  });

  test('another talk with the same code, speaker and similar words is not taken for the talk', async ({ helpers }) => {
    const { page, tabId } = await helpers.openWatchPage('BRK227y2027');
    const popup = await helpers.openPopup(tabId);
    // Prove the content script is alive on this tab: it recognises the real talk after an in-page hop...
    await page.evaluate(() => window.replica.navigate('QwC-J2KFTrM'));
    await expect(currentChapter(popup)).toBeVisible();
    // ...and lets go on the look-alike, staying quiet while it plays.
    await page.evaluate(() => window.replica.navigate('BRK227y2027'));
    await expect(popup.getByTestId('playback')).toContainText('Not watching this talk');
    const playedFrom = await videoTime(page);
    await expect.poll(() => videoTime(page)).toBeGreaterThan(playedFrom + 2);
    await expect(popup.getByTestId('playback')).toContainText('Not watching this talk');
  });
});

test.describe('the extension around the page', () => {
  test('the toolbar badge marks the tab playing the talk, and clears when it leaves', async ({
    helpers,
    browserWithExtension: { worker },
  }) => {
    const { page, tabId } = await helpers.openWatchPage(TALK_ID);
    const badge = () => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    await expect.poll(badge).toBe('▶');
    await page.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.pause());
    await expect.poll(badge).toBe('❚❚');
    await page.evaluate(() => window.replica.navigate('OtherVideo1'));
    await expect.poll(badge).toBe('');
  });

  test('a popup opened after the worker was stopped shows where the paused video was scrubbed to', async ({
    helpers,
    browserWithExtension,
  }) => {
    const { page, tabId } = await helpers.openWatchPage(TALK_ID);
    await expect
      .poll(() => browserWithExtension.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId))
      .toBe('▶');
    await page.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.pause());
    await seekPage(page, 1800);
    // The scrub has reached the background's record that outlives the worker (the page's message takes a moment):
    // only then is the worker stopped.
    const kept = () =>
      browserWithExtension.worker.evaluate(async () => {
        const { talkTabs } = (await chrome.storage.session.get('talkTabs')) as {
          talkTabs?: Record<string, { playback: { time: number } }>;
        };
        return Object.values(talkTabs ?? {}).map((record) => Math.round(record.playback.time));
      });
    await expect.poll(kept).toEqual([1800]);
    await stopWorker(browserWithExtension, page);
    const popup = await helpers.openPopup(tabId);
    await expect(currentChapter(popup)).toContainText('Security, confidential computing');
    expect(await workerRestarted(browserWithExtension)).toBe(true);
  });

  test('with the worker stopped, the popup paints the paused tab at its moment without waiting for the worker', async ({
    helpers,
    browserWithExtension,
  }) => {
    const { context, worker, extensionId } = browserWithExtension;
    const { page, tabId } = await helpers.openWatchPage(TALK_ID);
    await expect.poll(() => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('▶');
    await page.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video')!.pause());
    /** The paused tab's moment and its talk's first screen, as kept where they outlive the worker. */
    const kept = () =>
      worker.evaluate(async () => {
        const stored = await chrome.storage.session.get(null);
        const tabs = (stored.talkTabs ?? {}) as Record<string, { playback: { time: number; talkId: string } }>;
        return Object.values(tabs).map(
          ({ playback }) =>
            `${Math.round(playback.time)} ${playback.talkId in JSON.parse((stored.firstScreens as string | undefined) ?? '{}')}`,
        );
      });
    // Each open: a scrub made while no popup was open, the worker stopped, then a popup whose question to the worker
    // is held for ever. Waiting for the worker's answer, it would show nothing.
    for (const [seconds, chapter] of [
      [1800, 'Security, confidential computing'],
      [700, 'Evolution of data centers'],
    ] as const) {
      await seekPage(page, seconds);
      await expect.poll(kept).toEqual([`${seconds} true`]);
      await stopWorker(browserWithExtension, page);
      const popup = await context.newPage();
      await popup.addInitScript(() => {
        const held: unknown[] = [];
        Object.assign(globalThis, { heldQuestions: held });
        const send = chrome.runtime.sendMessage.bind(chrome.runtime) as (...args: unknown[]) => Promise<unknown>;
        Object.assign(chrome.runtime, {
          sendMessage: (...args: unknown[]) =>
            (args[0] as { type?: string } | undefined)?.type === 'openView'
              ? (held.push(args[0]), new Promise(() => undefined))
              : send(...args),
        });
      });
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      await expect(currentChapter(popup)).toContainText(chapter);
      expect(
        await popup.evaluate(() => (globalThis as unknown as { heldQuestions: unknown[] }).heldQuestions),
      ).toHaveLength(1);
      await popup.close();
    }
  });

  test('a content script left behind by an extension reload goes quiet without errors', async ({
    helpers,
    browserWithExtension: { worker },
  }) => {
    const { page, tabId } = await helpers.openWatchPage(TALK_ID);
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    // The content script is live and streaming before the extension goes away under it.
    await expect.poll(() => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('▶');

    const closed = new Promise((done) => worker.once('close', done));
    await worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await closed;
    // The orphaned script still hears the video: seeking and playing must not make it throw.
    await seekPage(page, 700);
    const from = await videoTime(page);
    await expect.poll(() => videoTime(page)).toBeGreaterThan(from + 1);
    expect(errors).toEqual([]);
  });
});

test('a talk page without the player we read says it cannot be read, and nothing throws', async ({ helpers }) => {
  const { page, tabId } = await helpers.openWatchPage(TALK_ID, '&noPlayer=1');
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const popup = await helpers.openPopup(tabId);
  // The content script gives the player ten seconds to arrive before it calls the page unreadable.
  await expect(popup.getByTestId('playback')).toContainText("Can't read this YouTube page", { timeout: 20_000 });
  await expect(page.locator('talk-companion-card')).toHaveCount(0);
  expect(errors).toEqual([]);
});
