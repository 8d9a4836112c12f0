// @vitest-environment happy-dom
// The Transcript tab's states, each said plainly, and its lines: a button named with its time, the one said marked.
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CaptionActions } from '@/components/quote-actions';
import { Transcript } from '@/components/Transcript';
import type { StoredTranscript } from '@/lib/db/database';

const actions: CaptionActions = { isSaved: () => false, toggleSave: vi.fn(), play: vi.fn() };
const row = (extra: Partial<StoredTranscript>): StoredTranscript => ({ videoId: 'QwC-J2KFTrM', trackId: '.en', talkId: 't', fetchedAt: 1, status: 'ready', lines: [], placements: {}, ...extra });
const show = (props: Partial<Parameters<typeof Transcript>[0]>) => {
  render(<Transcript transcript={undefined} loading={false} time={null} actions={actions} {...props} />, document.body);
  return document.body.textContent ?? '';
};
afterEach(() => render(null, document.body));

describe('the Transcript tab says where the captions stand', () => {
  it.each([
    ['while the kept captions are read', { loading: true }, 'Loading the captions…'],
    ['while the talk plays and none were read yet', { time: 30 }, 'Reading the captions from YouTube…'],
    ['when none were read and the talk is not open', {}, 'they are read from YouTube while the talk plays there'],
    ['when the video has none', { transcript: row({ status: 'none' }) }, 'No captions for this video.'],
    ['when they could not be read, with the reason', { transcript: row({ status: 'unavailable', reason: 'YouTube answered 503' }) }, 'Captions unavailable: YouTube answered 503.'],
    ['when the database could not be read', { error: new Error('QuotaExceededError') }, 'Could not read the captions kept for this talk: QuotaExceededError'],
  ])('%s', (_, props, text) => {
    expect(show(props)).toContain(text);
  });

  it('offers to read them again only where the talk is open to read them from', () => {
    show({ transcript: row({ status: 'unavailable', reason: 'x' }), onReadAgain: () => undefined });
    expect(document.body.querySelector('button')?.textContent).toBe('Try again');
    show({ transcript: row({ status: 'unavailable', reason: 'x' }) });
    expect(document.body.querySelector('button')).toBeNull();
  });

  it('names each line with its time and marks the one being said', () => {
    const lines = [0, 3, 6].map((start) => ({ start, end: start + 3, text: `line at ${start}` }));
    show({ transcript: row({ lines }), time: 4 });
    const buttons = [...document.body.querySelectorAll<HTMLElement>('.line-text')];
    expect(buttons.map((button) => button.textContent)).toEqual(['0:00 line at 0', '0:03 line at 3', '0:06 line at 6']);
    expect(buttons.map((button) => button.getAttribute('aria-current'))).toEqual([null, 'true', null]);
  });
});
