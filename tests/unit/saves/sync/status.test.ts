// Sync's status as the views hear of it: every change of it, and nothing else in the browser's storage.
import { beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { onSyncStatusChange, readSyncStatus, writeSyncStatus } from '@/lib/saves/sync/status';

beforeEach(() => fakeBrowser.reset());

it("calls back with each new status, not on other storage's changes, and no more once unsubscribed", async () => {
  const heard = vi.fn();
  const stop = onSyncStatusChange(heard);
  await fakeBrowser.storage.local.set({ cardEnabled: false });
  await fakeBrowser.storage.sync.set({ savesSyncStatus: { state: 'off' } });
  expect(heard).not.toHaveBeenCalled();

  await writeSyncStatus({ state: 'on', carried: 2, total: 3 });
  expect(heard).toHaveBeenCalledExactlyOnceWith({ state: 'on', carried: 2, total: 3 });
  expect(await readSyncStatus()).toEqual({ state: 'on', carried: 2, total: 3 });

  await fakeBrowser.storage.local.remove('savesSyncStatus');
  expect(heard).toHaveBeenCalledTimes(1);

  stop();
  await writeSyncStatus({ state: 'off' });
  expect(heard).toHaveBeenCalledTimes(1);
});
