// A quote of the talk with everything a user can do to it, the same in every list.
import type { ComponentChildren } from 'preact';
import type { Quote } from '@/lib/corpus/types';
import type { Highlights } from '@/lib/search/search';
import { quoteStart } from '@/lib/timeline/timeline';
import type { QuoteActions } from './quote-actions';
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
  const { start, own, fromCaptions, captionsSay } = quoteStart(quote.start, quote.id, actions.ownTimings, actions.captionStarts);
  return (
    <QuoteItem
      text={quote.text}
      speaker={quote.speaker}
      start={start}
      ownTiming={own}
      fromCaptions={fromCaptions}
      captionsSay={captionsSay}
      onJumpTo={actions.jump}
      saved={actions.isSaved(quote.id)}
      onToggleSave={() => actions.toggleSave(quote)}
      onJump={start === null ? undefined : () => actions.jump(start)}
      onCopy={() => actions.copy(quote, start)}
      pinAt={quote.start === null && !own ? actions.pinAt : null}
      onPin={() => actions.pin(quote)}
      onUnpin={own ? () => actions.unpin(quote) : undefined}
      label={label}
      note={note}
      near={near}
      highlights={highlights}
    />
  );
}
