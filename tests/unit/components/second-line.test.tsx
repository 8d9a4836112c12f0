// @vitest-environment happy-dom
// The second line's chooser: the browser's languages first, then every language YouTube offers, and one sentence on
// where the translation stands in each state; the Transcript's lines with their second line under them.
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SecondLineChooser } from '@/components/SecondLine';
import { Transcript } from '@/components/Transcript';
import type { StoredTranscript, StoredTranslation } from '@/lib/model/captions';

const transcript: StoredTranscript = {
  videoId: 'QwC-J2KFTrM',
  trackId: '.en',
  talkId: 't',
  fetchedAt: 1,
  status: 'ready',
  track: { languageCode: 'en', name: 'English', vssId: '.en', translatable: true },
  lines: [
    { start: 1, end: 4, text: 'So when we think' },
    { start: 4, end: 7, text: 'about the platform' },
  ],
  placements: {},
  languages: [
    { code: 'fr', name: 'French' },
    { code: 'de', name: 'German' },
    { code: 'af', name: 'Afrikaans' },
  ],
};
const translation = (extra: Partial<StoredTranslation>): StoredTranslation => ({
  videoId: 'QwC-J2KFTrM',
  language: 'de',
  fetchedAt: 1,
  status: 'ready',
  lines: [],
  ...extra,
});
const choose = vi.fn();
const show = (props: Partial<Parameters<typeof SecondLineChooser>[0]>) => {
  render(
    <SecondLineChooser
      language="de"
      transcript={transcript}
      translation={undefined}
      playing={false}
      onChoose={choose}
      {...props}
    />,
    document.body,
  );
  return document.querySelector('[role="status"]')?.textContent ?? '';
};
afterEach(() => render(null, document.body));

describe('the second line says where it stands', () => {
  it.each([
    ['while the talk plays and it is being read', { playing: true }, 'Reading YouTube’s German translation'],
    ['when the talk is not open', {}, 'YouTube’s German translation is read while the talk plays on YouTube.'],
    [
      'when YouTube does not translate the track',
      { transcript: { ...transcript, track: { ...transcript.track!, translatable: false } } },
      'YouTube does not translate these captions into German.',
    ],
    ['when YouTube offers no such language', { language: 'tlh' }, 'YouTube does not translate these captions into'],
    [
      'when YouTube gave none',
      { translation: translation({ status: 'unavailable', reason: 'YouTube answered 500' }) },
      'YouTube gave no German translation (YouTube answered 500).',
    ],
    [
      'when the words came from the transcript panel',
      { transcript: { ...transcript, source: 'panel' as const } },
      'YouTube translates caption tracks only',
    ],
  ])('%s', (_, props, said) => expect(show(props)).toContain(said));

  it('says nothing when it is shown or off, and offers the browser’s languages first, Off first of all', () => {
    expect(show({ translation: translation({}) })).toBe('');
    expect(document.body.textContent).toContain('German from YouTube’s translation of the captions');
    expect(show({ language: null })).toBe('');
    const groups = [...document.querySelectorAll('optgroup')].map((group) => [
      group.label,
      [...group.querySelectorAll('option')].map((option) => option.value),
    ]);
    // The test's browser speaks English only: every language is among the others, by name.
    expect(groups).toEqual([['All languages YouTube translates into', ['af', 'fr', 'de']]]);
    expect(document.querySelector('option')?.textContent).toBe('Off');
    expect(document.querySelector('button')).toBeNull();
    show({});
    document.querySelector<HTMLButtonElement>('button')!.click();
    expect(choose).toHaveBeenLastCalledWith(null);
  });
});

describe('the Transcript with its second line', () => {
  it('shows each line’s translation under it, in its language, and none where none falls', () => {
    render(
      <Transcript
        transcript={transcript}
        loading={false}
        time={5}
        actions={{ isSaved: () => false, toggleSave: vi.fn(), play: vi.fn() }}
        second={{ language: 'de', lines: ['Also wenn wir', ''] }}
      />,
      document.body,
    );
    const seconds = [...document.querySelectorAll('.line .second')];
    expect(seconds.map((second) => [second.textContent, second.getAttribute('lang')])).toEqual([
      ['Also wenn wir', 'de'],
    ]);
  });
});
