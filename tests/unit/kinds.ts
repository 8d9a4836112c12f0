// The kinds of field that come in from outside (a message, an import file, another browser's sync), each stated here
// from what the product promises, not read from the checks: the values at its edges it takes, and those just past
// them it refuses. `expectFields` puts each value in turn into an otherwise good message.
import { expect } from 'vitest';

export type Kind = { takes: unknown[]; refuses: unknown[] };

const text = (length: number) => 'x'.repeat(length);

/** Words of at most `max` characters, never none. */
export const words = (max: number): Kind => ({
  takes: ['a', text(max)],
  refuses: ['', text(max + 1), 7, null, undefined],
});
/** An id: a talk's, a quote's, a video's in a message. */
export const id = words(200);
/** A moment of the video, or of the clock: a finite number of zero or more. */
export const moment: Kind = {
  takes: [0, 2441.5],
  refuses: [-0.5, Number.NaN, Number.POSITIVE_INFINITY, '10', null, undefined],
};
export const flag: Kind = { takes: [true, false], refuses: ['true', 0, null, undefined] };
/** Any string, the empty one too. */
export const anyText: Kind = { takes: ['', 'Ion Stoica'], refuses: [3, null, undefined] };
/** A kind, or nothing there. */
export const orAbsent = (kind: Kind): Kind => ({
  takes: [undefined, ...kind.takes],
  refuses: kind.refuses.filter((value) => value !== undefined),
});
/** A kind, or null (and nothing else in its place). */
export const orNull = (kind: Kind): Kind => ({
  takes: [null, ...kind.takes],
  refuses: kind.refuses.filter((value) => value !== null),
});
/** One of these words exactly. */
export const oneOf = (...values: unknown[]): Kind => ({
  takes: values,
  refuses: ['', 'other', 1, null, ...(values.includes(undefined) ? [] : [undefined])],
});

/** Values that are no message at all. */
export const NOT_A_MESSAGE = [null, undefined, 'x', 42, true];

const show = (value: unknown) =>
  typeof value === 'string' && value.length > 40
    ? `${value.length} characters`
    : typeof value === 'number' || value === undefined
      ? String(value)
      : JSON.stringify(value);

/** The check takes `good` and nothing that is no message, and each field at each of its kind's values as stated. */
export function expectFields(check: (value: unknown) => boolean, good: object, fields: Record<string, Kind>) {
  expect(check(good), 'the good message').toBe(true);
  for (const value of NOT_A_MESSAGE) expect(check(value), show(value)).toBe(false);
  for (const [field, kind] of Object.entries(fields)) {
    for (const value of kind.takes) expect(check({ ...good, [field]: value }), `${field}: ${show(value)}`).toBe(true);
    for (const value of kind.refuses)
      expect(check({ ...good, [field]: value }), `${field}: ${show(value)}`).toBe(false);
  }
}
