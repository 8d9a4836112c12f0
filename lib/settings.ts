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

/** A choice of the second line's language (null: none), and when it was made. */
interface LanguageChoice {
  language: string | null;
  at: number;
}

const choiceIn = (stored: Record<string, unknown>): LanguageChoice | undefined => {
  const choice = stored[SECOND_LANGUAGE] as Partial<LanguageChoice> | undefined;
  const language = choice?.language;
  return typeof choice?.at === 'number' && (language === null || typeof language === 'string')
    ? { language, at: choice.at }
    : undefined;
};

/**
 * The language of the second line under the talk's words (YouTube's code), or null for none: the user's latest choice,
 * made in this browser or, through the browser's sync, in another; else the browser's own language (none for English).
 */
export async function secondLanguage(): Promise<string | null> {
  const [here, synced] = await Promise.all([
    browser.storage.local.get(SECOND_LANGUAGE).then(choiceIn),
    browser.storage.sync.get(SECOND_LANGUAGE).then(choiceIn, () => undefined),
  ]);
  const latest = [here, synced].reduce((a, b) => (b && (!a || b.at > a.at) ? b : a), undefined);
  return latest ? latest.language : defaultSecondLanguage(browser.i18n.getUILanguage());
}

/** Kept here, and where the user syncs their saves, in the browser's sync too (a few bytes), for their other browsers. */
export async function setSecondLanguage(language: string | null): Promise<void> {
  const choice = { [SECOND_LANGUAGE]: { language, at: Date.now() } };
  await browser.storage.local.set(choice);
  // Sync full or refusing writes for a while: this browser keeps the choice all the same.
  if (await settingOn('syncEnabled')) await browser.storage.sync.set(choice).catch(() => undefined);
}

/** Calls back with the second line's language whenever the user chooses another, in any view or browser. */
export function onSecondLanguageChange(callback: (language: string | null) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if ((area === 'local' || area === 'sync') && SECOND_LANGUAGE in changes) void secondLanguage().then(callback);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
