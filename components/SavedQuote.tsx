// A saved quote wherever it appears: its own copy of the words, its time (the corpus's or the user's), its talk.
import type { ComponentChildren } from 'preact';
import type { Save } from '@/lib/db/database';
import type { Highlights } from '@/lib/search/search';
import { quoteStart } from '@/lib/timeline/timeline';
import { NoteEditor } from './NoteEditor';
import type { SaveActions } from './quote-actions';
import { QuoteItem } from './QuoteItem';

interface Props {
  save: Save;
  ownTimings: ReadonlyMap<string, number>;
  actions: SaveActions;
  label?: ComponentChildren;
  note: ComponentChildren;
  highlights?: Highlights;
}

export function SavedQuote({ save, ownTimings, actions, label, note, highlights }: Props) {
  const { start, own } = quoteStart(save.start, save.quoteId, ownTimings);
  return (
    <QuoteItem
      text={save.text}
      speaker={save.source === 'captions' ? 'from captions' : save.speaker}
      start={start}
      ownTiming={own}
      saved
      onToggleSave={() => actions.onRemove(save)}
      onJump={start === null ? undefined : () => actions.onJump(save, start)}
      onCopy={() => actions.onCopy(save, start)}
      label={label}
      note={note}
      highlights={highlights}
    >
      <NoteEditor key={`${save.quoteId}:${save.noteAt ?? 0}`} note={save.note} onSave={(text) => actions.onNote(save, text)} />
    </QuoteItem>
  );
}
