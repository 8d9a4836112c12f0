// @vitest-environment happy-dom
// YouTube's transcript panel read as its lines arrive, in its 2026 form and the older one: each line's start to the
// second, its words, and never the accessibility label beside the time.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openPanel, panelLines, readPanel } from '@/lib/youtube/transcript-panel';

const modernLine = (time: string, label: string, words: string) =>
  `<transcript-segment-view-model class="ytwTranscriptSegmentViewModelHost"><div class="ytwTranscriptSegmentViewModelTimestamp" aria-hidden="true">${time}</div><span class="ytwTranscriptSegmentViewModelTimestampA11yLabel">${label}</span><span class="ytAttributedStringHost" role="text">${words}</span></transcript-segment-view-model>`;
const oldLine = (time: string, words: string) =>
  `<ytd-transcript-segment-renderer><div class="segment-timestamp">${time}</div><yt-formatted-string class="segment-text">${words}</yt-formatted-string></ytd-transcript-segment-renderer>`;
const panel = (lines: string) =>
  `<ytd-engagement-panel-section-list-renderer target-id="PAmodern_transcript_view" visibility="ENGAGEMENT_PANEL_VISIBILITY_EXPANDED"><div class="segments">${lines}</div></ytd-engagement-panel-section-list-renderer>`;

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe("YouTube's transcript panel", () => {
  it("gives the modern panel's lines at their second, without the spoken time", () => {
    document.body.innerHTML = panel(
      modernLine('0:01', '1 second', 'so when we think') +
        modernLine('10:02', '10 minutes, 2 seconds', 'about the platform') +
        modernLine('1:02:03', '1 hour, 2 minutes, 3 seconds', 'the end'),
    );
    expect(panelLines(document)).toEqual([
      { start: 1, text: 'so when we think' },
      { start: 602, text: 'about the platform' },
      { start: 3723, text: 'the end' },
    ]);
  });

  it("gives the older panel's lines too", () => {
    document.body.innerHTML = oldLine('0:04', 'operators see') + oldLine('0:07', 'when a region fails');
    expect(panelLines(document)).toEqual([
      { start: 4, text: 'operators see' },
      { start: 7, text: 'when a region fails' },
    ]);
  });

  it('opens the panel from the description only when it is not open, and says when the page offers none', () => {
    expect(openPanel(document)).toBe(false);
    document.body.innerHTML =
      '<ytd-video-description-transcript-section-renderer><button>Show transcript</button></ytd-video-description-transcript-section-renderer>';
    const click = vi.fn();
    document.querySelector('button')!.addEventListener('click', click);
    expect(openPanel(document)).toBe(true);
    expect(click).toHaveBeenCalledTimes(1);
    document.body.insertAdjacentHTML('beforeend', panel(''));
    expect(openPanel(document)).toBe(true);
    expect(click).toHaveBeenCalledTimes(1);
  });

  it('waits for lines arriving in parts, and answers once they stop', async () => {
    document.body.innerHTML = panel('');
    const read = readPanel(document, new AbortController().signal, { quietMs: 1_000, maxMs: 20_000 });
    const list = document.querySelector('.segments')!;
    await vi.advanceTimersByTimeAsync(300);
    list.insertAdjacentHTML('beforeend', modernLine('0:01', '1 second', 'first part'));
    await vi.advanceTimersByTimeAsync(800);
    list.insertAdjacentHTML('beforeend', modernLine('0:04', '4 seconds', 'second part'));
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(read).resolves.toEqual([
      { start: 1, text: 'first part' },
      { start: 4, text: 'second part' },
    ]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('answers with nothing when no line comes, by its deadline', async () => {
    const read = readPanel(document, new AbortController().signal, { quietMs: 1_000, maxMs: 5_000 });
    await vi.advanceTimersByTimeAsync(5_000);
    await expect(read).resolves.toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
