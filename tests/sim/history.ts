// What happens in a simulated history of browsers sharing their saves (world.ts runs it): the user's changes (a star,
// a removal, a note, cleared too, a pin, an unpin, an import), sync passes (some cut short by a stopped worker, some
// meeting another extension's write), Chrome Sync carrying items late, in part or twice, time passing by seconds to
// weeks, browsers offline, sync down, sync crowded by another extension's data. And things at once in one browser:
// changes made while a pass (an arrival's merge) runs, two views' changes together, the worker stopped in the middle of
// any of them, inside a transaction; a burst of stars across a stopped worker. A history ends with sync healed, or full.
import fc from 'fast-check';

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const DAY = 24 * 60 * MINUTE;
/** How far a browser's clock may be off the world's. */
export const MAX_SKEW = 3 * MINUTE;
/**
 * The talk's quotes: the first few are changed often, by several browsers at the same second; the rest are many, so
 * that the saves need several sync items.
 */
export const QUOTE_COUNT = 48;
const OFTEN = 4;
export const quoteOf = (n: number) => `q${n}`;

/** A note near the limit of 2,000 characters; and one just past it, which is refused. */
export const LONG_NOTE = 'Lean <specs> and Ray: '.repeat(90).slice(0, 1990);
export const TOO_LONG_NOTE = 'x'.repeat(2001);

export type Change =
  | { kind: 'star' | 'remove' | 'unpin'; quote: number }
  | { kind: 'note'; quote: number; text: string }
  | { kind: 'pin'; quote: number; start: number }
  /** An export file with these quotes saved (some with a note, some long) and these pinned, made on another day. */
  | { kind: 'import'; quotes: number[]; noted: boolean; pins: number[] };

export type Stop = { during: 'set' | 'remove'; landed: boolean } | null;

/** When, in the event loop's turns from the group's start, something of a busy browser begins. */
export type Turn = number;

export type Step =
  | { kind: 'change'; browser: number; change: Change }
  /**
   * A pass of the browser's sync (as on a change, an arrival or a start). `stop`: its worker is stopped during that
   * write, which lands or not. `crowd`: another extension fills what is left of sync while the pass runs.
   */
  | { kind: 'pass'; browser: number; stop: Stop; crowd: boolean }
  /** Chrome Sync sends the browser's written items to the server. */
  | { kind: 'upload'; browser: number }
  /** Chrome Sync hands the browser the server's items: all of them, or only some (`some`, a mask over the keys). */
  | { kind: 'deliver'; browser: number; some: number | null }
  | { kind: 'tick'; ms: number }
  /** Another extension's data in this browser's sync: `bytes` of it (0: none). */
  | { kind: 'crowd'; browser: number; bytes: number }
  | { kind: 'offline' | 'online' | 'syncDown' | 'syncUp'; browser: number }
  /**
   * A busy moment in one browser: a pass (after Chrome Sync handed over what the server holds: an arrival, merged),
   * and the user's changes starting `after` so many turns of the event loop into it, each at once with the others, at
   * any of their awaits. `halt`: the worker is stopped that many turns in, in the middle of whatever runs then, inside
   * a transaction or not.
   */
  | {
      kind: 'busy';
      browser: number;
      arrival: boolean;
      pass: boolean;
      changes: { change: Change; after: Turn }[];
      halt: Turn | null;
    }
  /** Stars and passes as fast as a user can press, `count` of them a few hundred milliseconds apart, the worker stopped halfway. */
  | { kind: 'burst'; browser: number; count: number };

export interface History {
  /** Each browser's clock against the world's, in whole minutes so that changes tie. */
  skews: number[];
  steps: Step[];
  /**
   * How the history ends: sync healed (every browser online, no other data in sync), or full (the same other data in
   * every browser's sync, `fullBytes` of it, so the saves no longer all fit).
   */
  ending: { kind: 'healed' } | { kind: 'full'; fullBytes: number };
}

const quote = fc.oneof(
  { weight: 3, arbitrary: fc.nat({ max: OFTEN - 1 }) },
  { weight: 2, arbitrary: fc.integer({ min: OFTEN, max: QUOTE_COUNT - 1 }) },
);
const change: fc.Arbitrary<Change> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('star' as const), quote }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('remove' as const, 'unpin' as const), quote }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('note' as const),
      quote,
      text: fc.constantFrom('', '', ' ', 'ask Ion', 'Lean <specs>', LONG_NOTE, LONG_NOTE, TOO_LONG_NOTE),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('pin' as const), quote, start: fc.nat({ max: 2800 }) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('import' as const),
      quotes: fc.uniqueArray(fc.nat({ max: QUOTE_COUNT - 1 }), { minLength: 4, maxLength: 16 }),
      noted: fc.boolean(),
      pins: fc.uniqueArray(fc.nat({ max: QUOTE_COUNT - 1 }), { maxLength: 4 }),
    }),
  },
);

const often = <T>(value: T, rarely: fc.Arbitrary<T>, weight = 4) =>
  fc.oneof({ weight, arbitrary: fc.constant(value) }, { weight: 1, arbitrary: rarely });
/** Of sync's 102,400 bytes, another extension leaves us room for a few items, or for one. */
const crowdBytes = fc.oneof(
  { weight: 1, arbitrary: fc.integer({ min: 60_000, max: 85_000 }) },
  { weight: 3, arbitrary: fc.integer({ min: 85_000, max: 101_000 }) },
);

/** A turn of the event loop a busy browser's work starts at: most of a pass lies in its first forty. */
const turn = fc.nat({ max: 40 });

export function historyArbitrary({ browsers = 3, minSteps = 10, maxSteps = 60 } = {}): fc.Arbitrary<History> {
  const browser = fc.nat({ max: browsers - 1 });
  const step: fc.Arbitrary<Step> = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant('busy' as const),
        browser,
        arrival: fc.boolean(),
        pass: often(true, fc.constant(false), 5),
        changes: fc.array(fc.record({ change, after: turn }), { minLength: 1, maxLength: 3 }),
        halt: often(null, turn, 3),
      }),
    },

    { weight: 6, arbitrary: fc.record({ kind: fc.constant('change' as const), browser, change }) },
    {
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constant('pass' as const),
        browser,
        stop: often(
          null,
          // A remove is rarer than a set in a pass: a stop aimed at one is aimed at it more often.
          fc.record({
            during: fc.constantFrom('set' as const, 'remove' as const, 'remove' as const),
            landed: fc.boolean(),
          }),
        ),
        crowd: often(false, fc.constant(true), 10),
      }),
    },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('upload' as const), browser }) },
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('deliver' as const),
        browser,
        some: fc.option(fc.nat({ max: 255 }), { nil: null }),
      }),
    },
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('tick' as const),
        ms: fc.oneof(
          fc.constantFrom(0, SECOND, 2 * SECOND),
          fc.integer({ min: 1, max: 90 }).map((m) => m * MINUTE),
          fc.integer({ min: 1, max: 45 }).map((d) => d * DAY),
        ),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({ kind: fc.constant('crowd' as const), browser, bytes: often(0, crowdBytes, 2) }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constantFrom('offline' as const, 'online' as const, 'syncDown' as const, 'syncUp' as const),
        browser,
      }),
    },
  );
  // A burst is long (some 130 passes): rare, so that about one history in two hundred has one.
  const burst = fc.record({ kind: fc.constant('burst' as const), browser, count: fc.integer({ min: 125, max: 135 }) });
  const stepOrBurst: fc.Arbitrary<Step> = fc.oneof(
    { weight: 40 * (minSteps + maxSteps) * 2, arbitrary: step },
    { weight: 1, arbitrary: burst },
  );
  return fc.record({
    ending: fc.oneof(
      { weight: 3, arbitrary: fc.constant({ kind: 'healed' as const }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('full' as const), fullBytes: crowdBytes }) },
    ),
    skews: fc.array(
      fc.integer({ min: -MAX_SKEW / MINUTE, max: MAX_SKEW / MINUTE }).map((m) => m * MINUTE),
      { minLength: browsers, maxLength: browsers },
    ),
    // A user who has used the extension a while: a history starts with their saves imported in one browser, enough
    // for several sync items.
    steps: fc
      .tuple(
        fc.record({
          kind: fc.constant('change' as const),
          browser,
          change: fc.record({
            kind: fc.constant('import' as const),
            quotes: fc.uniqueArray(fc.nat({ max: QUOTE_COUNT - 1 }), { minLength: 12, maxLength: 24 }),
            noted: fc.constant(true),
            pins: fc.uniqueArray(fc.nat({ max: QUOTE_COUNT - 1 }), { maxLength: 4 }),
          }),
        }),
        fc.array(stepOrBurst, { minLength: minSteps, maxLength: maxSteps }),
      )
      .map(([start, rest]) => [start, ...rest]),
  });
}
