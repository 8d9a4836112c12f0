// A saved quote wherever it appears: its own copy of the words, its place on the timeline, its talk, its note.
import type { Save } from '@/lib/db/database';
import { NoteEditor } from './NoteEditor';
import type { SaveActions } from './quote-actions';
import { QuoteItem, type ItemFrame } from './QuoteItem';

/** `draft`: the note as the user was typing it, not saved yet. */
export function SavedQuote({ save, draft, actions, frame }: { save: Save; draft?: string; actions: SaveActions; frame: ItemFrame }) {
  const place = actions.timeline.startOf(save.quoteId, save.start);
  return (
    <QuoteItem
      text={save.text}
      speaker={save.source === 'captions' ? 'from captions' : save.speaker}
      place={place}
      saved
      actions={{
        toggleSave: () => actions.toggleSave(save),
        jump: (seconds) => actions.jump(save, seconds),
        copy: () => actions.copy(save, place.start),
      }}
      frame={frame}
    >
      <NoteEditor
        key={`${save.quoteId}:${save.noteAt ?? 0}`}
        note={save.note}
        draft={draft}
        setNote={(text) => actions.setNote(save, text)}
        keepDraft={(text) => actions.keepDraft(save, text)}
      />
    </QuoteItem>
  );
}
