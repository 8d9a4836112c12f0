// The marks on YouTube's seek bar: a layer in the bar, one button per mark placed in percent (so a resize moves them
// with the bar), and a tooltip in the style of YouTube's own. Plain DOM in an open shadow root.
import type { Mark } from '../timeline/marks';
import { formatTimestamp } from '../time';
import CSS from './marks.css?inline';

/** A mark and where it sits along the bar (0–1). */
export type PlacedMark = Mark & { at: number };

export interface MarksView {
  /** The bar the layer is in, if any. */
  readonly bar: Element | null;
  /** Puts the layer in this bar (again, after YouTube rebuilt it), or takes it out. */
  attach(bar: HTMLElement | null): void;
  render(marks: PlacedMark[]): void;
  hide(hidden: boolean): void;
}

/** Kept from YouTube's seek bar under the marks: a press there would seek to the pointer, not to the quote. */
const ISOLATED_EVENTS = [
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
  'click',
  'touchstart',
  'mousemove',
  'pointermove',
  'keydown',
] as const;
const OPENING_WORDS = 10;
const leftOf = (mark: PlacedMark) => `${(mark.at * 100).toFixed(3)}%`;
/** The time as the views say it: "≈" where the captions placed the quote, and the user's own timing marked. */
const when = ({ start, timing }: Mark) =>
  timing === 'captions'
    ? `≈ ${formatTimestamp(start)} from captions`
    : timing === 'own'
      ? `${formatTimestamp(start)} (your timing)`
      : formatTimestamp(start);

export function createMarksView(signal: AbortSignal, onPlay: (mark: Mark) => void): MarksView {
  const host = document.createElement('talk-companion-marks');
  const root = host.attachShadow({ mode: 'open' });
  root.append(Object.assign(document.createElement('style'), { textContent: CSS }));
  const layer = root.appendChild(document.createElement('div'));
  const tip = root.appendChild(Object.assign(document.createElement('div'), { className: 'tip', hidden: true }));
  tip.setAttribute('role', 'tooltip');
  tip.id = 'tip';
  const [words, who] = ['words', 'who'].map((className) =>
    tip.appendChild(Object.assign(document.createElement('span'), { className })),
  );
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, (event) => event.stopPropagation());
  let bar: HTMLElement | null = null;
  let shown = '';
  signal.addEventListener('abort', () => host.remove());

  const showTip = (mark: PlacedMark, button: HTMLElement) => {
    const opening = mark.text.split(/\s+/);
    words!.textContent = `“${opening.slice(0, OPENING_WORDS).join(' ')}${opening.length > OPENING_WORDS ? '…' : ''}”`;
    who!.textContent = [mark.speaker || 'From the captions', when(mark), mark.saved ? 'saved' : '']
      .filter(Boolean)
      .join(' · ');
    tip.hidden = false;
    // Centred over the mark, kept inside the bar.
    const width = host.clientWidth;
    const half = tip.offsetWidth / 2;
    const x = Math.min(Math.max(mark.at * width, half), Math.max(half, width - half));
    tip.style.left = `${x - half}px`;
    button.setAttribute('aria-describedby', 'tip');
  };

  return {
    get bar() {
      return bar;
    },
    attach(target) {
      bar = target;
      if (target) target.append(host);
      else host.remove();
    },
    render(marks) {
      // The same marks laid out again (a resize, the bar's length): moved where they are, so a hovered one stays.
      const key = marks.map((mark) => `${mark.id}@${mark.start}:${mark.saved}:${mark.timing}`).join('|');
      if (key === shown) {
        marks.forEach((mark, index) => ((layer.children[index] as HTMLElement).style.left = leftOf(mark)));
        return;
      }
      shown = key;
      tip.hidden = true;
      layer.replaceChildren(
        ...marks.map((mark) => {
          const button = document.createElement('button');
          button.className = mark.saved ? 'mark saved' : 'mark';
          button.style.left = leftOf(mark);
          button.dataset.start = String(mark.start);
          button.setAttribute(
            'aria-label',
            `Play from ${formatTimestamp(mark.start)}: ${mark.saved ? 'saved ' : ''}quote${mark.speaker ? ` by ${mark.speaker}` : ''}`,
          );
          button.addEventListener('pointerenter', () => showTip(mark, button));
          button.addEventListener('focus', () => showTip(mark, button));
          button.addEventListener('pointerleave', () => (tip.hidden = true));
          button.addEventListener('blur', () => (tip.hidden = true));
          button.addEventListener('click', () => onPlay(mark));
          return button;
        }),
      );
    },
    hide(hidden) {
      host.hidden = hidden;
    },
  };
}
