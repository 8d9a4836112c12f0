// Places a quote on the talk's timeline by finding its words in the captions. Tolerates what automatic tracks do to
// speech (case, punctuation, misheard words, "12:50" heard as "1250") and quotes that span many caption lines.
// Pure: words and seconds in, a start and a confidence out.
import type { CaptionLine, Placement } from '../model/captions';

/** Below this the captions claim nothing: the quote stays "time unknown". */
export const MIN_CONFIDENCE = 0.3;
/** Word pairs this common in the captions ("of the") say nothing about where a quote is. */
const COMMON_PAIR = 12;
/** How far (in words) the pairs of one placement may drift apart: a misheard word shifts nothing, a dropped one a little. */
const DRIFT = 12;

export interface TimedWords {
  words: string[];
  /** When each word is said, interpolated across its caption line. */
  times: Float64Array;
  pairs: Map<string, number[]>;
}

/** Words for matching: lower case, no punctuation, digits run together ("12:50" → "1250"). */
export function matchWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/['\u2019]/g, '')
      .replace(/(\d)[:.,](\d)/g, '$1$2')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** The captions' words with their times, indexed by word pair; built once for every quote to align. */
export function timedWords(lines: CaptionLine[]): TimedWords {
  const words: string[] = [];
  const times: number[] = [];
  for (const line of lines) {
    const lineWords = matchWords(line.text);
    const step = (line.end - line.start) / Math.max(1, lineWords.length);
    lineWords.forEach((word, at) => {
      words.push(word);
      times.push(line.start + at * step);
    });
  }
  const pairs = new Map<string, number[]>();
  for (let at = 0; at + 1 < words.length; at++) {
    const pair = `${words[at]} ${words[at + 1]}`;
    const list = pairs.get(pair);
    if (list) list.push(at);
    else pairs.set(pair, [at]);
  }
  return { words, times: Float64Array.from(times), pairs };
}

/**
 * Each word pair of the quote found in the captions votes for where the quote would begin; the place with the most
 * votes, give or take a little drift, wins. Undefined when the captions hold too little of the quote.
 */
export function alignQuote(quote: string, captions: TimedWords): Placement | undefined {
  const words = matchWords(quote);
  const votes: { begin: number; at: number }[] = [];
  for (let at = 0; at + 1 < words.length; at++) {
    const found = captions.pairs.get(`${words[at]} ${words[at + 1]}`);
    if (!found || found.length > COMMON_PAIR) continue;
    for (const position of found) votes.push({ begin: position - at, at });
  }
  // No pair found: a quote of one word, or none of its pairs in the captions (or none there at all).
  if (votes.length === 0) return undefined;
  votes.sort((a, b) => a.begin - b.begin);
  // The densest run of votes whose begins lie within DRIFT words of each other, counting each quote pair once.
  let best = { from: 0, to: 0, count: 0 };
  for (let from = 0, to = 0; from < votes.length; from++) {
    while (to < votes.length && votes[to]!.begin - votes[from]!.begin <= DRIFT) to++;
    const count = new Set(votes.slice(from, to).map((vote) => vote.at)).size;
    if (count > best.count) best = { from, to, count };
  }
  const chosen = votes.slice(best.from, best.to);
  const first = chosen.reduce((earliest, vote) => (vote.at < earliest.at ? vote : earliest));
  const confidence = best.count / (words.length - 1);
  if (confidence < MIN_CONFIDENCE) return undefined;
  // The earliest pair found, stepped back over the quote's words before it, is where the quote begins (a pair is
  // found in the captions, so its begin is within them, or before their first word).
  const begin = Math.max(0, first.begin);
  return { start: Math.round(captions.times[begin]!), confidence: Math.round(confidence * 100) / 100 };
}
