// The extension's messaging as unit tests see it: handlers kept by message name, sent messages recorded. Use it as
// vi.mock('@/lib/messaging', (original) => import('../messaging-mock').then(({ mockMessaging }) => mockMessaging(original)));
import type { Playback } from '@/lib/model/playback';

type Handler = (message: { data?: unknown; sender: { tab?: { id: number } } }) => unknown;

export const handlers = new Map<string, Handler>();
type Target = number | { tabId: number; frameId?: number };
export const sent: { type: string; data: unknown; tabId?: Target }[] = [];

/** Delivers a message to the handler registered for it, as if sent from `tabId`'s content script. */
export const deliver = (type: string, data?: unknown, tabId?: number) =>
  handlers.get(type)!({ data, sender: tabId === undefined ? {} : { tab: { id: tabId } } });

export async function mockMessaging(original: () => Promise<typeof import('@/lib/messaging')>) {
  const real = await original();
  return {
    ...real,
    // Through the real protocol table: a handler sees only what its message's row lets through, as in the extension.
    onMessage: (type: keyof import('@/lib/messaging').ProtocolMap, raw: Handler) => {
      const handler = real.checked(type, raw as never) as unknown as Handler;
      handlers.set(type, handler);
      return () => handlers.get(type) === handler && handlers.delete(type);
    },
    sendMessage: async (type: string, data: unknown, tabId?: Target) => void sent.push({ type, data, tabId }),
  };
}

/** A talk tab's playback report. */
export const playbackAt = (time: number, extra: Partial<Playback> = {}): Playback => ({
  talkId: 'brk227-x',
  videoId: 'QwC-J2KFTrM',
  time,
  duration: 2800,
  paused: false,
  rate: 1,
  ad: false,
  ...extra,
});
