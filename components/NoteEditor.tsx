// The user's note on a save: shown under it, written in place. What is typed reaches the background as it is typed
// (a draft, not saved yet), so a view closed mid-sentence loses nothing: reopened, the draft is there, marked as not
// saved. Save note, Ctrl/⌘+Enter or leaving the box saves it; Esc or Cancel discards the draft and leaves the note as it
// was. A note over the limit is refused with the reason, and nothing is cut.
import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  note?: string;
  /** The note as the user was typing it, not saved yet (the view may have closed meanwhile). */
  draft?: string;
  /** Resolves with why the note was not kept, if it was not. */
  setNote: (note: string) => Promise<string | undefined>;
  /** Keeps what is typed so far (null: discards it); resolves like setNote. */
  keepDraft: (draft: string | null) => Promise<string | undefined>;
  /** Opens with the box ready to type in (the talk window's note on the save just made). */
  open?: boolean;
}

/** What is typed goes to the background once typing pauses this long (and at once when the view is hidden). */
const DRAFT_PAUSE_MS = 300;

export function NoteEditor({ note, draft, setNote, keepDraft, open: startOpen = false }: Props) {
  const unsaved = draft !== undefined && draft !== (note ?? '');
  const [editing, setEditing] = useState(unsaved || startOpen);
  const [text] = useState(unsaved ? draft : (note ?? ''));
  const [problem, setProblem] = useState<string>();
  // Whether what the box shows is kept as a draft: 'kept' once the background has it, 'typing' while it is on its way.
  const [draftState, setDraftState] = useState<'kept' | 'typing' | undefined>(unsaved ? 'kept' : undefined);
  const box = useRef<HTMLTextAreaElement>(null);
  // Esc and Save both end the edit before the textbox loses focus: its blur must not save again, or undo Esc.
  const settled = useRef(false);
  const pending = useRef<ReturnType<typeof setTimeout>>();
  // What was last typed, for a draft sent as the box goes away (its ref is gone by then).
  const typedLast = useRef<string>();

  const sendDraft = () => {
    clearTimeout(pending.current);
    pending.current = undefined;
    const typed = box.current?.value ?? typedLast.current;
    if (typed === undefined || settled.current) return;
    void keepDraft(typed).then((refused) =>
      refused
        ? setProblem(refused)
        : setDraftState((state) => (state === 'typing' && !pending.current ? 'kept' : state)),
    );
  };
  // The view can close at any moment: what was typed and not sent yet goes at once when the page is hidden. The box's
  // own page: the talk window's is not the page whose script drew it.
  useEffect(() => {
    if (!editing) return;
    const doc = box.current?.ownerDocument ?? document;
    const view = doc.defaultView ?? window;
    const flush = () => pending.current !== undefined && sendDraft();
    view.addEventListener('pagehide', flush);
    doc.addEventListener('visibilitychange', flush);
    return () => {
      view.removeEventListener('pagehide', flush);
      doc.removeEventListener('visibilitychange', flush);
      if (pending.current !== undefined) sendDraft();
      // Taken away with the page (the talk window closed): the box's blur as it goes is not the user leaving it.
      settled.current = true;
    };
  }, [editing]);

  const close = () => {
    settled.current = true;
    clearTimeout(pending.current);
    pending.current = undefined;
    setProblem(undefined);
    setDraftState(undefined);
    setEditing(false);
  };
  const save = async () => {
    clearTimeout(pending.current);
    pending.current = undefined;
    const typed = box.current?.value ?? '';
    const refused = typed === (note ?? '') ? await keepDraft(null) : await setNote(typed);
    setProblem(refused);
    if (!refused) close();
  };
  const discard = () => {
    void keepDraft(null);
    close();
  };
  const open = () => {
    settled.current = false;
    setEditing(true);
    requestAnimationFrame(() => box.current?.focus());
  };

  if (!editing)
    return (
      <div class="note">
        {note && <p class="note-text">{note}</p>}
        <button type="button" class="link small" onClick={open}>
          {note ? 'Edit note' : 'Add note'}
        </button>
      </div>
    );
  return (
    <div class="note editing">
      <textarea
        ref={box}
        aria-label="Note"
        defaultValue={text}
        rows={3}
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={problem ? 'note-problem' : 'note-draft'}
        onInput={(event) => {
          typedLast.current = event.currentTarget.value;
          setDraftState('typing');
          clearTimeout(pending.current);
          pending.current = setTimeout(sendDraft, DRAFT_PAUSE_MS);
        }}
        onKeyDown={(event) => {
          event.stopPropagation();
          if (event.key === 'Escape') discard();
          else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void save();
        }}
        onBlur={(event) => {
          // Moving to the note's own buttons is not leaving it.
          if (!settled.current && !(event.relatedTarget as Element | null)?.closest('.note.editing')) void save();
        }}
      />
      <p id="note-draft" class="note-draft muted" role="status">
        {draftState === 'kept' ? 'Not saved yet: kept as you typed it. Save note keeps it; Cancel discards it.' : ''}
      </p>
      <div class="note-actions">
        <button type="button" class="button" onClick={() => void save()}>
          Save note
        </button>
        <button type="button" class="link small" onClick={discard}>
          Cancel
        </button>
      </div>
      {problem && (
        <p id="note-problem" class="message error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
