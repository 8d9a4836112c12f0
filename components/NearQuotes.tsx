// The quotes around the playback time: being said now, coming up (with a countdown), just said.
import { nothingNear, type NearQuotes as Near } from '@/lib/timeline/near';
import { formatTimestamp } from '@/lib/time';
import { moveFocusInList } from './keyboard';
import type { QuoteActions } from './quote-actions';
import { TalkQuote } from './TalkQuote';

export function NearQuotes({ near, actions }: { near: Near; actions: QuoteActions }) {
  return (
    <section class="near">
      <h2 id="near-heading">Quotes around now</h2>
      {nothingNear(near) ? (
        <p class="muted">No quote in the two minutes around here.</p>
      ) : (
        <ul class="quotes" aria-labelledby="near-heading" onKeyDown={moveFocusInList}>
          {near.now.map(({ quote }) => (
            <li key={quote.id}>
              <TalkQuote quote={quote} actions={actions} extras={{ near: 'now', label: 'Now' }} />
            </li>
          ))}
          {near.next.map(({ quote, inSeconds }) => (
            <li key={quote.id}>
              <TalkQuote
                quote={quote}
                actions={actions}
                extras={{
                  near: 'next',
                  label: (
                    <>
                      Coming up in <time class="time">{formatTimestamp(inSeconds)}</time>
                    </>
                  ),
                }}
              />
            </li>
          ))}
          {near.past.map(({ quote }) => (
            <li key={quote.id}>
              <TalkQuote quote={quote} actions={actions} extras={{ near: 'past', label: 'Just said' }} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
