// A saved quote wherever it appears: its own copy of the words, its time (the corpus's or the user's), its talk.
import type { ComponentChildren } from 'preact';
import type { Favourite } from '@/lib/db/database';
import type { Highlights } from '@/lib/search/search';
import { quoteStart } from '@/lib/timeline/timeline';
import { NoteEditor } from './NoteEditor';
import type { FavouriteActions } from './quote-actions';
import { QuoteItem } from './QuoteItem';

interface Props {
  favourite: Favourite;
  ownTimings: ReadonlyMap<string, number>;
  actions: FavouriteActions;
  label?: ComponentChildren;
  note: ComponentChildren;
  highlights?: Highlights;
}

export function SavedQuote({ favourite, ownTimings, actions, label, note, highlights }: Props) {
  const { start, own } = quoteStart(favourite.start, favourite.quoteId, ownTimings);
  return (
    <QuoteItem
      text={favourite.text}
      speaker={favourite.source === 'captions' ? 'from captions' : favourite.speaker}
      start={start}
      ownTiming={own}
      saved
      onToggleSave={() => actions.onRemove(favourite)}
      onJump={start === null ? undefined : () => actions.onJump(favourite, start)}
      onCopy={() => actions.onCopy(favourite, start)}
      label={label}
      note={note}
      highlights={highlights}
    >
      <NoteEditor key={`${favourite.quoteId}:${favourite.noteAt ?? 0}`} note={favourite.note} onSave={(text) => actions.onNote(favourite, text)} />
    </QuoteItem>
  );
}
