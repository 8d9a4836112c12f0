// The user's choices: on unless turned off, kept in this browser's extension storage, heard from any view.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  onSecondLanguageChange,
  onSettingChange,
  secondLanguage,
  setSecondLanguage,
  setSetting,
  settingOn,
} from '@/lib/settings';

beforeEach(() => fakeBrowser.reset());

describe('a setting', () => {
  it('is on until the user turns it off, and on again when turned on', async () => {
    expect(await settingOn('syncEnabled')).toBe(true);
    await setSetting('syncEnabled', false);
    expect(await settingOn('syncEnabled')).toBe(false);
    expect(await settingOn('cardEnabled')).toBe(true);
    await setSetting('syncEnabled', true);
    expect(await settingOn('syncEnabled')).toBe(true);
    // Whatever else is stored there (another version's value, say) is not "off".
    await fakeBrowser.storage.local.set({ marksEnabled: 'no' });
    expect(await settingOn('marksEnabled')).toBe(true);
  });

  it('tells its listener of its own changes in local storage only, until unsubscribed', async () => {
    const heard = vi.fn();
    const stop = onSettingChange('syncEnabled', heard);
    await setSetting('syncEnabled', false);
    await setSetting('cardEnabled', false);
    await fakeBrowser.storage.sync.set({ syncEnabled: true });
    await setSetting('syncEnabled', true);
    await fakeBrowser.storage.local.remove('syncEnabled');
    expect(heard.mock.calls).toEqual([[false], [true], [true]]);
    stop();
    await setSetting('syncEnabled', false);
    expect(heard).toHaveBeenCalledTimes(3);
  });
});

describe("the second line's language", () => {
  beforeEach(() => void (fakeBrowser.i18n.getUILanguage = () => 'en-US'));

  it("is the browser's own until chosen (none for English), and the choice, none included, is kept", async () => {
    expect(await secondLanguage()).toBeNull();
    fakeBrowser.i18n.getUILanguage = () => 'pt-BR';
    expect(await secondLanguage()).toBe('pt');
    await setSecondLanguage(null);
    expect(await secondLanguage()).toBeNull();
    await setSecondLanguage('ja');
    expect(await secondLanguage()).toBe('ja');
  });

  it("follows the user's latest choice from another browser through sync, and stays out of sync when sync is off", async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: 1_000 });
    try {
      await setSecondLanguage('de');
      expect(await fakeBrowser.storage.sync.get('secondLanguage')).toEqual({
        secondLanguage: { language: 'de', at: 1_000 },
      });
      // Chosen later in another browser, arriving through sync: it wins; an older one does not.
      await fakeBrowser.storage.sync.set({ secondLanguage: { language: 'fr', at: 2_000 } });
      expect(await secondLanguage()).toBe('fr');
      await fakeBrowser.storage.sync.set({ secondLanguage: { language: 'es', at: 500 } });
      expect(await secondLanguage()).toBe('de');
      await fakeBrowser.storage.sync.clear();
      await setSetting('syncEnabled', false);
      await setSecondLanguage('ko');
      expect(await fakeBrowser.storage.sync.get('secondLanguage')).toEqual({});
      expect(await secondLanguage()).toBe('ko');
    } finally {
      vi.useRealTimers();
    }
  });

  it('tells its listener of a choice made in any view, or arriving through sync', async () => {
    const heard = vi.fn();
    const stop = onSecondLanguageChange(heard);
    await setSecondLanguage('de');
    await fakeBrowser.storage.sync.set({ secondLanguage: { language: 'it', at: Date.now() + 1_000 } });
    await vi.waitFor(() => expect(heard.mock.calls.at(-1)).toEqual(['it']));
    stop();
  });
});
