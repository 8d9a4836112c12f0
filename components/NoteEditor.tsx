// The user's note on a save: shown under it, written in place. Kept as typed on blur, on Ctrl/⌘+Enter or with Save note;
// Esc leaves it as it was. A note over the limit is refused with the reason, and nothing is cut.
import { useRef, useState } from 'preact/hooks';

interface Props {
  note?: string;
  /** Resolves with why the note was refused, if it was. */
  onSave: (note: string) => Promise<string | undefined>;
}

export function NoteEditor({ note, onSave }: Props) {
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<string>();
  const box = useRef<HTMLTextAreaElement>(null);
  // Esc and Save both end the edit before the textbox loses focus: its blur must not save again, or undo Esc.
  const settled = useRef(false);

  const save = async () => {
    const text = box.current?.value ?? '';
    if (text === (note ?? '')) return close();
    const refused = await onSave(text);
    setProblem(refused);
    if (!refused) close();
  };
  const close = () => {
    settled.current = true;
    setProblem(undefined);
    setEditing(false);
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
        defaultValue={note ?? ''}
        rows={3}
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={problem ? 'note-problem' : undefined}
        onKeyDown={(event) => {
          event.stopPropagation();
          if (event.key === 'Escape') close();
          else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void save();
        }}
        onBlur={(event) => {
          // Moving to the note's own Save button is not leaving it.
          if (!settled.current && !(event.relatedTarget as Element | null)?.closest('.note.editing')) void save();
        }}
      />
      <div class="note-actions">
        <button type="button" class="button" onClick={() => void save()}>
          Save note
        </button>
        <button type="button" class="link small" onClick={close}>
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
