// What the card on the player shows: the quote being said now, unless an ad plays, the user closed it or turned it off.
import { sendMessage, type CardData, type CardQuote } from '@/lib/messaging';
import { cardEnabled, onCardEnabledChange } from '@/lib/settings';
import { quoteBeingSaid, type TimedQuote } from '@/lib/sync';
import type { PlaybackReading } from '@/lib/youtube/playback';
import { createCardView } from './card-view';

export interface QuoteCard {
  update(reading: PlaybackReading): void;
  /** A star, a pin or captions read changed the card's quotes, in any context. */
  changed(data: CardData): void;
  /** The save-by-key command: saves the quote nearest where the player is now, and confirms it on the card. */
  saveByKey(): Promise<void>;
}

export async function startQuoteCard(talkId: string, player: Element, signal: AbortSignal): Promise<QuoteCard> {
  const first = await sendMessage('cardQuotes', { talkId }).catch((): CardData => ({ quotes: [], saved: [] }));
  // The card's timeline, rebuilt only when the background sends new quotes, not on every timeupdate.
  let timeline: TimedQuote<CardQuote>[] = [];
  let saved = new Set<string>();
  let enabled = await cardEnabled();
  let last: PlaybackReading | undefined;
  let shown: string | undefined;
  let closed: string | undefined;

  const take = (data: CardData) => {
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
  take(first);

  return {
    update(reading) {
      last = reading;
      render();
    },
    changed(data) {
      take(data);
      render();
    },
    async saveByKey() {
      if (!last) return;
      const result = await sendMessage('saveQuoteAt', { talkId, time: last.time }).catch(() => undefined);
      if (signal.aborted) return;
      if (!result) return view.confirm('Could not save the quote.');
      if (result.saved === 'none') return view.confirm('No quote within a minute of here to save.');
      const words = result.text.split(/\s+/).slice(0, 6).join(' ');
      view.confirm(result.saved === 'new' ? `Saved: “${words}…”` : `Already saved: “${words}…”`);
    },
  };
}
