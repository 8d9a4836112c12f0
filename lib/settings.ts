// The user's choices, in this browser's extension storage: whether the quote card and the seek-bar marks show on the
// player, whether the saves are mirrored into the browser's sync, and the language of the second line under the talk's words.
import { browser } from '#imports';
import { defaultSecondLanguage } from './captions/languages';

/** Each is on unless the user turned it off. */
export const SETTINGS = ['cardEnabled', 'marksEnabled', 'syncEnabled'] as const;
export type Setting = (typeof SETTINGS)[number];

export async function settingOn(setting: Setting): Promise<boolean> {
  const stored = await browser.storage.local.get(setting);
  return stored[setting] !== false;
}

export function setSetting(setting: Setting, on: boolean): Promise<void> {
  return browser.storage.local.set({ [setting]: on });
}

/** Calls back whenever the choice changes, from any view; returns the unsubscribe. */
export function onSettingChange(setting: Setting, callback: (on: boolean) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && setting in changes) callback(changes[setting]!.newValue !== false);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

const SECOND_LANGUAGE = 'secondLanguage';
/** What is kept for a user who turned the second line off. */
const OFF = 'off';

/**
 * The language of the second line under the talk's words (YouTube's code), or null for none: the user's choice, else
 * the browser's own language (none for an English browser).
 */
export async function secondLanguage(): Promise<string | null> {
  const stored: unknown = (await browser.storage.local.get(SECOND_LANGUAGE))[SECOND_LANGUAGE];
  if (stored === OFF) return null;
  return typeof stored === 'string' ? stored : defaultSecondLanguage(browser.i18n.getUILanguage());
}

export const setSecondLanguage = (language: string | null): Promise<void> =>
  browser.storage.local.set({ [SECOND_LANGUAGE]: language ?? OFF });

/** Calls back with the second line's language whenever the user chooses another, in any view. */
export function onSecondLanguageChange(callback: (language: string | null) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && SECOND_LANGUAGE in changes) void secondLanguage().then(callback);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
