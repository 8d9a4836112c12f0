// The talk's words on today's YouTube: every way the page offers them, tried in turn. The track's URL once its token
// comes (late), the player's own caption request (the user's setting left as it was), YouTube's transcript panel
// (modern or older) when the user asks for it; and a plain word, with what to do, when nothing gives them.
import type { Page } from '@playwright/test';
import { CAPTION_MOMENTS } from '../harness/replica';
import { TALK_ID } from '../harness/videos';
import { expect, seekPage, test, type Helpers } from './fixtures';

const SECOND_QUOTE = 'I do think that actually the biggest challenge';
const lines = (popup: Page) => popup.getByRole('list', { name: 'Caption lines' }).locator('.line-text');
const meta = (popup: Page) => popup.locator('.transcript-meta');
const quote = (popup: Page, text: string) => popup.locator('article.quote', { hasText: text });
const captionsShown = (page: Page) => page.locator('.ytp-subtitles-button').getAttribute('aria-pressed');

/** The talk's replica page with `query`'s options, its timedtext requests counted, and a popup on its Transcript tab. */
async function openTranscript(
  helpers: Helpers,
  query: string,
): Promise<{ page: Page; popup: Page; timedtext: string[] }> {
  const { page, tabId } = await helpers.openWatchPage(TALK_ID, query);
  const timedtext: string[] = [];
  page.on('request', (request) => request.url().includes('/api/timedtext') && timedtext.push(request.url()));
  const popup = await helpers.openPopup(tabId);
  await popup.getByRole('tab', { name: 'Transcript' }).click();
  return { page, popup, timedtext };
}

/** The untimed quote placed where the replica's captions say it. */
async function expectQuote2Placed(popup: Page): Promise<void> {
  await popup.getByRole('tab', { name: 'Quotes' }).click();
  await expect(quote(popup, SECOND_QUOTE)).toContainText('≈ 23:40 · from captions');
}

test('a token that comes 4 s late: the transcript is read once it comes, and places the untimed quote', async ({
  helpers,
}) => {
  const { popup, timedtext } = await openTranscript(helpers, '&token=4000');
  await expect(meta(popup)).toContainText('from YouTube’s captions · English');
  await expect(lines(popup).first()).toBeVisible();
  // Only the URL with the token was asked for: never the tokenless one, which would stall and answer nothing.
  expect(timedtext.every((url) => url.includes('pot='))).toBe(true);
  await expectQuote2Placed(popup);
});

test("a token that never reaches the track list: the player's own request gives the words, and the user's captions stay off", async ({
  helpers,
}) => {
  const { page, popup, timedtext } = await openTranscript(helpers, '&token=never');
  await expect(meta(popup)).toContainText('from YouTube’s captions', { timeout: 20_000 });
  expect(await captionsShown(page)).toBe('false');
  // The player's request (pot from the player), then ours of the same URL as json3.
  expect(timedtext.filter((url) => url.includes('pot=player-token'))).toHaveLength(2);
  await expectQuote2Placed(popup);
});

test("with the user's captions on, their request is taken as it is, and they stay on", async ({ helpers }) => {
  const { page, popup } = await openTranscript(helpers, '&token=never&cc=1');
  await expect(meta(popup)).toContainText('from YouTube’s captions', { timeout: 20_000 });
  expect(await captionsShown(page)).toBe('true');
});

for (const [panel, name] of [
  ['modern', 'the 2026 transcript panel'],
  ['old', 'the older transcript panel'],
] as const)
  test(`when no caption request gives the words, ${name} is read when the user asks: lines at their second, no spoken times`, async ({
    helpers,
  }) => {
    const { page, popup } = await openTranscript(helpers, `&token=never&playerToken=no&panel=${panel}`);
    await expect(popup.getByRole('status').first()).toContainText('Captions unavailable', { timeout: 30_000 });
    await expect(
      popup.getByText('Switch captions on in the player (CC) and try again, or have YouTube’s own transcript read.'),
    ).toBeVisible();
    await popup.getByRole('button', { name: 'Read YouTube’s transcript' }).click();
    await expect(meta(popup)).toContainText('from YouTube’s transcript, times to the second');
    // The panel opened on the page, as the user asked.
    await expect(page.locator('ytd-engagement-panel-section-list-renderer')).toHaveAttribute(
      'visibility',
      'ENGAGEMENT_PANEL_VISIBILITY_EXPANDED',
    );
    // All its parts are read, and only the words: no "1 minute, 2 seconds" from the accessibility label.
    await expect(lines(popup)).toHaveCount(
      await page
        .locator(
          'ytd-engagement-panel-section-list-renderer .segment-timestamp, .ytwTranscriptSegmentViewModelTimestamp',
        )
        .count(),
    );
    await expect(lines(popup).filter({ hasText: /\bseconds?\b|\bminutes?\b/ })).toHaveCount(0);
    await expect(lines(popup).filter({ hasText: /^23:40 I do think that actually/ })).toHaveCount(1);
    await expectQuote2Placed(popup);
  });

test("a line starred on YouTube's transcript keeps its star when a caption track read later replaces it", async ({
  helpers,
}) => {
  const { page, popup } = await openTranscript(helpers, '&token=never&playerToken=no');
  await popup.getByRole('button', { name: 'Read YouTube’s transcript' }).click({ timeout: 30_000 });
  const line = (view: Page) =>
    view
      .getByRole('list', { name: 'Caption lines' })
      .getByRole('listitem')
      .filter({ hasText: /^23:40 / });
  await line(popup).getByRole('button', { name: 'Save line' }).click();
  await expect(line(popup).locator('button.star')).toHaveAttribute('aria-pressed', 'true');

  // The next visit reads the track (its token now comes), which replaces what the panel gave.
  await page.goto(`https://www.youtube.com/watch?v=${TALK_ID}`);
  await seekPage(page, CAPTION_MOMENTS.untimed);
  await expect(meta(popup)).toContainText('from YouTube’s captions');
  await expect(line(popup).first().locator('button.star')).toHaveAttribute('aria-pressed', 'true');
  await popup.getByRole('tab', { name: /^Saved/ }).click();
  await expect(popup.getByRole('list', { name: 'Saved quotes' }).getByRole('listitem')).toHaveCount(1);
});

test('when nothing gives the words, the tab says so within 30 s, with what to do, after a handful of requests at most', async ({
  helpers,
}) => {
  const { popup, timedtext } = await openTranscript(helpers, '&token=never&playerToken=no&panel=none');
  await expect(popup.getByRole('status').first()).toContainText('Captions unavailable', { timeout: 30_000 });
  await popup.getByRole('button', { name: 'Read YouTube’s transcript' }).click();
  await expect(popup.getByRole('alert')).toHaveText(
    'YouTube’s transcript could not be read: YouTube’s “Show transcript” button was not found on this page.',
  );
  expect(timedtext.length).toBeLessThanOrEqual(3);
  await expect(popup.getByRole('button', { name: 'Try again' })).toBeVisible();
  await popup.getByRole('tab', { name: 'Quotes' }).click();
  await expect(quote(popup, SECOND_QUOTE)).toContainText('time unknown');
});
