import { describe, expect, it } from 'vitest';
import { chooseTrack, json3Url } from '@/lib/captions/tracks';
import type { CaptionTrack } from '@/lib/model/captions';

const track = (languageCode: string, kind?: string): CaptionTrack => ({
  languageCode,
  kind,
  name: languageCode,
  vssId: `${kind === 'asr' ? 'a' : ''}.${languageCode}`,
  url: `/api/timedtext?lang=${languageCode}`,
});

describe('choosing the track to read', () => {
  it('takes a manual English track before an automatic one, whatever the order', () => {
    expect(chooseTrack([track('en', 'asr'), track('de'), track('en-GB')])).toEqual(track('en-GB'));
  });

  it('knows English by its code only: Kenyang (ken) is not English', () => {
    expect(chooseTrack([track('ken'), track('en', 'asr')])).toEqual(track('en', 'asr'));
  });

  it('takes an automatic English track before another language', () => {
    expect(chooseTrack([track('fr'), track('en', 'asr')])).toEqual(track('en', 'asr'));
  });

  it('takes another language only when there is no English, a manual one first', () => {
    expect(chooseTrack([track('fr', 'asr'), track('de')])).toEqual(track('de'));
    expect(chooseTrack([])).toBeUndefined();
  });

  it("asks for json3 on the page's origin, keeping the token", () => {
    expect(json3Url('/api/timedtext?v=x&pot=tok&fmt=srv3', 'https://m.youtube.com')).toBe(
      'https://m.youtube.com/api/timedtext?v=x&pot=tok&fmt=json3',
    );
  });
});
