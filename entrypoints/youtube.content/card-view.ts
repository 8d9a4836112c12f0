// The quote card on the YouTube player: plain DOM in an open shadow root, so YouTube's styles and keys stay out.
import { createShadowRootUi, type ContentScriptContext } from '#imports';
import type { CardQuote } from '@/lib/quote-service';

const CSS = `
:host { all: initial !important; position: absolute !important; left: 12px !important; bottom: 64px !important;
  z-index: 65 !important; display: block !important; max-width: min(460px, 70%) !important; }
:host([hidden]) { display: none !important; }
.card { font: 14px/1.45 Roboto, Arial, sans-serif; color: #0f0f0f; background: rgba(255,255,255,.96); border-radius: 12px;
  padding: 10px 12px; box-shadow: 0 4px 16px rgba(0,0,0,.35); }
:host([data-theme=dark]) .card { color: #f1f1f1; background: rgba(33,33,33,.96); }
.text { margin: 0 0 6px; font-family: Georgia, serif; font-size: 15px; display: -webkit-box; -webkit-line-clamp: 4;
  -webkit-box-orient: vertical; overflow: hidden; }
.row { display: flex; align-items: center; gap: 8px; }
.who { flex: 1; font-weight: 600; font-size: 13px; }
button { font: inherit; color: inherit; background: none; border: 1px solid currentColor; border-radius: 16px;
  min-width: 32px; height: 32px; cursor: pointer; opacity: .85; }
button:hover, button:focus-visible { opacity: 1; }
button:focus-visible { outline: 2px solid #3ea6ff; outline-offset: 2px; }
.star[aria-pressed=true] { color: #c77700; }
:host([data-theme=dark]) .star[aria-pressed=true] { color: #ffb95c; }
.toast { margin: 6px 0 0; font-size: 13px; }
.toast:empty { display: none; }
`;

export interface CardView {
  show(quote: CardQuote, saved: boolean): void;
  hide(): void;
  /** A short confirmation, shown even when no quote is on the card. */
  confirm(message: string): void;
}

export async function createCardView(
  ctx: ContentScriptContext,
  anchor: Element,
  signal: AbortSignal,
  handlers: { onStar: (quoteId: string) => void; onClose: () => void },
): Promise<CardView> {
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, parent: Element) =>
    parent.appendChild(Object.assign(document.createElement(tag), { className }));
  let quoteId = '';
  const ui = await createShadowRootUi(ctx, {
    name: 'talk-companion-card',
    position: 'inline',
    anchor,
    append: 'last',
    mode: 'open',
    // Keys typed in the card must not reach YouTube's shortcuts (space, k, j, l, f…).
    isolateEvents: true,
    css: CSS,
    onMount(container) {
      const card = make('aside', 'card', container);
      card.setAttribute('aria-label', 'Talk Companion: quote being said');
      const text = make('p', 'text', card);
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
      return { text, row, who, star, toast };
    },
  });
  ui.mount();
  const host = ui.shadowHost;
  const parts = ui.mounted!;
  let toastTimer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => {
    clearTimeout(toastTimer);
    ui.remove();
  });
  const setTheme = () => host.setAttribute('data-theme', document.documentElement.hasAttribute('dark') ? 'dark' : 'light');
  setTheme();
  host.hidden = true;

  return {
    show(quote, saved) {
      setTheme();
      quoteId = quote.id;
      parts.text.textContent = `“${quote.text}”`;
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
      parts.text.hidden = parts.row.hidden = true;
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
