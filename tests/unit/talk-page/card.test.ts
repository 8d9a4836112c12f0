// @vitest-environment happy-dom
// The save-by-key command on the card: it saves where the card's player is now, and says what it did, failure included.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveByKeyResult } from '@/lib/model/messages';
import type { PlaybackReading } from '@/lib/model/playback';
import type { TalkPage } from '@/lib/talk-page/page';

const { listeners } = vi.hoisted(() => ({ listeners: new Map<string, () => void>() }));
vi.mock('@/lib/messaging/page', () => ({
  onMessage: (type: string, listener: () => void) => (listeners.set(type, listener), () => listeners.delete(type)),
}));
const { showQuoteCard } = await import('@/lib/talk-page/card');

const reading = (time: number): PlaybackReading => ({ time, duration: 2800, paused: true, rate: 1, ad: false });
const status = () =>
  document.querySelector('talk-companion-card')!.shadowRoot!.querySelector('[role="status"]')!.textContent;
let answer: () => Promise<SaveByKeyResult | undefined>;
let send: ReturnType<typeof vi.fn>;
// The visit the card belongs to: ended after each test, which takes the card and its timers down.
let visit: AbortController;

beforeEach(() => {
  vi.useFakeTimers();
  visit = new AbortController();
  document.body.replaceChildren();
  listeners.clear();
  send = vi.fn((type: string) => (type === 'saveQuoteAt' ? answer() : Promise.resolve(undefined)));
});
afterEach(() => {
  visit.abort();
  expect(vi.getTimerCount(), 'a timer of the card outlived its visit').toBe(0);
  vi.useRealTimers();
});

function card() {
  const readers: (() => void)[] = [];
  const page = {
    talkId: 'brk227-x',
    videoId: 'QwC-J2KFTrM',
    signal: visit.signal,
    leave: () => undefined,
    player: document.body.appendChild(document.createElement('div')),
    quotes: { talkId: 'brk227-x', quotes: [], saved: [], savedLines: [], chapters: [] },
    on: (news: string, listener: () => void) => news === 'reading' && readers.push(listener),
    alive: () => true,
    send,
  } as unknown as TalkPage;
  showQuoteCard(page);
  return {
    at: (time: number) => {
      page.reading = reading(time);
      for (const read of readers) read();
    },
    /** Presses the key and waits for the card to say what was done. */
    pressSaveKey: async (said: string) => {
      listeners.get('saveKeyPressed')!();
      await vi.waitFor(() => expect(status()).toBe(said));
    },
  };
}

describe('saving by key on the card', () => {
  it('asks to save at the moment its player is at now, and confirms the quote saved', async () => {
    answer = async () => ({
      saved: 'new',
      text: 'I think that in theoretical in theoretical from the theoretical perspective',
    });
    const shown = card();
    shown.at(300);
    shown.at(2441);
    await shown.pressSaveKey('Saved: “I think that in theoretical in…”');
    expect(send).toHaveBeenLastCalledWith('saveQuoteAt', { talkId: 'brk227-x', time: 2441 });
  });

  it('shows the confirmation for four seconds, then hides the card again', async () => {
    answer = async () => ({ saved: 'new', text: 'Words of it.' });
    const shown = card();
    shown.at(300);
    await shown.pressSaveKey('Saved: “Words of it.…”');
    const host = document.querySelector<HTMLElement>('talk-companion-card')!;
    expect(host.hidden).toBe(false);
    await vi.advanceTimersByTimeAsync(3_900);
    expect(status()).toBe('Saved: “Words of it.…”');
    await vi.advanceTimersByTimeAsync(100);
    expect(status()).toBe('');
    expect(host.hidden).toBe(true);
  });

  it('says when there is nothing to save, or it was saved already', async () => {
    const shown = card();
    shown.at(300);
    answer = async () => ({ saved: 'none' });
    await shown.pressSaveKey('No quote within a minute of here to save.');
    answer = async () => ({ saved: 'already', text: 'Words of it.' });
    await shown.pressSaveKey('Already saved: “Words of it.…”');
  });

  it('says so when the save failed, instead of staying silent', async () => {
    answer = async () => undefined;
    const shown = card();
    shown.at(2441);
    await shown.pressSaveKey('Could not save the quote.');
  });

  it('does nothing before its player has been read', async () => {
    card();
    listeners.get('saveKeyPressed')!();
    await vi.advanceTimersByTimeAsync(0);
    expect(send).not.toHaveBeenCalledWith('saveQuoteAt', expect.anything());
    expect(status()).toBe('');
  });
});
