// @vitest-environment happy-dom
// The save-by-key command on the card: it saves where the card's player is now, and says what it did, failure included.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveByKeyResult } from '@/lib/messaging';
import type { PlaybackReading } from '@/lib/youtube/playback';

const { sendMessage } = vi.hoisted(() => ({ sendMessage: vi.fn() }));
vi.mock('@/lib/messaging', () => ({ sendMessage }));
const { startQuoteCard } = await import('@/entrypoints/youtube.content/quote-card');

const reading = (time: number): PlaybackReading => ({ time, duration: 2800, paused: true, rate: 1, ad: false });
const status = () => document.querySelector('talk-companion-card')!.shadowRoot!.querySelector('[role="status"]')!.textContent;
let answer: () => Promise<SaveByKeyResult>;

beforeEach(() => {
  document.body.replaceChildren();
  sendMessage.mockReset();
  sendMessage.mockImplementation((type: string) => (type === 'saveQuoteAt' ? answer() : Promise.resolve({ quotes: [], saved: [] })));
});

const card = () => startQuoteCard('brk227-x', document.body.appendChild(document.createElement('div')), new AbortController().signal);

describe('saving by key on the card', () => {
  it('asks to save at the moment its player is at now, and confirms the quote saved', async () => {
    answer = async () => ({ saved: 'new', text: 'I think that in theoretical in theoretical from the theoretical perspective' });
    const shown = await card();
    shown.update(reading(300));
    shown.update(reading(2441));
    await shown.saveByKey();
    expect(sendMessage).toHaveBeenLastCalledWith('saveQuoteAt', { talkId: 'brk227-x', time: 2441 });
    expect(status()).toBe('Saved: “I think that in theoretical in…”');
  });

  it('says when there is nothing to save, or it was saved already', async () => {
    const shown = await card();
    shown.update(reading(300));
    answer = async () => ({ saved: 'none' });
    await shown.saveByKey();
    expect(status()).toBe('No quote within a minute of here to save.');
    answer = async () => ({ saved: 'already', text: 'Words of it.' });
    await shown.saveByKey();
    expect(status()).toBe('Already saved: “Words of it.…”');
  });

  it('says so when the save failed, instead of staying silent', async () => {
    answer = () => Promise.reject(new Error('QuotaExceededError'));
    const shown = await card();
    shown.update(reading(2441));
    await shown.saveByKey();
    expect(status()).toBe('Could not save the quote.');
  });

  it('does nothing before its player has been read', async () => {
    const shown = await card();
    await shown.saveByKey();
    expect(sendMessage).not.toHaveBeenCalledWith('saveQuoteAt', expect.anything());
  });
});
