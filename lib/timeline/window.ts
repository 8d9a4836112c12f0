// What the talk window shows at a moment of the talk besides its chapter: the quote being said, the next quote and how
// long until it; and where its chapter buttons go. Pure: the page's quotes and a time in, answers out.
import type { PageQuotes } from '../model/messages';
import type { PlacedQuote } from '../model/talk';
import { quoteBeingSaid } from './near';
import { onTimeline } from './timeline';

export interface WindowMoment {
  quote?: PlacedQuote;
  /** The next quote to start, however far off, with the whole seconds left (never 0 before it starts). */
  next?: { quote: PlacedQuote; inSeconds: number };
}

/** The window's moment at `time`. */
export function windowMoment(page: Pick<PageQuotes, 'quotes'>, time: number): WindowMoment {
  const moment: WindowMoment = {};
  const said = quoteBeingSaid(onTimeline(page.quotes), time);
  if (said) moment.quote = said.quote;
  let next: PlacedQuote | undefined;
  for (const quote of page.quotes) if (quote.start > time && (!next || quote.start < next.start)) next = quote;
  if (next) moment.next = { quote: next, inSeconds: Math.ceil(next.start - time) };
  return moment;
}

/** Within this many seconds of a chapter's start, "previous" goes to the chapter before it, as media players do. */
export const RESTART_GRACE = 3;

/** Where the next or previous chapter button moves the video; undefined when there is no chapter that way. */
export function chapterBeside(
  chapters: Pick<PageQuotes, 'chapters'>['chapters'],
  time: number,
  way: 'next' | 'previous',
): number | undefined {
  const starts = chapters.map((chapter) => chapter.start).sort((a, b) => a - b);
  if (way === 'next') return starts.find((start) => start > time);
  return starts.filter((start) => start <= time - RESTART_GRACE).pop();
}
