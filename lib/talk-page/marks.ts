// The talk's quotes and the user's saves as marks on YouTube's seek bar (desktop player). Hovering one shows the
// quote, clicking it plays from there. They follow the bar through resizes and YouTube's rebuilds, hide while an ad
// plays, and go when the visit ends. A page without the bar, or with another one, shows no marks.
import { onSettingChange, settingOn } from '../settings';
import { marksOf } from '../timeline/marks';
import { isMobileSite, mainVideo, playFrom, waitForPage } from '../youtube/page';
import { barBlocks, barLength, progressBar, timeToFraction } from '../youtube/seek-bar';
import { CHAPTERS } from '../youtube/selectors';
import { createMarksView } from './marks-view';
import type { TalkPage } from './page';

/** How long the player may take to build its seek bar before the marks say it is not there. */
const BAR_WAIT_MS = 10_000;

export function showMarks(page: TalkPage): void {
  // The mobile site's bar is another: its marks are for later.
  if (isMobileSite(document)) return;
  const { player, signal } = page;
  // The bar lives in YouTube's player: without it, the marks are down (the page report says why).
  if (!player) return;
  // Whether the page has the seek bar we read: found at once, or missing once the player had time to build it.
  void waitForPage(document, () => progressBar(player), BAR_WAIT_MS, signal).then(
    (bar) => !signal.aborted && page.found('seekBar', Boolean(bar)),
  );
  const view = createMarksView(signal, (mark) => page.alive() && playFrom(document, mark.start));
  let enabled = false;
  let length: number | null = null;

  const lengthOf = (bar: Element) =>
    barLength(mainVideo(document)?.duration ?? null, bar.getAttribute('aria-valuemax'));
  const layout = () => {
    const bar = enabled ? progressBar(player) : null;
    if (bar !== view.bar) view.attach(bar);
    if (bar) {
      watchBar(bar);
      page.found('seekBar', true);
    }
    length = bar && lengthOf(bar);
    if (!bar || !length) return view.render([]);
    const blocks = barBlocks(bar);
    const { quotes, saved, savedLines, chapters } = page.quotes;
    const marks = marksOf(quotes, new Set(saved), savedLines).filter((mark) => mark.start <= length!);
    const starts = chapters.map((chapter) => chapter.start);
    view.render(marks.map((mark) => ({ ...mark, at: timeToFraction(mark.start, length!, starts, blocks) })));
  };

  // YouTube rebuilds the bar (player updates, layout changes, ads): the layer follows whichever bar the player holds.
  const rebuilt = new MutationObserver(() => {
    if (progressBar(player) !== view.bar || (view.bar && !view.bar.isConnected)) layout();
  });
  // Within a bar, the chapter blocks' widths and its length change on resizes and as the video's data arrives.
  const reshaped = new MutationObserver((records) => {
    if (records.some((record) => record.target === view.bar || (record.target as Element).matches?.(CHAPTERS)))
      layout();
  });
  const resized = new ResizeObserver(() => layout());
  let watched: Element | null = null;
  const watchBar = (bar: Element) => {
    if (bar === watched) return;
    watched = bar;
    reshaped.disconnect();
    resized.disconnect();
    reshaped.observe(bar, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['style', 'aria-valuemax'],
    });
    resized.observe(bar);
  };
  signal.addEventListener('abort', () => {
    rebuilt.disconnect();
    reshaped.disconnect();
    resized.disconnect();
  });

  const start = (value: boolean) => {
    enabled = value;
    if (enabled) rebuilt.observe(player, { childList: true, subtree: true });
    else rebuilt.disconnect();
    layout();
  };
  void settingOn('marksEnabled').then((value) => !signal.aborted && start(value));
  signal.addEventListener('abort', onSettingChange('marksEnabled', start));
  page.on('quotes', layout);
  page.on('reading', () => {
    // The bar belongs to the ad while one plays.
    view.hide(Boolean(page.reading?.ad));
    if (view.bar && lengthOf(view.bar) !== length) layout();
  });
}
