// What the talk window shows at a moment (its chapter is the views' own), and where its chapter buttons go: the expected answers are worked out here
// by hand from the example talk below.
import { describe, expect, it } from 'vitest';
import { chapterBeside, windowMoment } from '@/lib/timeline/window';

const chapters = [
  { start: 36, title: 'Ideas' },
  { start: 0, title: 'Welcome' },
  { start: 600, title: 'Questions' },
];
// Ten words: said for 5 s (the shortest saying); the second, placed by the user, at 300.
const first = { id: 'q1', text: 'one two three four five six seven eight nine ten', speaker: 'Ion Stoica', start: 100 };
const second = { id: 'q2', text: 'Later words.', speaker: 'Ion Stoica', start: 300, timing: 'own' as const };
const page = { quotes: [second, first], chapters };

describe('the talk window at a moment', () => {
  it('the quote being said from its start until it has been said, and none after', () => {
    expect(windowMoment(page, 99.9).quote).toBeUndefined();
    expect(windowMoment(page, 100).quote).toBe(first);
    expect(windowMoment(page, 104.9).quote).toBe(first);
    expect(windowMoment(page, 105).quote).toBeUndefined();
  });

  it('the next quote to start, however far, with the whole seconds left; none after the last', () => {
    expect(windowMoment(page, 10).next).toEqual({ quote: first, inSeconds: 90 });
    expect(windowMoment(page, 99.2).next).toEqual({ quote: first, inSeconds: 1 });
    // While the first is said, the next is the second, 3 min 18 s off.
    expect(windowMoment(page, 102).next).toEqual({ quote: second, inSeconds: 198 });
    expect(windowMoment(page, 300).next).toBeUndefined();
  });
});

describe('the chapter buttons', () => {
  it('next goes to the start of the chapter after this one; none after the last', () => {
    expect(chapterBeside(chapters, 10, 'next')).toBe(36);
    expect(chapterBeside(chapters, 36, 'next')).toBe(600);
    expect(chapterBeside(chapters, 700, 'next')).toBeUndefined();
  });

  it('previous goes back to this chapter’s start, or to the one before within 3 s of it', () => {
    expect(chapterBeside(chapters, 100, 'previous')).toBe(36);
    expect(chapterBeside(chapters, 39, 'previous')).toBe(36);
    expect(chapterBeside(chapters, 38.5, 'previous')).toBe(0);
    expect(chapterBeside(chapters, 2, 'previous')).toBeUndefined();
  });
});
