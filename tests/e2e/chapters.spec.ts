import { expect, test } from './fixtures';
import { TALK_ID } from '../harness/videos';

test("the popup lists the talk's ten chapters from the database", async ({ helpers }) => {
  const { tabId } = await helpers.openWatchPage(TALK_ID);
  const popup = await helpers.openPopup(tabId);

  await expect(popup.getByRole('heading', { level: 1 })).toContainText('Distributed systems to AI platforms');
  const chapters = popup.getByRole('list', { name: 'Chapters' }).getByRole('button');
  await expect(chapters).toHaveCount(10);
  await expect(chapters.first()).toHaveAccessibleName(/Introduction and session overview at BUILD conference/);
  await expect(chapters.last()).toHaveAccessibleName(/Developer experience, code verification challenges/);
  await expect(chapters.nth(8)).toContainText('29:30');
});
