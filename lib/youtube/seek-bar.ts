// YouTube's desktop seek bar: finding it, the length it lays out, and where a moment sits on it across the chapter
// blocks and their gaps (as SponsorBlock's previewBar maps it). The mapping is pure: numbers in, a fraction out.
import { CHAPTER_BLOCK, PROGRESS_BAR } from './selectors';

/** A chapter block as laid out in the bar: its width and the gap after it, in px. */
export interface BarBlock {
  width: number;
  gap: number;
}

/** The video's duration is sometimes wrong; the bar's aria-valuemax wins when they differ by more than this. */
const DURATION_SLACK_SECONDS = 3;

export function progressBar(player: Element): HTMLElement | null {
  return player.querySelector<HTMLElement>(PROGRESS_BAR);
}

/** The chapter blocks of a bar, read from their inline styles (YouTube sizes them in px). */
export function barBlocks(bar: Element): BarBlock[] {
  return [...bar.querySelectorAll<HTMLElement>(CHAPTER_BLOCK)].map((block) => ({
    width: Number.parseFloat(block.style.width) || 0,
    gap: Number.parseFloat(block.style.marginRight) || 0,
  }));
}

/** The length the bar lays out, in seconds: the video's, unless the bar's own aria-valuemax disagrees by over 3 s. */
export function barLength(videoDuration: number | null, ariaValueMax: string | null): number | null {
  const aria = Number.parseFloat(ariaValueMax ?? '');
  const video = videoDuration !== null && Number.isFinite(videoDuration) && videoDuration > 0 ? videoDuration : null;
  if (aria > 0 && (video === null || Math.abs(aria - video) > DURATION_SLACK_SECONDS)) return aria;
  return video;
}

/**
 * Where `time` sits along the bar, 0–1. With one block per chapter, inside the block of the chapter holding it,
 * the gaps before it counted; otherwise (no chapters, or blocks that do not match them) evenly along the length.
 */
export function timeToFraction(time: number, length: number, chapterStarts: number[], blocks: BarBlock[]): number {
  const clamped = Math.min(Math.max(time, 0), length);
  const total = blocks.reduce((sum, block) => sum + block.width + block.gap, 0);
  if (blocks.length < 2 || blocks.length !== chapterStarts.length || total <= 0) return clamped / length;
  // The chapter holding the moment: the last to start at or before it (the first, for a moment before any).
  const index = Math.max(
    0,
    chapterStarts.findLastIndex((start) => start <= clamped),
  );
  const start = chapterStarts[index]!;
  const end = chapterStarts[index + 1] ?? length;
  const offset = blocks.slice(0, index).reduce((sum, block) => sum + block.width + block.gap, 0);
  const within = end > start ? Math.min(1, Math.max(0, (clamped - start) / (end - start))) : 0;
  return (offset + within * blocks[index]!.width) / total;
}
