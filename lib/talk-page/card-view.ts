// The quote card on the YouTube player: plain DOM in an open shadow root, so YouTube's styles and keys stay out.
// Made by hand rather than with WXT's createShadowRootUi, whose mounting helpers would double the content script.
import type { PlacedQuote } from '../model/talk';
import { isDarkTheme } from '../youtube/page';
import CSS from './card.css?inline';

export interface CardView {
  /** `second`: the quote in the user's language (YouTube's translation of the captions), and that language. */
  show(quote: PlacedQuote, saved: boolean, second?: { text: string; language: string }): void;
  hide(): void;
  /** A short confirmation, shown even when no quote is on the card. */
  confirm(message: string): void;
}

/** Keys typed in the card must not reach YouTube's shortcuts (space, k, j, l, f…) listening further up. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

export function createCardView(
  anchor: Element,
  signal: AbortSignal,
  handlers: { onStar: (quoteId: string) => void; onClose: () => void },
): CardView {
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, parent: Node) =>
    parent.appendChild(Object.assign(document.createElement(tag), { className }));
  let quoteId = '';
  const host = document.createElement('talk-companion-card');
  const root = host.attachShadow({ mode: 'open' });
  make('style', '', root).textContent = CSS;
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, (event) => event.stopPropagation());

  const card = make('aside', 'card', root);
  card.setAttribute('aria-label', 'Talk Companion: quote being said');
  const text = make('p', 'text', card);
  const secondLine = make('p', 'second', card);
  // A quote's translation is YouTube's translation of the caption lines it is said over: said so.
  secondLine.title = 'YouTube’s translation of the captions';
  const row = make('div', 'row', card);
  const who = make('span', 'who', row);
  const star = make('button', 'star', row);
  const close = make('button', 'close', row);
  close.textContent = '×';
  close.setAttribute('aria-label', 'Hide quote card');
  const toast = make('p', 'toast', card);
  toast.setAttribute('role', 'status');
  star.addEventListener('click', () => handlers.onStar(quoteId));
  close.addEventListener('click', handlers.onClose);
  const parts = { text, secondLine, row, who, star, toast };
  let toastTimer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => {
    clearTimeout(toastTimer);
    host.remove();
  });
  const setTheme = () => host.setAttribute('data-theme', isDarkTheme(document) ? 'dark' : 'light');
  setTheme();
  host.hidden = true;
  anchor.append(host);

  return {
    show(quote, saved, second) {
      setTheme();
      quoteId = quote.id;
      parts.text.textContent = `“${quote.text}”`;
      parts.secondLine.textContent = second?.text ?? '';
      parts.secondLine.lang = second?.language ?? '';
      parts.secondLine.hidden = !second?.text;
      parts.who.textContent = quote.speaker;
      parts.star.textContent = saved ? '★' : '☆';
      parts.star.setAttribute('aria-pressed', String(saved));
      parts.star.setAttribute('aria-label', saved ? 'Remove from saved' : 'Save quote');
      parts.row.hidden = false;
      parts.text.hidden = false;
      host.hidden = false;
    },
    hide() {
      if (!parts.toast.textContent) host.hidden = true;
      parts.text.hidden = parts.secondLine.hidden = parts.row.hidden = true;
      quoteId = '';
    },
    confirm(message) {
      parts.toast.textContent = message;
      host.hidden = false;
      clearTimeout(toastTimer);
      toastTimer = setTimeout(() => {
        parts.toast.textContent = '';
        if (!quoteId) host.hidden = true;
      }, 4000);
    },
  };
}
