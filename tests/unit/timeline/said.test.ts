// The one rule for what is being said at a moment: the quote first for reading, the caption line first for a slide.
import { describe, expect, it } from 'vitest';
import { whatIsSaid } from '@/lib/timeline/said';

const quote = { id: 'q1', text: 'the quote' };
const line = { start: 12, text: 'the line' };

describe('what is being said', () => {
  it('is the quote for reading, the line standing in only where no quote is being said', () => {
    expect(whatIsSaid(quote, line, 'reading')).toEqual({ kind: 'quote', quote });
    expect(whatIsSaid(undefined, line, 'reading')).toEqual({ kind: 'line', line });
  });

  it('is the line for a slide, the quote only where no captions are kept', () => {
    expect(whatIsSaid(quote, line, 'slide')).toEqual({ kind: 'line', line });
    expect(whatIsSaid(quote, undefined, 'slide')).toEqual({ kind: 'quote', quote });
  });

  it('is nothing where neither is being said', () => {
    expect(whatIsSaid(undefined, undefined, 'reading')).toBeUndefined();
    expect(whatIsSaid(undefined, undefined, 'slide')).toBeUndefined();
  });
});
