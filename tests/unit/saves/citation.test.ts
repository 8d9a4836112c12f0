import { describe, expect, it } from 'vitest';
import { citation } from '@/lib/saves/citation';

const source = {
  text: 'So that kind of is good.',
  speaker: 'Ion Stoica',
  talkTitle: 'Distributed systems to AI platforms with Mark Russinovich & Ion Stoica',
  talkDetail: 'Microsoft Build 2026, BRK227',
  videoId: 'QwC-J2KFTrM',
};

describe('a citation', () => {
  it('links to the moment the quote is said', () => {
    expect(citation({ ...source, start: 2481 })).toBe(
      '“So that kind of is good.”\n— Ion Stoica, “Distributed systems to AI platforms with Mark Russinovich & Ion Stoica” (Microsoft Build 2026, BRK227) at 41:21\nhttps://www.youtube.com/watch?v=QwC-J2KFTrM&t=2481s',
    );
  });

  it('links to the talk where the quote has no time', () => {
    expect(
      citation({ ...source, start: null })
        .split('\n')
        .slice(1),
    ).toEqual([
      '— Ion Stoica, “Distributed systems to AI platforms with Mark Russinovich & Ion Stoica” (Microsoft Build 2026, BRK227)',
      'https://www.youtube.com/watch?v=QwC-J2KFTrM',
    ]);
  });

  it('falls back to a YouTube search where no video is known', () => {
    expect(citation({ ...source, videoId: null, start: 10 })).toMatch(
      /\nhttps:\/\/www\.youtube\.com\/results\?search_query=Distributed%20systems/,
    );
  });
});
