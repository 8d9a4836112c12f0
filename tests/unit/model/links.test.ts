import { describe, expect, it } from 'vitest';
import { isVideoId, searchUrl, talkLink, watchUrl } from '@/lib/model/links';

describe('links into YouTube', () => {
  it('open a video at a moment', () => {
    expect(watchUrl('QwC-J2KFTrM', 1770)).toBe('https://www.youtube.com/watch?v=QwC-J2KFTrM&t=1770s');
    expect(watchUrl('QwC-J2KFTrM', 1770.9)).toBe('https://www.youtube.com/watch?v=QwC-J2KFTrM&t=1770s');
    expect(watchUrl('QwC-J2KFTrM')).toBe('https://www.youtube.com/watch?v=QwC-J2KFTrM');
  });

  it('search for a talk whose video is not known', () => {
    expect(searchUrl('Talk & more BRK227')).toBe(
      'https://www.youtube.com/results?search_query=Talk%20%26%20more%20BRK227',
    );
    expect(talkLink(null, 'Talk', 60)).toBe('https://www.youtube.com/results?search_query=Talk');
    expect(talkLink('QwC-J2KFTrM', 'Talk', 60)).toBe('https://www.youtube.com/watch?v=QwC-J2KFTrM&t=60s');
  });

  it('know a video id when they see one', () => {
    expect(isVideoId('QwC-J2KFTrM')).toBe(true);
    for (const bad of ['QwC-J2KFTr', 'QwC-J2KFTrMM', '<img src=x>', 'QwC J2KFTrM']) expect(isVideoId(bad)).toBe(false);
  });
});
