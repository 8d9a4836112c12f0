// A quote of the talk with everything a user can do to it, the same in every list.
import type { ComponentChildren } from 'preact';
import type { Quote } from '@/lib/corpus/types';
import type { Highlights } from '@/lib/search';
import type { QuoteActions } from './actions';
import { QuoteItem } from './QuoteItem';

interface Props {
  quote: Quote;
  actions: QuoteActions;
  label?: ComponentChildren;
  note?: ComponentChildren;
  near?: 'now' | 'next' | 'past';
  highlights?: Highlights;
}

export function TalkQuote({ quote, actions, label, note, near, highlights }: Props) {
  const own = quote.start === null ? actions.ownStart(quote.id) : undefined;
  const start = quote.start ?? own ?? null;
  return (
    <QuoteItem
      text={quote.text}
      speaker={quote.speaker}
      start={start}
      ownTiming={own !== undefined}
      saved={actions.isSaved(quote.id)}
      onToggleSave={() => actions.toggleSave(quote)}
      onJump={start === null ? undefined : () => actions.jump(start)}
      onCopy={() => actions.copy(quote, start)}
      pinAt={quote.start === null && own === undefined ? actions.pinAt : null}
      onPin={() => actions.pin(quote)}
      onUnpin={own === undefined ? undefined : () => actions.unpin(quote)}
      label={label}
      note={note}
      near={near}
      highlights={highlights}
    />
  );
}
