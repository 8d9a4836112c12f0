// YouTube as recorded, end to end: the replica serves the recorded web page's microdata and player response with the
// talk put in (tests/harness/recorded.ts), and the product finds in them what YouTube sends: a talk recognised from the
// microdata (and never from microdata an in-page navigation left behind), track names as each client writes them, and
// a video YouTube will not play said in one sentence, at once.
import type { Page } from '@playwright/test';
import { TALK_ID } from '../harness/videos';
import { currentChapter, expect, openWithErrors, seekPage, test } from './fixtures';

const FIRST_QUOTE = 'I think that in theoretical';
const card = (page: Page) => page.locator('talk-companion-card');
const downLines = (popup: Page) => popup.locator('.features-down .message');
const parts = (popup: Page) => popup.getByRole('list', { name: 'Parts of YouTube’s page' });
const onThisPage = (popup: Page) => popup.locator('#on-this-page');

test('an upload under an unknown id, its title and channel elements renamed, is recognised at once from the microdata YouTube serves', async ({
  helpers,
}) => {
  const { page, tabId, errors } = await openWithErrors(helpers, 'R3upl0adX1z', '&drift=titleAndChannel');
  await seekPage(page, 2485);
  // The page's own wait for a title and channel (10 s) would end in the tab title; the microdata is read at once: a
  // bound of 5 s from the page's load tells the two apart.
  await expect(card(page)).toContainText(FIRST_QUOTE, { timeout: 5_000 });
  const popup = await helpers.openPopup(tabId);
  await expect(currentChapter(popup)).toBeVisible();
  await expect(downLines(popup)).toHaveCount(0);
  await popup.getByRole('tab', { name: 'About' }).click();
  await expect(
    popup.getByText('Recognised by its title and channel (read from the page’s microdata); video id R3upl0adX1z.'),
  ).toBeVisible();
  // Said missing only once the page has looked for it for 10 s (PLAYER_TIMEOUT_MS in lib/talk-page/page.ts), counted
  // from the talk page's start.
  await expect(parts(popup)).toContainText(
    'The title and channel under the player: not found: read from the microdata.',
    { timeout: 20_000 },
  );
  expect(errors).toEqual([]);
});

test('after an in-page navigation the microdata still names the first video, and is never believed: the tab’s title decides', async ({
  helpers,
}) => {
  // Loaded on another video, whose microdata the page keeps; then on, in-page, to the talk's upload under another id.
  const { page, tabId, errors } = await openWithErrors(helpers, 'OtherVideo1', '&drift=titleAndChannel');
  await page.evaluate(() => window.replica.navigate('R3upl0adX1z'));
  const popup = await helpers.openPopup(tabId);
  await popup.getByRole('tab', { name: 'About' }).click();
  // Believed, the microdata would have named the pasta video, and the talk would never be recognised.
  await expect(
    popup.getByText('Recognised by its title and channel (read from the page’s tab title); video id R3upl0adX1z.'),
  ).toBeVisible({ timeout: 20_000 });
  expect(errors).toEqual([]);
});

test('track names as the Android and visionOS clients write them (runs) are read as the web client’s (simpleText)', async ({
  helpers,
}) => {
  // Without the player's own list, the response's names are all there is.
  const { tabId, errors } = await openWithErrors(helpers, TALK_ID, '&drift=playerApi&names=runs');
  const popup = await helpers.openPopup(tabId);
  await popup.getByRole('tab', { name: 'About' }).click();
  await expect(parts(popup)).toContainText(/Captions: read from the caption track \(English\), /);
  expect(errors).toEqual([]);
});

for (const [unplayable, sentence] of [
  ['age', 'YouTube asks you to sign in before it plays this video: “Sign in to confirm your age”.'],
  ['unavailable', 'YouTube cannot play this video: “Video unavailable”.'],
  ['bot', 'YouTube asks you to sign in before it plays this video: “Sign in to confirm you’re not a bot”.'],
] as const) {
  test(`a video YouTube will not play (${unplayable}, as recorded) is said in one sentence at once, in the views and on this page`, async ({
    helpers,
  }) => {
    const { tabId, errors } = await openWithErrors(helpers, TALK_ID, `&unplayable=${unplayable}`);
    const popup = await helpers.openPopup(tabId);
    await expect(downLines(popup).first()).toHaveText(sentence);
    // The talk itself is still there to read.
    await expect(popup.getByRole('heading', { name: /Distributed systems to AI platforms/ }).first()).toBeVisible();
    await popup.getByRole('tab', { name: 'About' }).click();
    await expect(onThisPage(popup).getByText(sentence)).toBeVisible();
    // The captions say why there are none: YouTube's answer lists no tracks, which alone would read "none offered".
    await expect(parts(popup)).toContainText('Captions: unavailable, YouTube does not play this video here');
    expect(errors).toEqual([]);
  });
}
