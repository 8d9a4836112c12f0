// @vitest-environment happy-dom
// The note editor's roads to the background: what is typed goes as a draft once typing pauses (and at once when the
// view is hidden), Save sends the note, Esc discards the draft; a draft kept from before opens the editor, marked.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { NoteEditor } from '@/components/NoteEditor';

let setNote: Mock<(note: string) => Promise<string | undefined>>;
let keepDraft: Mock<(draft: string | null) => Promise<string | undefined>>;
const box = () => document.querySelector('textarea')!;
const status = () => document.querySelector('[role="status"]')?.textContent ?? '';
const show = async (props: { note?: string; draft?: string } = {}) => {
  await act(() => render(<NoteEditor {...props} setNote={setNote} keepDraft={keepDraft} />, document.body));
};
const type = async (text: string) => {
  await act(() => {
    box().value = text;
    box().dispatchEvent(new Event('input', { bubbles: true }));
  });
};
const press = (key: string, init: KeyboardEventInit = {}) =>
  act(() => void box().dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...init })));

beforeEach(() => {
  vi.useFakeTimers();
  setNote = vi.fn(async (_note: string) => undefined as string | undefined);
  keepDraft = vi.fn(async (_draft: string | null) => undefined as string | undefined);
});
afterEach(async () => {
  await act(() => render(null, document.body));
  vi.useRealTimers();
});

describe('the note editor', () => {
  it('sends what is typed as one draft once typing pauses, and says it is kept', async () => {
    await show({ draft: 'Ask' });
    await type('Ask I');
    await type('Ask Io');
    await type('Ask Ion');
    expect(keepDraft).not.toHaveBeenCalled();
    await act(async () => void (await vi.advanceTimersByTimeAsync(300)));
    expect(keepDraft.mock.calls).toEqual([['Ask Ion']]);
    expect(status()).toMatch(/^Not saved yet/);
  });

  it('sends what is typed at once when the view is hidden, before the pause', async () => {
    await show({ draft: 'Ask' });
    await type('Ask Ion whe');
    await act(() => void window.dispatchEvent(new Event('pagehide')));
    expect(keepDraft.mock.calls).toEqual([['Ask Ion whe']]);
  });

  it('saves with Ctrl+Enter, sending no draft after it', async () => {
    await show({ draft: 'Ask' });
    await type('Ask Ion');
    await press('Enter', { ctrlKey: true });
    await act(async () => void (await vi.advanceTimersByTimeAsync(1000)));
    expect(setNote.mock.calls).toEqual([['Ask Ion']]);
    expect(keepDraft).not.toHaveBeenCalled();
    expect(document.querySelector('textarea')).toBeNull();
  });

  it('discards the draft with Esc, leaving the note as it was', async () => {
    await show({ note: 'Saved words', draft: 'Saved words and more' });
    expect(box().value).toBe('Saved words and more');
    await press('Escape');
    expect(keepDraft.mock.calls).toEqual([[null]]);
    expect(setNote).not.toHaveBeenCalled();
    expect(document.body.textContent).toContain('Saved words');
  });

  it('keeps the editor open with the reason when the note is refused', async () => {
    setNote = vi.fn(
      async (_note: string) =>
        'A note holds at most 2,000 characters; this one has 2,001. Nothing was cut: shorten it to save it.',
    );
    await show({ draft: 'x' });
    await type('x'.repeat(2001));
    await press('Enter', { ctrlKey: true });
    await act(async () => void (await vi.advanceTimersByTimeAsync(0)));
    expect(document.querySelector('[role="alert"]')?.textContent).toMatch(/at most 2,000/);
    expect(box().value).toHaveLength(2001);
  });

  it('opens closed on a saved note with no draft', async () => {
    await show({ note: 'Saved words' });
    expect(document.querySelector('textarea')).toBeNull();
    expect(document.body.textContent).toContain('Edit note');
  });
});
