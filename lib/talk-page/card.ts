// The quote card on the player: the quote being said now, unless an ad plays, the user closed it or turned it off.
// It also confirms the save-by-key command, and says what the keys could not do.
import { openingWords } from '../corpus/text';
import { onMessage } from '../messaging/page';
import { onSettingChange, settingOn } from '../settings';
import { quoteBeingSaid } from '../timeline/near';
import { onTimeline, type TimedQuote } from '../timeline/timeline';
import type { PlacedQuote } from '../model/talk';
import { createCardView } from './card-view';
import type { TalkPage } from './page';

export function showQuoteCard(page: TalkPage): void {
  const { talkId, signal, player } = page;
  // The card lives in YouTube's player: without it, the card is down (the page report says why).
  if (!player) return;
  // The card's timeline, rebuilt only when the quotes change, not on every timeupdate.
  let timeline: TimedQuote<PlacedQuote>[] = [];
  let saved = new Set<string>();
  let enabled = true;
  let shown: string | undefined;
  let closed: string | undefined;

  const take = () => {
    timeline = onTimeline(page.quotes.quotes);
    saved = new Set(page.quotes.saved);
  };
  const render = () => {
    const reading = page.reading;
    const current = enabled && reading && !reading.ad ? quoteBeingSaid(timeline, reading.time)?.quote : undefined;
    if (!current || current.id === closed) {
      shown = undefined;
      view.hide();
      return;
    }
    shown = current.id;
    const second = page.quotes.second;
    const translated = second?.quotes[current.id];
    view.show(current, saved.has(current.id), translated ? { text: translated, language: second.language } : undefined);
  };
  const view = createCardView(player, signal, {
    onStar: async (quoteId) => {
      const now = await page.send('setSaved', { talkId, quoteId, saved: !saved.has(quoteId) });
      // No answer: the background did not confirm it (its worker stopped, say); the star stays as it was, and says so.
      if (now === undefined) return view.confirm('Could not save the quote: try again.');
      if (now) saved.add(quoteId);
      else saved.delete(quoteId);
      render();
    },
    onClose: () => {
      closed = shown;
      render();
    },
  });

  const saveByKey = async () => {
    if (!page.reading) return;
    const result = await page.send('saveQuoteAt', { talkId, time: page.reading.time });
    if (signal.aborted) return;
    if (!result) return view.confirm('Could not save the quote.');
    if (result.saved === 'none') return view.confirm('No quote within a minute of here to save.');
    const words = openingWords(result.text);
    view.confirm(result.saved === 'new' ? `Saved: ${words}` : `Already saved: ${words}`);
  };

  take();
  void settingOn('cardEnabled').then((value) => {
    enabled = value;
    render();
  });
  signal.addEventListener(
    'abort',
    onSettingChange('cardEnabled', (value) => {
      enabled = value;
      render();
    }),
  );
  signal.addEventListener(
    'abort',
    onMessage('saveKeyPressed', () => void saveByKey()),
  );
  page.on('reading', render);
  page.on('quotes', () => (take(), render()));
  page.on('say', (message) => view.confirm(message));
}
