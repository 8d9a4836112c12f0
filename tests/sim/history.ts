// What happens in a simulated history of browsers sharing their saves (browsers.ts runs it): the user's changes, sync
// passes (some cut short by a stopped worker), Chrome Sync carrying items late, in part or twice, time passing by
// seconds to weeks, browsers offline, sync down, sync crowded by another extension's data.
import fc from 'fast-check';

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const DAY = 24 * 60 * MINUTE;
/** How far a browser's clock may be off the world's. */
export const MAX_SKEW = 3 * MINUTE;
/** A few quotes of one talk: few enough that browsers change the same ones, and at the same second. */
export const QUOTES = ['q0', 'q1', 'q2', 'q3'];

export type Change =
  | { kind: 'add' | 'remove' | 'unpin'; quote: number }
  | { kind: 'note'; quote: number; text: string }
  | { kind: 'pin'; quote: number; start: number };

export type Step =
  | { kind: 'change'; browser: number; change: Change }
  /** A pass of the browser's sync (as on a change, an arrival or a start); `stopped`: its worker stops before it writes. */
  | { kind: 'pass'; browser: number; stopped: boolean }
  /** Chrome Sync sends the browser's written items to the server. */
  | { kind: 'upload'; browser: number }
  /** Chrome Sync hands the browser the server's items: all of them, or only some (`some`, a mask over the keys). */
  | { kind: 'deliver'; browser: number; some: number | null }
  | { kind: 'tick'; ms: number }
  | { kind: 'offline' | 'online' | 'syncDown' | 'syncUp' | 'crowd' | 'uncrowd'; browser: number };

export interface History {
  /** Each browser's clock against the world's, in whole seconds so that changes tie. */
  skews: number[];
  steps: Step[];
}

const browserIndex = (browsers: number) => fc.nat({ max: browsers - 1 });

export function historyArbitrary({ browsers = 3, minSteps = 10, maxSteps = 60 } = {}): fc.Arbitrary<History> {
  const quote = fc.nat({ max: QUOTES.length - 1 });
  const change: fc.Arbitrary<Change> = fc.oneof(
    fc.record({ kind: fc.constantFrom('add' as const, 'remove' as const, 'unpin' as const), quote }),
    fc.record({
      kind: fc.constant('note' as const),
      quote,
      text: fc.constantFrom('', 'ask Ion', 'Lean <specs>', 'ok'),
    }),
    fc.record({ kind: fc.constant('pin' as const), quote, start: fc.nat({ max: 2800 }) }),
  );
  const b = browserIndex(browsers);
  const step: fc.Arbitrary<Step> = fc.oneof(
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('change' as const), browser: b, change }) },
    {
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constant('pass' as const),
        browser: b,
        stopped: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
      }),
    },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('upload' as const), browser: b }) },
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('deliver' as const),
        browser: b,
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
      arbitrary: fc.record({
        kind: fc.constantFrom(
          'offline' as const,
          'online' as const,
          'syncDown' as const,
          'syncUp' as const,
          'crowd' as const,
          'uncrowd' as const,
        ),
        browser: b,
      }),
    },
  );
  return fc.record({
    // Whole minutes: browsers whose clocks agree, or differ by what a tick makes up, stamp changes at the same moment.
    skews: fc.array(
      fc.integer({ min: -MAX_SKEW / MINUTE, max: MAX_SKEW / MINUTE }).map((m) => m * MINUTE),
      { minLength: browsers, maxLength: browsers },
    ),
    steps: fc.array(step, { minLength: minSteps, maxLength: maxSteps }),
  });
}
