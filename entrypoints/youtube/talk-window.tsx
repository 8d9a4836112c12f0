// The talk window's module: the talk module loads it the first time the user opens the window (lib/talk-page/
// talk-window.ts), so the talk's page carries none of it until then. It fills the Document Picture-in-Picture
// window, which starts empty, with its styles and the window's view (components/TalkWindow.tsx).
import { render } from 'preact';
import { TalkWindow } from '@/components/TalkWindow';
import CSS from '@/components/talk-window.css?inline';
import type { TalkWindowModule } from '@/lib/talk-page/talk-window';

export const fillTalkWindow: TalkWindowModule['fillTalkWindow'] = (pip, page) => {
  const doc = pip.document;
  doc.documentElement.lang = 'en';
  doc.title = 'Talk Companion';
  doc.head.append(Object.assign(doc.createElement('style'), { textContent: CSS }));
  render(<TalkWindow page={page} pip={pip} />, doc.body);
  // Closed by the user, or by the talk's page leaving the talk: the view lets go of the page (and sends a note's draft).
  pip.addEventListener('pagehide', () => render(null, doc.body), { once: true });
};
