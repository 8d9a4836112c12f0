// A view's first question to the background: which tab to follow, and what the first screen shows. The popup and the
// side panel ask it from a classic script in their <head> (entrypoints/view-head.ts), which runs while the page is
// still being parsed, so the answer is on its way while the view's modules load; the view then picks it up here.
import { browser } from '#imports';
import { sendMessage } from '@/lib/messaging';
import { keptKeys, keptOpening, VIEW_WROTE_KEY } from '@/lib/kept-screens';
import { type OpenView, type ServeTabRequest } from '@/lib/model/messages';

// The classic script and the view's modules are separate bundles: the page's global object carries the question
// from one to the other, under this one key.
const OPENING = Symbol.for('talk-companion.opening');
const KEPT = Symbol.for('talk-companion.kept');
const page = globalThis as typeof globalThis & {
  [OPENING]?: Promise<OpenView>;
  [KEPT]?: Promise<OpenView | undefined>;
};

/** The tab given by ?tab=, which the view follows whatever tab the user is on. */
export function pinnedTab(): number | null {
  const value = new URLSearchParams(location.search).get('tab');
  return value !== null && /^\d+$/.test(value) ? Number(value) : null;
}

/** The view to open on: ?view=transcript opens the Transcript tab (the bench times it; tests open the side panel there). */
export function openingView(): 'transcript' | undefined {
  return new URLSearchParams(location.search).get('view') === 'transcript' ? 'transcript' : undefined;
}

/** Pinned, else the tab the user is on (or the one they just switched to). */
export async function serveTabRequest(activeId?: number): Promise<ServeTabRequest> {
  const pinned = pinnedTab();
  const active =
    pinned !== null
      ? undefined
      : (activeId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id);
  return { pinned, active: active ?? null, ...(openingView() && { transcript: true }) };
}

/** The page's one opening question: asked by whichever runs first, the classic script or the view's module. */
export function opening(): Promise<OpenView> {
  page[OPENING] ??= serveTabRequest().then((request) => sendMessage('openView', request));
  return page[OPENING];
}

/**
 * The opening as the background kept it in session storage, when it is right for the moment shown (a paused talk, or
 * none); undefined otherwise. Read without waking the background's worker, which the opening question then wakes.
 */
export function keptView(): Promise<OpenView | undefined> {
  const request = { transcript: openingView() === 'transcript' };
  page[KEPT] ??= Promise.all([serveTabRequest(), browser.storage.session.get(keptKeys(request))])
    .then(([asked, stored]) => keptOpening(stored, asked, Number(localStorage.getItem(VIEW_WROTE_KEY))))
    // Unreadable (a browser without session storage, say): the background answers.
    .catch(() => undefined);
  return page[KEPT];
}
