// The user's choices, in extension storage: whether the quote card shows on the YouTube player.
import { browser } from '#imports';

const CARD_ENABLED = 'cardEnabled';

/** On unless the user turned it off. */
export async function cardEnabled(): Promise<boolean> {
  const stored = await browser.storage.local.get(CARD_ENABLED);
  return stored[CARD_ENABLED] !== false;
}

export function setCardEnabled(enabled: boolean): Promise<void> {
  return browser.storage.local.set({ [CARD_ENABLED]: enabled });
}

/** Calls back whenever the choice changes, from any view; returns the unsubscribe. */
export function onCardEnabledChange(callback: (enabled: boolean) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && CARD_ENABLED in changes) callback(changes[CARD_ENABLED]!.newValue !== false);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
