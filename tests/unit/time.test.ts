import { describe, expect, it } from 'vitest';
import { formatTimestamp, parseTimestamp } from '@/lib/time';

describe('timestamps', () => {
  it('reads both formats the documents use', () => {
    expect(parseTimestamp('0:00')).toBe(0);
    expect(parseTimestamp('41:21')).toBe(2481);
    expect(parseTimestamp('00:34:48')).toBe(2088);
    expect(parseTimestamp('1:02:03')).toBe(3723);
  });

  it('refuses what is not a time', () => {
    for (const text of ['', '12', '1:2', '0:60', '1:60:00', '00:1O:19', 'a:bc'])
      expect(parseTimestamp(text), text).toBeNull();
  });

  it('writes times as YouTube shows them', () => {
    expect(formatTimestamp(36)).toBe('0:36');
    expect(formatTimestamp(2481.7)).toBe('41:21');
    expect(formatTimestamp(3723)).toBe('1:02:03');
  });
});
