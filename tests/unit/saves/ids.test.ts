// The one rule for "is this caption line saved", which the views, the talk window and the writer all ask.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { captionQuoteId, lineSaves } from '@/lib/saves/ids';

const T = 'brk227-c2453dc8';
const V = 'QwC-J2KFTrM';

describe('whether a caption line is saved', () => {
  it('finds a line by its own id, and a line starred on the panel (to the second) on the track’s line said then', () => {
    const saved = [captionQuoteId(T, V, { start: 26.96 }), captionQuoteId(T, V, { start: 13 }), 'a-corpus-quote'];
    const saveOf = lineSaves(saved, T, V);
    expect(saveOf({ start: 26.96 })).toBe(saved[0]);
    // The panel said 13 s; the track gives the same line at 13.4 s.
    expect(saveOf({ start: 13.4 })).toBe(saved[1]);
    expect(saveOf({ start: 12.9 })).toBeUndefined();
    expect(saveOf({ start: 14 })).toBeUndefined();
    // Another video's lines are never this video's.
    expect(lineSaves(saved, T, 'R3upl0adX1z')({ start: 13 })).toBeUndefined();
  });

  it('always finds the line it was saved from (a property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 4 * 3600, noNaN: true }), (start) => {
        expect(lineSaves([captionQuoteId(T, V, { start })], T, V)({ start })).toBe(captionQuoteId(T, V, { start }));
      }),
    );
  });
});
