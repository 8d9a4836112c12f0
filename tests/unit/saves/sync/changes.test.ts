// Which database changes send the saves to sync: those of the saves, the own timings and the removals.
import { expect, it } from 'vitest';
import { touchesSaves } from '@/lib/saves/sync/changes';

it('tells a change of the saves from one of the corpus or the captions', () => {
  expect(touchesSaves({ 'idb://talk-companion/favourites/': {} })).toBe(true);
  expect(touchesSaves({ 'idb://talk-companion/timings/talkId': {} })).toBe(true);
  expect(touchesSaves({ 'idb://talk-companion/tombstones/': {} })).toBe(true);
  expect(touchesSaves({ all: {} })).toBe(true); // Dexie's "everything may have changed"
  // One transaction wrote the captions and a save: the save counts.
  expect(touchesSaves({ 'idb://talk-companion/transcripts/': {}, 'idb://talk-companion/favourites/': {} })).toBe(true);
  expect(touchesSaves({ 'idb://talk-companion/talks/': {}, 'idb://talk-companion/transcripts/talkId': {} })).toBe(
    false,
  );
});
