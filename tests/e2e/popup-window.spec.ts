import { openRealPopup, popupSession } from '../harness/real-popup';
import { TALK_ID } from '../harness/videos';
import { expect, seekPage, test } from './fixtures';

// The other tests open the popup as a tab, 1,280 px wide: this one opens the window a click on the toolbar button does.
test('the real popup opens at the width it is designed for, on the talk the user is watching', async ({
  helpers,
  browserWithExtension: { context, worker },
}) => {
  const { page } = await helpers.openWatchPage(TALK_ID);
  await seekPage(page, 700);
  const cdp = await popupSession(await context.browser()!.newBrowserCDPSession());
  const popup = await openRealPopup(cdp, worker);
  try {
    // Once the first screen is there and the window holds its page without scrolling sideways.
    const seen = await popup.evaluate<{ width: number; chapter: string }>(`new Promise((resolve) => {
      const read = () => {
        const chapter = document.querySelector('.chapters [aria-current="true"]');
        if (!chapter || document.documentElement.scrollWidth > innerWidth) return requestAnimationFrame(read);
        resolve({ width: innerWidth, chapter: chapter.textContent });
      };
      read();
    })`);
    expect(seen.chapter).toContain('Evolution of data centers');
    expect(seen.width).toBeGreaterThanOrEqual(400);
    expect(seen.width).toBeLessThanOrEqual(420); // 400 and the scrollbar's gutter
  } finally {
    await popup.close();
    await cdp.detach();
  }
});
