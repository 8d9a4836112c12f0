// The user's choices, in this browser's extension storage: whether the quote card and the seek-bar marks show on the
// player, and whether the saves are mirrored into the browser's sync.
import { browser } from '#imports';

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
