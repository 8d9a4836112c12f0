// The quotes around the playback time: being said now, coming up (with a countdown), just said.
import type { NearQuotes as Near } from '@/lib/sync';
import { formatTimestamp } from '@/lib/time';

export function NearQuotes({ near }: { near: Near }) {
  const empty = near.now.length + near.next.length + near.past.length === 0;
  return (
    <section class="near" aria-labelledby="near-heading">
      <h2 id="near-heading">Quotes around now</h2>
      {empty && <p class="muted">No quote in the two minutes around here.</p>}
      <ul class="quotes">
        {near.now.map(({ quote, start }) => (
          <li key={quote.id} class="quote now" data-near="now">
            <p class="when">Now · <time class="time">{formatTimestamp(start)}</time></p>
            <blockquote>{quote.text}</blockquote>
            <p class="who">{quote.speaker}</p>
          </li>
        ))}
        {near.next.map(({ quote, start, inSeconds }) => (
          <li key={quote.id} class="quote next" data-near="next">
            <p class="when">
              Coming up in <time class="time">{formatTimestamp(inSeconds)}</time> · <time class="time">{formatTimestamp(start)}</time>
            </p>
            <blockquote>{quote.text}</blockquote>
            <p class="who">{quote.speaker}</p>
          </li>
        ))}
        {near.past.map(({ quote, start }) => (
          <li key={quote.id} class="quote past" data-near="past">
            <p class="when">Just said · <time class="time">{formatTimestamp(start)}</time></p>
            <blockquote>{quote.text}</blockquote>
            <p class="who">{quote.speaker}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
