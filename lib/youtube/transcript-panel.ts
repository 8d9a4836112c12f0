// YouTube's own transcript panel, the third way to the talk's words when its captions give nothing: opened only when
// the user asks, read as its lines appear (it fills a moment after opening, long transcripts in parts). Each line's
// start is to the second; the accessibility label beside the time is not a word said and is left out.
import { parseTimestamp } from '../time';
import { PANEL_OPEN, TRANSCRIPT_BUTTON, TRANSCRIPT_LINES, TRANSCRIPT_PANEL } from './selectors';

export interface PanelLine {
  start: number;
  text: string;
}

const textOf = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The lines the panel shows now, in either of its forms. */
export function panelLines(doc: Document): PanelLine[] {
  for (const form of TRANSCRIPT_LINES) {
    const lines = [...doc.querySelectorAll(form.line)].flatMap((line) => {
      const start = parseTimestamp(textOf(line.querySelector(form.time)));
      const text = textOf(line.querySelector(form.words));
      return start === null || !text ? [] : [{ start, text }];
    });
    if (lines.length > 0) return lines;
  }
  return [];
}

/** Opens the panel unless it is open; false when the page offers no transcript to open. */
export function openPanel(doc: Document): boolean {
  const open = [...doc.querySelectorAll(TRANSCRIPT_PANEL)].some(
    (panel) => panel.getAttribute(PANEL_OPEN.attribute) === PANEL_OPEN.value,
  );
  if (open || panelLines(doc).length > 0) return true;
  const button = doc.querySelector<HTMLElement>(TRANSCRIPT_BUTTON);
  button?.click();
  return Boolean(button);
}

/**
 * The panel's lines once they stop arriving: none new for `quietMs` after the first, or what there is after `maxMs`
 * (nothing if none came). The observer and timers are gone once it resolves.
 */
export function readPanel(
  doc: Document,
  signal: AbortSignal,
  { quietMs = 1_500, maxMs = 20_000 } = {},
): Promise<PanelLine[]> {
  return new Promise((resolve) => {
    let quiet: ReturnType<typeof setTimeout> | undefined;
    const finish = () => {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(deadline);
      signal.removeEventListener('abort', finish);
      resolve(signal.aborted ? [] : panelLines(doc));
    };
    const changed = () => {
      if (panelLines(doc).length === 0) return;
      clearTimeout(quiet);
      quiet = setTimeout(finish, quietMs);
    };
    const observer = new MutationObserver(changed);
    const deadline = setTimeout(finish, maxMs);
    signal.addEventListener('abort', finish);
    observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
    changed();
  });
}
