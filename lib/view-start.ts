// A view's first question to the background: which tab to follow, and what the first screen shows. The popup and the
// side panel send it from a classic script in their <head> (entrypoints/view-start.ts), which runs while the page is
// still being parsed, so the answer is on its way while the view's modules load; the view then picks it up here.
import { browser } from '#imports';
import { sendMessage, type OpenView, type ServeTabRequest } from './messaging';

declare global {
  // The hand-over between the classic script and the view's modules: one page, one question.
  var talkCompanionOpening: Promise<OpenView> | undefined;
}

/** The tab given by ?tab=, which the view follows whatever tab the user is on. */
export function pinnedTab(): number | null {
  const value = new URLSearchParams(location.search).get('tab');
  return value !== null && /^\d+$/.test(value) ? Number(value) : null;
}

/** Pinned, else the tab the user is on (or the one they just switched to). */
export async function serveTabRequest(activeId?: number): Promise<ServeTabRequest> {
  const pinned = pinnedTab();
  const active = pinned !== null ? undefined : (activeId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id);
  return { pinned, active: active ?? null };
}

/** Asks, unless this page asked already. */
export function startOpening(): Promise<OpenView> {
  globalThis.talkCompanionOpening ??= serveTabRequest().then((request) => sendMessage('openView', request));
  return globalThis.talkCompanionOpening;
}
