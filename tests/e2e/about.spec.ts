// The About view: everything the seeds say about the talk, each fact once, and search results that open it at a fact.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const searchBox = (popup: Page) => popup.getByRole('searchbox', { name: 'Search the talk and your saved quotes' });
const about = (popup: Page) => popup.getByRole('region', { name: 'About this talk' });

test('the About tab shows the overview, themes, speakers with their profile, the session and the description', async ({
  helpers,
}) => {
  const popup = await helpers.openPopup();
  await popup.getByRole('tab', { name: 'About' }).click();
  const view = about(popup);
  await expect(view).toContainText('Azure CTO Mark Russinovich and UC Berkeley professor Ion Stoica explore');
  await expect(view.getByRole('heading', { name: 'Themes' })).toBeVisible();
  await expect(view.locator('.themes > li')).toHaveCount(7);
  await expect(view.locator('.speaker')).toHaveText([
    'Mark Russinovich, Azure CTO',
    'Ion Stoica, UC Berkeley professor (co-creator of Apache Spark and co-founder of Databricks and Anyscale)',
  ]);
  // The profile stands under its speaker, once.
  await expect(view.locator('.speaker + .profile')).toHaveCount(1);
  await expect(view.locator('.profile')).toContainText(
    'Ion Stoica, cofounder of Databricks and executive chair of Anyscale',
  );
  const details: [string, string][] = [
    ['Track', 'Cloud platform & data'],
    ['Format', 'Breakout'],
    ['Level', '(200) Intermediate'],
    ['Language', 'English (US)'],
  ];
  for (const [label, value] of details) await expect(view.locator('dl > div', { hasText: label })).toContainText(value);
  const link = view.getByRole('link', { name: 'https://aka.ms/build26/BRK227' });
  await expect(link).toHaveAttribute('target', '_blank');
  // No fact shown blank, and the math-bold "𝗦𝗽𝗲𝗮𝗸𝗲𝗿𝘀" of the seeds never shows as such.
  await expect(view.locator('dd:empty, p:empty, li:empty')).toHaveCount(0);
  expect(await view.textContent()).not.toMatch(/[\u{1D400}-\u{1D7FF}]/u);

  // The long description starts collapsed, and does not repeat the chapters.
  const description = view.locator('details');
  await expect(description).not.toHaveAttribute('open');
  await description.locator('summary').click();
  await expect(description).toContainText('Seating for this session is first-come, first-served.');
  await expect(description).not.toContainText('Chapters:');
});

test('a speaker result opens the About view at that speaker, with the match highlighted', async ({ helpers }) => {
  const popup = await helpers.openPopup();
  await searchBox(popup).fill('Russinovich');
  const first = popup.locator('.results > li').first();
  await expect(first).toContainText('Mark Russinovich, Azure CTO');
  await first.getByRole('button').click();

  await expect(popup.getByRole('tab', { name: 'About' })).toHaveAttribute('aria-selected', 'true');
  await expect(searchBox(popup)).toHaveValue('');
  const speaker = about(popup).locator('.speaker.focused');
  await expect(speaker).toBeFocused();
  await expect(speaker.locator('mark')).toHaveText('Russinovich');
});

test('a match in the long description opens it, expanded, at the match', async ({ helpers }) => {
  const popup = await helpers.openPopup();
  await searchBox(popup).fill('first-come');
  await popup.locator('.results > li').first().getByRole('button').click();
  const description = about(popup).locator('details');
  await expect(description).toHaveAttribute('open');
  await expect(description.locator('mark')).toContainText(['first', 'come']);
  await expect(description.locator('mark', { hasText: /^first$/ }).first()).toBeInViewport();
});

test('search finds a quote saved from another talk, labelled with it, and opens that talk at its moment', async ({
  helpers,
  browserWithExtension,
}) => {
  const popup = await helpers.openPopup();
  const elsewhere = {
    quoteId: 'dem101-0000/1111',
    talkId: 'dem101-0000',
    savedAt: 5,
    text: 'Boil the water before the pasta, never after.',
    speaker: 'Ada Lovelace',
    talkTitle: 'Cooking with compilers',
    videoId: 'OtherVideo1',
    start: 95,
  };
  const file = JSON.stringify({ format: 'talk-companion-favourites', version: 1, favourites: [elsewhere] });
  await popup.getByRole('tab', { name: /^Saved/ }).click();
  await popup
    .getByLabel('Import JSON…')
    .setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(popup.getByRole('status')).toContainText('Imported 1 quote');

  await searchBox(popup).fill('pasta');
  const result = popup.locator('.results > li');
  await expect(result).toHaveCount(1);
  await expect(result).toContainText('from “Cooking with compilers”');
  await expect(result.locator('mark')).toHaveText('pasta');
  const opened = browserWithExtension.context.waitForEvent('page');
  await result.getByRole('button', { name: 'Play from 1:35' }).click();
  await expect.poll(async () => (await opened).url()).toBe('https://www.youtube.com/watch?v=OtherVideo1&t=95s');
});

test("the About tab lists every key the extension answers, those on the talk's page included", async ({ helpers }) => {
  const popup = await helpers.openPopup();
  await popup.getByRole('tab', { name: 'About' }).click();
  const keys = popup.getByRole('region', { name: 'Keys' });
  const keyList: [string, string][] = [
    ['Alt+Shift+→', 'Next quote or save on the seek bar'],
    ['Alt+Shift+←', 'Previous quote or save on the seek bar'],
    ['Alt+Shift+R', 'Replay the line being said'],
    ['Alt+Shift+W', 'Open the talk window'],
    ['Alt+Shift+S', 'Save the quote being said'],
    ['/', 'Search, in this view'],
  ];
  for (const [combo, what] of keyList) await expect(keys.locator('dl > div', { hasText: what })).toContainText(combo);
});
