// Every quote of the talk in playback order; the ones without a time last, marked "time unknown".
import type { Quote } from '@/lib/corpus/types';
import { moveFocusInList } from '@/lib/keyboard';
import type { QuoteActions } from './actions';
import { QuoteItem } from './QuoteItem';

export function AllQuotes({ quotes, actions }: { quotes: Quote[]; actions: QuoteActions }) {
  const ordered = [...quotes].sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity));
  if (ordered.length === 0) return <p class="muted">This talk has no quotes yet.</p>;
  return (
    <ul class="quotes" aria-label="All quotes" onKeyDown={moveFocusInList}>
      {ordered.map((quote) => (
        <li key={quote.id}>
          <QuoteItem
            text={quote.text}
            speaker={quote.speaker}
            start={quote.start}
            saved={actions.isSaved(quote.id)}
            onToggleSave={() => actions.toggleSave(quote)}
            onJump={quote.start === null ? undefined : () => actions.jump(quote.start!)}
          />
        </li>
      ))}
    </ul>
  );
}
