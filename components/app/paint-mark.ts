// The performance mark a view sets on the frame that first shows the talk; `npm run bench` times pages by it.
export const PAINTED_MARK = 'talk-companion:painted';

/** Marks the next frame, the one that shows what was just rendered. */
export function markPainted(): void {
  requestAnimationFrame(() => performance.mark(PAINTED_MARK));
}
