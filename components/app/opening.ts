// A view's first question to the background: which tab to follow, and what the first screen shows. The popup and the
// side panel ask it from a classic script in their <head> (entrypoints/view-head.ts), which runs while the page is
// still being parsed, so the answer is on its way while the view's modules load; the view then picks it up here.
import { browser } from '#imports';
import { sendMessage } from '@/lib/messaging';
import { type OpenView, type ServeTabRequest } from '@/lib/model/messages';

// The classic script and the view's modules are separate bundles: the page's global object carries the question
// from one to the other, under this one key.
const OPENING = Symbol.for('talk-companion.opening');
const page = globalThis as typeof globalThis & { [OPENING]?: Promise<OpenView> };

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
