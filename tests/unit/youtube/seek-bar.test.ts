// @vitest-environment happy-dom
// Where a moment sits on YouTube's seek bar: through its chapter blocks and their 2 px gaps, by the bar's own length.
import { describe, expect, it } from 'vitest';
import { barBlocks, barLength, progressBar, timeToFraction } from '@/lib/youtube/seek-bar';

// Three chapters of a 100 s video, drawn as 298 px of blocks and two 2 px gaps (302 px in all).
const STARTS = [0, 20, 50];
const BLOCKS = [
  { width: 59, gap: 2 },
  { width: 89, gap: 2 },
  { width: 150, gap: 0 },
];
const TOTAL = 302;

describe('time to a place on the bar', () => {
  it('sits inside the block of the chapter holding the moment, the gaps before it counted', () => {
    expect(timeToFraction(0, 100, STARTS, BLOCKS) * TOTAL).toBeCloseTo(0);
    expect(timeToFraction(10, 100, STARTS, BLOCKS) * TOTAL).toBeCloseTo(29.5);
    // A chapter's start is its block's left edge, after the gap.
    expect(timeToFraction(20, 100, STARTS, BLOCKS) * TOTAL).toBeCloseTo(61);
    expect(timeToFraction(35, 100, STARTS, BLOCKS) * TOTAL).toBeCloseTo(61 + 44.5);
    expect(timeToFraction(50, 100, STARTS, BLOCKS) * TOTAL).toBeCloseTo(152);
    expect(timeToFraction(75, 100, STARTS, BLOCKS) * TOTAL).toBeCloseTo(227);
    expect(timeToFraction(100, 100, STARTS, BLOCKS) * TOTAL).toBeCloseTo(302);
  });

  it('spreads evenly when the blocks do not match the chapters, or there are none', () => {
    expect(timeToFraction(25, 100, STARTS, BLOCKS.slice(0, 2))).toBeCloseTo(0.25);
    expect(timeToFraction(25, 100, [], [{ width: 300, gap: 0 }])).toBeCloseTo(0.25);
    expect(timeToFraction(25, 100, STARTS, [])).toBeCloseTo(0.25);
  });

  it('keeps moments beyond the ends on the bar', () => {
    expect(timeToFraction(-5, 100, STARTS, BLOCKS)).toBe(0);
    expect(timeToFraction(130, 100, STARTS, BLOCKS)).toBeCloseTo(1);
  });

  it("lays out by the blocks from two chapters on, and evenly for one, whatever its block's gap", () => {
    expect(
      timeToFraction(
        25,
        100,
        [0, 50],
        [
          { width: 148, gap: 2 },
          { width: 150, gap: 0 },
        ],
      ) * 300,
    ).toBeCloseTo(74);
    expect(timeToFraction(25, 100, [0], [{ width: 300, gap: 100 }])).toBeCloseTo(0.25);
  });

  it("spreads evenly over blocks with no width, and places the end of a bar whose last block has a gap at that block's end", () => {
    expect(
      timeToFraction(25, 100, STARTS, [
        { width: 0, gap: 0 },
        { width: 0, gap: 0 },
        { width: 0, gap: 0 },
      ]),
    ).toBeCloseTo(0.25);
    const gapped = [...BLOCKS.slice(0, 2), { width: 150, gap: 4 }];
    expect(timeToFraction(100, 100, STARTS, gapped) * 306).toBeCloseTo(302);
  });

  it("places a moment in a chapter of no length at that chapter's start", () => {
    expect(timeToFraction(100, 100, [0, 50, 100], BLOCKS) * TOTAL).toBeCloseTo(152);
    expect(timeToFraction(50, 100, [0, 50, 50], BLOCKS) * TOTAL).toBeCloseTo(152);
  });
});

describe('the length the bar lays out', () => {
  it("is the video's, unless the bar's aria-valuemax differs from it by more than 3 s", () => {
    expect(barLength(2800, '2800')).toBe(2800);
    expect(barLength(2800.4, '2803')).toBe(2800.4);
    expect(barLength(2800, '2700')).toBe(2700);
    expect(barLength(null, '2700')).toBe(2700);
    expect(barLength(Number.NaN, null)).toBeNull();
    expect(barLength(2800, null)).toBe(2800);
    // 3 s apart is not more than 3 s.
    expect(barLength(2800, '2803')).toBe(2800);
    expect(barLength(2800, '2803.5')).toBe(2803.5);
  });

  it('takes no length from a video of none, a negative or an endless one, nor from a bar that says 0', () => {
    for (const duration of [0, -5, Number.POSITIVE_INFINITY]) expect(barLength(duration, null)).toBeNull();
    expect(barLength(2800, '0')).toBe(2800);
    expect(barLength(null, '2')).toBe(2);
    expect(barLength(null, 'none')).toBeNull();
  });
});

describe('reading the blocks', () => {
  it('finds the desktop seek bar in the player, and none in a player without it', () => {
    const player = document.createElement('div');
    expect(progressBar(player)).toBeNull();
    player.innerHTML =
      '<div class="ytp-progress-bar-container"><div class="ytp-progress-bar" role="slider"></div></div>';
    expect(progressBar(player)?.getAttribute('role')).toBe('slider');
  });

  it("takes each chapter block's px width and gap from its inline style, and nothing from a bar without them", () => {
    const bar = document.createElement('div');
    const chapters = bar.appendChild(
      Object.assign(document.createElement('div'), { className: 'ytp-chapters-container' }),
    );
    for (const [width, gap] of [
      ['59px', '2px'],
      ['89.5px', ''],
    ]) {
      const block = chapters.appendChild(
        Object.assign(document.createElement('div'), { className: 'ytp-chapter-hover-container' }),
      );
      Object.assign(block.style, { width, marginRight: gap });
    }
    expect(barBlocks(bar)).toEqual([
      { width: 59, gap: 2 },
      { width: 89.5, gap: 0 },
    ]);
    expect(barBlocks(document.createElement('div'))).toEqual([]);
  });
});
