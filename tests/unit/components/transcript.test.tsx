// @vitest-environment happy-dom
// The Transcript tab's states, each said plainly, and its lines: a button named with its time, the one said marked.
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CaptionActions } from '@/components/quote-actions';
import { Transcript } from '@/components/Transcript';
import type { StoredTranscript } from '@/lib/model/captions';

const actions: CaptionActions = { isSaved: () => false, toggleSave: vi.fn(), play: vi.fn() };
const row = (extra: Partial<StoredTranscript>): StoredTranscript => ({
  videoId: 'QwC-J2KFTrM',
  trackId: '.en',
  talkId: 't',
  fetchedAt: 1,
  status: 'ready',
  lines: [],
  placements: {},
  ...extra,
});
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
    [
      'when they could not be read, with the reason',
      { transcript: row({ status: 'unavailable', reason: 'YouTube answered 503' }) },
      'Captions unavailable: YouTube answered 503.',
    ],
    [
      'when the database could not be read',
      { error: new Error('QuotaExceededError') },
      'Could not read the captions kept for this talk: QuotaExceededError',
    ],
  ])('%s', (_, props, text) => {
    expect(show(props)).toContain(text);
  });

  it("offers to read them again, or YouTube's own transcript, only where the talk is open to read them from", () => {
    const buttons = () => [...document.body.querySelectorAll('button')].map((button) => button.textContent);
    const text = show({
      transcript: row({ status: 'unavailable', reason: 'x' }),
      onReadAgain: () => undefined,
      onReadPanel: async () => null,
    });
    expect(buttons()).toEqual(['Read YouTube’s transcript', 'Try again']);
    expect(text).toContain(
      'Switch captions on in the player (CC) and try again, or have YouTube’s own transcript read.',
    );
    expect(show({ transcript: row({ status: 'unavailable', reason: 'x' }) })).toContain(
      'Open the talk on YouTube to try again.',
    );
    expect(buttons()).toEqual([]);
  });

  it("says where the lines came from: YouTube's captions, or its transcript, to the second", () => {
    const lines = [{ start: 0, end: 3, text: 'words' }];
    expect(
      show({ transcript: row({ lines, track: { languageCode: 'en', name: 'English', vssId: '.en' } }) }),
    ).toContain('1 line from YouTube’s captions · English');
    expect(show({ transcript: row({ lines, source: 'panel' }) })).toContain(
      '1 line from YouTube’s transcript, times to the second',
    );
  });

  it('names each line with its time and marks the one being said', () => {
    const lines = [0, 3, 6].map((start) => ({ start, end: start + 3, text: `line at ${start}` }));
    show({ transcript: row({ lines }), time: 4 });
    const buttons = [...document.body.querySelectorAll<HTMLElement>('.line-text')];
    expect(buttons.map((button) => button.textContent)).toEqual(['0:00 line at 0', '0:03 line at 3', '0:06 line at 6']);
    expect(buttons.map((button) => button.getAttribute('aria-current'))).toEqual([null, 'true', null]);
  });
});
