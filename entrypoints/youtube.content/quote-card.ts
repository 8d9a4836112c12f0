// What the card on the player shows: the quote being said now, unless an ad plays, the user closed it or turned it off.
import { sendMessage } from '@/lib/messaging';
import type { CardQuote, SaveByKeyResult } from '@/lib/quote-service';
import { cardEnabled, onCardEnabledChange } from '@/lib/settings';
import { quoteBeingSaid, type TimedQuote } from '@/lib/sync';
import type { PlaybackReading } from '@/lib/youtube/playback';
import { createCardView } from './card-view';

export interface QuoteCard {
  update(reading: PlaybackReading): void;
  savedChanged(): void;
  savedByKey(result: SaveByKeyResult): void;
}

export async function startQuoteCard(talkId: string, player: Element, signal: AbortSignal): Promise<QuoteCard> {
  // The card's timeline, rebuilt only when the quotes are fetched, not on every timeupdate.
  let timeline: TimedQuote<CardQuote>[] = [];
  let saved = new Set<string>();
  let enabled = await cardEnabled();
  let last: PlaybackReading | undefined;
  let shown: string | undefined;
  let closed: string | undefined;

  // Fetched again whenever a new quote comes up (pins made in a view since then are seen) and when stars change.
  const load = async () => {
    const data = await sendMessage('cardQuotes', { talkId }).catch(() => ({ quotes: [], saved: [] }));
    timeline = data.quotes.map((quote) => ({ quote, start: quote.start }));
    saved = new Set(data.saved);
  };
  const render = () => {
    const current = enabled && last && !last.ad ? quoteBeingSaid(timeline, last.time)?.quote : undefined;
    if (!current || current.id === closed) {
      shown = undefined;
      view.hide();
      return;
    }
    if (current.id !== shown) void load().then(render);
    shown = current.id;
    view.show(current, saved.has(current.id));
  };
  const view = createCardView(player, signal, {
    onStar: async (quoteId) => {
      const now = await sendMessage('toggleSaved', { talkId, quoteId }).catch(() => saved.has(quoteId));
      if (now) saved.add(quoteId);
      else saved.delete(quoteId);
      render();
    },
    onClose: () => {
      closed = shown;
      render();
    },
  });
  const stopListening = onCardEnabledChange((value) => {
    enabled = value;
    render();
  });
  signal.addEventListener('abort', stopListening);
  await load();

  return {
    update(reading) {
      last = reading;
      render();
    },
    savedChanged() {
      void load().then(render);
    },
    savedByKey(result) {
      if (result.saved === 'none') return view.confirm('No quote within a minute of here to save.');
      void load().then(render);
      const words = result.text.split(/\s+/).slice(0, 6).join(' ');
      view.confirm(result.saved === 'new' ? `Saved: “${words}…”` : `Already saved: “${words}…”`);
    },
  };
}
