// A quote of the talk with everything a user can do to it, the same in every list.
import type { Quote } from '@/lib/model/corpus';
import type { QuoteActions } from './quote-actions';
import { QuoteItem, type ItemExtras } from './QuoteItem';

export function TalkQuote({ quote, actions, extras }: { quote: Quote; actions: QuoteActions; extras?: ItemExtras }) {
  const place = actions.timeline.startOf(quote.id, quote.start);
  const pinAt = quote.start === null && !place.own ? actions.pinAt : null;
  return (
    <QuoteItem
      text={quote.text}
      speaker={quote.speaker}
      place={place}
      saved={actions.isSaved(quote.id)}
      actions={{
        toggleSave: () => actions.toggleSave(quote),
        jump: actions.jump,
        copy: () => actions.copy(quote, place.start),
        ...(pinAt !== null && { pin: { at: pinAt, pin: () => actions.pin(quote) } }),
        ...(place.own && { unpin: () => actions.unpin(quote) }),
      }}
      extras={extras}
    />
  );
}
