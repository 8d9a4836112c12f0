// The talk window's way in: a button among the player's controls and Alt+Shift+W (keys.ts) open a Document
// Picture-in-Picture window that floats above every other window; the window's own module (loaded on first opening)
// fills it and keeps it following the talk. Leaving the talk closes it. Where no window can open (a browser without
// Document Picture-in-Picture, a player embedded in another page), the key says why and there is no button.
import { loadModule, TALK_WINDOW } from '../modules';
import { RIGHT_CONTROLS } from '../youtube/selectors';
import { isMobileSite, waitForPage } from '../youtube/page';
import type { TalkPage } from './page';
import { pageObject, pictureInPicture, windowOpens } from './picture-in-picture';

/** What the talk window's module gives (entrypoints/youtube/talk-window.tsx): it fills the window opened for the page. */
export interface TalkWindowModule {
  fillTalkWindow(pip: Window, page: TalkPage): void;
}

/** How long the player's controls may take to be built before they are said to be missing. */
const CONTROLS_TIMEOUT_MS = 10_000;
const SIZE = { width: 380, height: 360 };
const ICON = 'M3 5h18v6h-2V7H5v10h6v2H3zm10 8h9v7h-9z';

export function offerTalkWindow(page: TalkPage): void {
  // Phones have no always-on-top windows (and no keys): the page report says so.
  if (isMobileSite(document)) return;
  const say = (message: string) => page.tell('say', message);
  if (!windowOpens()) {
    const why =
      window === window.top
        ? 'This browser cannot open the talk window: it has no Document Picture-in-Picture.'
        : 'The talk window opens from YouTube’s own page, not from a player embedded in another.';
    page.on('openWindow', () => say(why));
    return;
  }
  let open: Window | undefined;
  const openWindow = async () => {
    if (open && !open.closed) return open.focus();
    try {
      // At once, while the click or key still counts as the user's: the module is loaded after.
      const opened = (open = await pictureInPicture()!.requestWindow(pageObject(SIZE)));
      const module = await loadModule<TalkWindowModule>(TALK_WINDOW);
      if (page.signal.aborted) return opened.close();
      module.fillTalkWindow(opened, page);
    } catch (error) {
      say(`The talk window could not open: ${(error as Error).message}`);
    }
  };
  page.on('openWindow', () => void openWindow());
  page.signal.addEventListener('abort', () => open?.close());

  void waitForPage(document, () => document.querySelector(RIGHT_CONTROLS), CONTROLS_TIMEOUT_MS, page.signal).then(
    (controls) => {
      if (page.signal.aborted) return;
      page.found('controls', Boolean(controls));
      if (!controls) return;
      const button = windowButton(page);
      controls.prepend(button);
      // YouTube rebuilds its controls at times: at the next playback reading the button is put back in the new ones.
      page.on('reading', () => {
        if (!button.isConnected) document.querySelector(RIGHT_CONTROLS)?.prepend(button);
      });
    },
  );
}

/** YouTube's kind of player button, with its icon; Enter and Space stay with it rather than reaching the player. */
function windowButton(page: TalkPage): HTMLButtonElement {
  const button = Object.assign(document.createElement('button'), {
    className: 'ytp-button talk-companion-window',
    title: 'Talk window (Alt+Shift+W)',
  });
  button.setAttribute('aria-label', 'Talk window');
  button.setAttribute('aria-keyshortcuts', 'Alt+Shift+W');
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '-6 -6 36 36');
  svg.setAttribute('fill', '#fff');
  svg.setAttribute('width', '100%');
  svg.setAttribute('height', '100%');
  svg.appendChild(document.createElementNS(svg.namespaceURI, 'path')).setAttribute('d', ICON);
  button.append(svg);
  button.addEventListener('click', () => page.tell('openWindow', undefined));
  button.addEventListener('keydown', (event) => event.stopPropagation());
  page.signal.addEventListener('abort', () => button.remove());
  return button;
}
