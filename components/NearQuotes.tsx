// The quotes around the playback time: being said now, coming up (with a countdown), just said.
import type { NearQuotes as Near, TimedQuote } from '@/lib/sync';
import { moveFocusInList } from '@/lib/keyboard';
import { formatTimestamp } from '@/lib/time';
import type { ComponentChildren } from 'preact';
import type { QuoteActions } from './actions';
import { QuoteItem } from './QuoteItem';

export function NearQuotes({ near, actions }: { near: Near; actions: QuoteActions }) {
  const item = ({ quote, start }: TimedQuote, kind: 'now' | 'next' | 'past', label: ComponentChildren) => (
    <li key={quote.id}>
      <QuoteItem
        text={quote.text}
        speaker={quote.speaker}
        start={start}
        near={kind}
        label={label}
        saved={actions.isSaved(quote.id)}
        onToggleSave={() => actions.toggleSave(quote)}
        onJump={() => actions.jump(start)}
      />
    </li>
  );
  const empty = near.now.length + near.next.length + near.past.length === 0;
  return (
    <section class="near">
      <h2 id="near-heading">Quotes around now</h2>
      {empty ? (
        <p class="muted">No quote in the two minutes around here.</p>
      ) : (
        <ul class="quotes" aria-labelledby="near-heading" onKeyDown={moveFocusInList}>
          {near.now.map((timed) => item(timed, 'now', 'Now'))}
          {near.next.map((timed) =>
            item(timed, 'next', <>Coming up in <time class="time">{formatTimestamp(timed.inSeconds)}</time></>),
          )}
          {near.past.map((timed) => item(timed, 'past', 'Just said'))}
        </ul>
      )}
    </section>
  );
}
