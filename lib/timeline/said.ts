// What is being said at a moment: the quote of the talk being said, or the line of the kept captions. One rule, with
// the order each use takes and why.

/** A quote of the talk, or a line of the captions. */
export type Said<Q, L> = { kind: 'quote'; quote: Q } | { kind: 'line'; line: L };

/**
 * What is being said, from the quote and the caption line being said at a moment (either may be absent).
 * - `'reading'` (the talk window, and what the views show): the quote first. It is the talk's own record of the words,
 *   attributed and checked; the line the captions heard stands in only where no quote is being said.
 * - `'slide'` (the slide key): the line first. A slide is the video at one moment, and a line is said at one moment,
 *   while a quote spans several lines and several slides; the quote only where no captions are kept.
 */
export function whatIsSaid<Q, L>(
  quote: Q | undefined,
  line: L | undefined,
  use: 'reading' | 'slide',
): Said<Q, L> | undefined {
  const asQuote = quote === undefined ? undefined : ({ kind: 'quote', quote } as const);
  const asLine = line === undefined ? undefined : ({ kind: 'line', line } as const);
  return use === 'reading' ? (asQuote ?? asLine) : (asLine ?? asQuote);
}
