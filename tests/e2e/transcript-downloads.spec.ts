// The transcript to take away from the Transcript tab: SRT, WebVTT, text and Markdown, each a file named for the
// talk that other tools read; while no transcript is kept the controls are disabled and say why.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import SrtParser from 'srt-parser-2';
import { TALK_ID } from '../harness/videos';
import { expect, test } from './fixtures';

const webvtt = createRequire(import.meta.url)('node-webvtt') as {
  parse(text: string, options?: { strict?: boolean }): { valid: boolean; cues: { start: number; text: string }[] };
};
const FILE = 'BRK227 Distributed systems to AI platforms with Mark Russinovich Ion Stoica transcript';

/** Clicks the format's button and returns the file downloaded: its name and text. */
async function download(popup: Page, format: string): Promise<{ name: string; text: string }> {
  const downloaded = popup.waitForEvent('download');
  await popup
    .getByRole('group', { name: 'Download the transcript' })
    .getByRole('button', { name: format, exact: true })
    .click();
  const file = await downloaded;
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

test('the kept transcript downloads as SRT, WebVTT, text and Markdown, each named for the talk and read back', async ({
  helpers,
}) => {
  const { tabId } = await helpers.openWatchPage(TALK_ID);
  const popup = await helpers.openPopup(tabId);
  await popup.getByRole('tab', { name: 'Transcript' }).click();
  const lines = popup.getByRole('list', { name: 'Caption lines' }).locator('.line-text');
  // The lines near now paint first, the rest a moment later: all of them, before counting.
  await expect.poll(() => lines.count()).toBeGreaterThan(60);
  const count = await lines.count();

  const srt = await download(popup, 'SRT');
  expect(srt.name).toBe(`${FILE}.srt`);
  const cues = new SrtParser().fromSrt(srt.text);
  expect(cues).toHaveLength(count);
  expect(cues[0]).toMatchObject({ startSeconds: 1, text: 'So when we think about the platform the.' });

  const vtt = await download(popup, 'WebVTT');
  expect(vtt.name).toBe(`${FILE}.vtt`);
  const parsed = webvtt.parse(vtt.text, { strict: true });
  expect(parsed.valid).toBe(true);
  expect(parsed.cues).toHaveLength(count);

  const text = await download(popup, 'Text');
  expect(text.name).toBe(`${FILE}.txt`);
  expect(text.text.split('\n')[0]).toBe('[0:01] So when we think about the platform the.');

  const markdown = await download(popup, 'Markdown');
  expect(markdown.name).toBe(`${FILE}.md`);
  expect(markdown.text).toMatch(/^# Distributed systems to AI platforms with Mark Russinovich & Ion Stoica\n/);
  expect(markdown.text).toContain('\n## Introduction and session overview at BUILD conference\n');
  expect(markdown.text).toContain(
    '- [0:01](https://www.youtube.com/watch?v=QwC-J2KFTrM&t=1s) So when we think about the platform the.',
  );
});

test('while no transcript is kept, the downloads are disabled and say why', async ({ helpers }) => {
  const { tabId } = await helpers.openWatchPage(TALK_ID, '&captions=none');
  const popup = await helpers.openPopup(tabId);
  await popup.getByRole('tab', { name: 'Transcript' }).click();
  await expect(popup.getByText('No captions for this video.')).toBeVisible();
  const group = popup.getByRole('group', { name: 'Download the transcript' });
  for (const format of ['SRT', 'WebVTT', 'Text', 'Markdown'])
    await expect(group.getByRole('button', { name: format, exact: true })).toBeDisabled();
  await expect(group).toContainText('This video has no captions to download.');
});
