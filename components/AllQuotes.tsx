// Every quote of the talk in playback order; the ones without a time last, marked "time unknown".
import type { Quote } from '@/lib/model/corpus';
import { moveFocusInList } from './keyboard';
import type { QuoteActions } from './quote-actions';
import { TalkQuote } from './TalkQuote';

export function AllQuotes({ quotes, actions }: { quotes: Quote[]; actions: QuoteActions }) {
  const startOf = (quote: Quote) => actions.timeline.startOf(quote.id, quote.start).start ?? Infinity;
  const ordered = [...quotes].sort((a, b) => startOf(a) - startOf(b));
  if (ordered.length === 0) return <p class="muted">This talk has no quotes yet.</p>;
  return (
    <ul class="quotes" aria-label="All quotes" onKeyDown={moveFocusInList}>
      {ordered.map((quote) => (
        <li key={quote.id}>
          <TalkQuote quote={quote} actions={actions} />
        </li>
      ))}
    </ul>
  );
}
