// The user's choices: on unless turned off, kept in this browser's extension storage, heard from any view.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { onSettingChange, setSetting, settingOn } from '@/lib/settings';

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
