// The background's answer as a view opens: the tab to follow and the first screen, once the corpus is seeded.
import 'fake-indexeddb/auto';
import { expect, it, vi } from 'vitest';
import type { OpenView } from '@/lib/model/messages';
import type { ServedTab } from '@/lib/model/playback';

import { deliver } from '../messaging-mock';

vi.mock('@/lib/messaging', (original) =>
  import('../messaging-mock').then(({ mockMessaging }) => mockMessaging(original)),
);
const { registerViewService } = await import('@/lib/background/view-service');

it('answers with the tab to follow and the first screen of the talk it plays, seeding first on a new install', async () => {
  const playback = { talkId: 'none-yet', videoId: null, time: 5, duration: null, paused: false, rate: 1, ad: false };
  const served: ServedTab = { tabId: 4, how: 'active', playback };
  const asked: unknown[] = [];
  const shown: string[] = [];
  registerViewService(
    async (request) => (asked.push(request), served),
    async () => shown,
  );

  const { screen: fallback } = (await deliver('openView', { pinned: null, active: null })) as OpenView;
  expect(fallback.talk).toBeUndefined(); // a talk id the corpus lacks shows nothing, never another talk

  served.playback = null;
  const answer = (await deliver('openView', { pinned: null, active: 4 })) as OpenView;
  expect(asked).toEqual([
    { pinned: null, active: null },
    { pinned: null, active: 4 },
  ]);
  expect(answer.served).toBe(served);
  expect(answer.screen.talk?.title).toBe('Distributed systems to AI platforms with Mark Russinovich & Ion Stoica');
  expect(answer.screen.talk?.chapters).toHaveLength(10);
  expect(answer.screen).toMatchObject({ saved: [], inCorpus: [], timings: [] });

  // The first screen is kept between openings, but never past a change: a star made since is in the next one.
  const talkId = answer.screen.talk!.id;
  served.playback = { ...playback, talkId };
  const starred = answer.screen.talk!.quotes[0]!.id;
  const { db } = await import('@/lib/db/store');
  const { setSaved } = await import('@/lib/saves/write/saves');
  expect(((await deliver('openView', { pinned: null, active: 4 })) as OpenView).screen.saved).toEqual([]);
  await setSaved(db, talkId, starred, true);
  expect(
    ((await deliver('openView', { pinned: null, active: 4 })) as OpenView).screen.saved.map((f) => f.quoteId),
  ).toEqual([starred]);
});

it('keeps the first screens of the talks shown in session storage, and keeps them in step with every change', async () => {
  const { fakeBrowser } = await import('wxt/testing');
  const { SCREENS_KEY, TRANSCRIPT_SCREENS_KEY } = await import('@/lib/kept-screens');
  const { db } = await import('@/lib/db/store');
  const { setNote } = await import('@/lib/saves/write/notes');
  type Screens = Record<string, OpenView['screen']>;
  const kept = async (key: string) =>
    JSON.parse(((await fakeBrowser.storage.session.get(key))[key] as string) ?? '{}') as Screens;
  // The service registered above shows no talk yet: the screen of none is kept (the first talk installed).
  await vi.waitFor(async () => expect((await kept(SCREENS_KEY))['']?.talk?.id).toBeDefined());
  const talkId = (await kept(SCREENS_KEY))['']!.talk!.id;
  const starred = (await db.saves.toArray())[0]!.quoteId;
  await setNote(db, starred, 'ask Ion');
  await vi.waitFor(async () =>
    expect((await kept(SCREENS_KEY))['']?.saved.map((save) => save.note)).toEqual(['ask Ion']),
  );
  // With the transcript for a view that opens on it: the same screen, and the talk's transcript (none read here).
  expect((await kept(TRANSCRIPT_SCREENS_KEY))['']?.talk?.id).toBe(talkId);
});
