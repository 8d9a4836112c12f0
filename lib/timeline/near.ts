// Which chapter and which quotes belong to a playback time. Pure: numbers in, answers out.
import type { Chapter, Quote } from '../model/corpus';
import type { QuoteLike, TimedQuote } from './timeline';

/** How far ahead "coming up" and how far back "just said" reach, in seconds. */
export const NEAR_WINDOW = 120;
/** Conversational speech runs at about 150 words a minute. */
const WORDS_PER_SECOND = 2.5;
const SHORTEST_SAYING = 5;

export function currentChapter<T extends Pick<Chapter, 'start'>>(chapters: T[], time: number): T | undefined {
  let current: T | undefined;
  for (const chapter of chapters)
    if (chapter.start <= time && (!current || chapter.start >= current.start)) current = chapter;
  return current;
}

/** How long a quote takes to say, estimated from its word count. */
export function speakingSeconds(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.max(SHORTEST_SAYING, Math.round(words / WORDS_PER_SECOND));
}

export interface NearQuotes<Q extends QuoteLike = Quote> {
  /** Being said now, with how far through it playback is (0–1). */
  now: (TimedQuote<Q> & { progress: number })[];
  /** Starting within NEAR_WINDOW seconds, soonest first, with the seconds left. */
  next: (TimedQuote<Q> & { inSeconds: number })[];
  /** Ended within NEAR_WINDOW seconds, most recent first. */
  past: (TimedQuote<Q> & { agoSeconds: number })[];
}

/** Whether nothing is being said, coming up or just said near the playback time. */
export const nothingNear = (near: NearQuotes<QuoteLike>): boolean =>
  near.now.length + near.next.length + near.past.length === 0;

const endOf = (item: TimedQuote<QuoteLike>) => item.start + speakingSeconds(item.quote.text);

export function quotesNear<Q extends QuoteLike>(timed: TimedQuote<Q>[], time: number): NearQuotes<Q> {
  const near: NearQuotes<Q> = { now: [], next: [], past: [] };
  for (const item of timed) {
    const end = endOf(item);
    if (time >= item.start && time < end)
      near.now.push({ ...item, progress: (time - item.start) / (end - item.start) });
    else if (time < item.start && item.start - time <= NEAR_WINDOW)
      near.next.push({ ...item, inSeconds: Math.ceil(item.start - time) });
    else if (time >= end && time - end <= NEAR_WINDOW) near.past.push({ ...item, agoSeconds: Math.floor(time - end) });
  }
  near.now.sort((a, b) => a.start - b.start);
  near.next.sort((a, b) => a.start - b.start);
  near.past.sort((a, b) => b.start - a.start);
  return near;
}

/** The quote being said at `time` (the earliest to start, where two overlap): what quotesNear puts first in `now`. */
export function quoteBeingSaid<Q extends QuoteLike>(timed: TimedQuote<Q>[], time: number): TimedQuote<Q> | undefined {
  let said: TimedQuote<Q> | undefined;
  for (const item of timed)
    if (time >= item.start && time < endOf(item) && (!said || item.start < said.start)) said = item;
  return said;
}

/** How far from the playback time the save-by-key command still finds a quote. */
export const SAVE_REACH = 60;

/** The quote to save by key: the one being said now, else the nearest one starting or ending within a minute. */
export function quoteToSave<Q extends QuoteLike>(timed: TimedQuote<Q>[], time: number): TimedQuote<Q> | undefined {
  const said = quoteBeingSaid(timed, time);
  if (said) return said;
  const distance = (item: TimedQuote<Q>) => (time < item.start ? item.start - time : time - endOf(item));
  return timed.filter((item) => distance(item) <= SAVE_REACH).sort((a, b) => distance(a) - distance(b))[0];
}
