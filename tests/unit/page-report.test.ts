// Which features work on the page in front of the user, from what its content script found, and how it is said: the
// expected words are written out here, from what the product promises (README, "When YouTube changes").
import { describe, expect, it } from 'vitest';
import type { StoredTranscript } from '@/lib/model/captions';
import type { PageReport } from '@/lib/model/page-report';
import {
  captionsLine,
  downLines,
  featureStates,
  partLines,
  recognisedLine,
  reportText,
  stateLine,
} from '@/lib/page-report';

const page = (parts: PageReport['parts'], more: Partial<PageReport> = {}): PageReport => ({
  talkId: 'brk227',
  videoId: 'QwC-J2KFTrM',
  recognisedBy: 'id',
  parts,
  kind: 'desktop',
  ...more,
});
const everything = { player: true, seekBar: true, titleAndChannel: true, controls: true };
const windowOn = { talkWindow: 'on', windowButton: 'on' };
const states = (report: PageReport, switches = {}) =>
  Object.fromEntries(featureStates(report, switches).map((state) => [state.feature, state.state]));

describe('which features work', () => {
  it('all of them where every part is found, except what the user turned off', () => {
    expect(states(page(everything))).toEqual({
      card: 'on',
      marks: 'on',
      keys: 'on',
      slides: 'on',
      ads: 'on',
      ...windowOn,
    });
    expect(states(page(everything), { cardEnabled: false, marksEnabled: false })).toEqual({
      card: 'off',
      marks: 'off',
      keys: 'on',
      slides: 'on',
      ads: 'on',
      ...windowOn,
    });
  });

  it('without the seek bar, only the marks are down', () => {
    expect(states(page({ ...everything, seekBar: false }))).toEqual({
      card: 'on',
      marks: 'unavailable',
      keys: 'on',
      slides: 'on',
      ads: 'on',
      ...windowOn,
    });
  });

  it("without YouTube's player, everything that lives in it or needs its ad state is down; the keys stay", () => {
    expect(states(page({ player: false, titleAndChannel: true }))).toEqual({
      card: 'unavailable',
      marks: 'unavailable',
      keys: 'on',
      slides: 'unavailable',
      ads: 'unavailable',
      talkWindow: 'on',
      windowButton: 'unavailable',
    });
  });

  it('a down feature stays down even when the user turned it off: the part is what is missing', () => {
    expect(states(page({ ...everything, seekBar: false }), { marksEnabled: false }).marks).toBe('unavailable');
  });

  it('without the title and channel elements nothing is down: the page was recognised all the same', () => {
    expect(downLines(page({ ...everything, titleAndChannel: false }))).toEqual([]);
  });

  it('a part still looked for counts as there, so nothing is said to be down while the player builds', () => {
    expect(downLines(page({ player: true }))).toEqual([]);
  });

  it('the mobile site offers no marks and no keys, and says so without calling them down', () => {
    const mobile = page({ player: true, titleAndChannel: true }, { kind: 'mobile' });
    expect(states(mobile)).toEqual({
      card: 'on',
      marks: 'not here',
      keys: 'not here',
      slides: 'on',
      ads: 'on',
      talkWindow: 'not here',
    });
    expect(downLines(mobile)).toEqual([]);
  });

  it('the talk window opens only where the browser has Document Picture-in-Picture, on YouTube’s own desktop page', () => {
    const lineOf = (report: PageReport) => featureStates(report).filter((state) => state.feature.includes('indow'));
    expect(lineOf(page(everything, { windowOpens: false })).map(stateLine)).toEqual([
      'The talk window is not offered by this browser: it cannot open a picture-in-picture page.',
    ]);
    expect(lineOf(page(everything, { kind: 'embed', windowOpens: false })).map(stateLine)).toEqual([
      'The talk window is opened from YouTube’s own page only, not from a player embedded in another.',
    ]);
    expect(lineOf(page(everything, { kind: 'mobile', windowOpens: true })).map(stateLine)).toEqual([
      'The talk window is not offered on YouTube’s mobile site.',
    ]);
    // Not a thing that is down: the views' status line stays quiet about it.
    expect(downLines(page(everything, { windowOpens: false }))).toEqual([]);
  });

  it('without the player’s controls the window’s button is down, and the key that still opens it is named', () => {
    const report = page({ ...everything, controls: false }, { windowOpens: true });
    expect(states(report)).toMatchObject({ talkWindow: 'on', windowButton: 'unavailable' });
    expect(downLines(report)).toEqual([
      'The talk window’s button on the player is unavailable: YouTube’s player controls have changed (Alt+Shift+W still opens the window).',
    ]);
  });
});

describe('what the user reads', () => {
  it('one line per feature down, in words, with the part that changed', () => {
    expect(downLines(page({ ...everything, seekBar: false }))).toEqual([
      'Marks on the seek bar are unavailable: YouTube’s seek bar has changed.',
    ]);
    expect(downLines(page({ player: false, seekBar: false }))).toEqual([
      'The quote card is unavailable: YouTube’s player has changed.',
      'Marks on the seek bar are unavailable: YouTube’s player has changed.',
      'Slides are unavailable: YouTube’s player has changed.',
      'Telling ads from the talk is unavailable: YouTube’s player has changed.',
      'The talk window’s button on the player is unavailable: YouTube’s player has changed.',
    ]);
    expect(downLines(undefined)).toEqual([]);
  });

  it('each state of a feature', () => {
    const lines = featureStates(page(everything, { kind: 'mobile' }), { cardEnabled: false }).map(stateLine);
    expect(lines).toEqual([
      'The quote card is turned off.',
      'Marks on the seek bar are not offered on YouTube’s mobile site.',
      'The talk’s keys (Alt+Shift+→, ←, R, F, W) are not offered on YouTube’s mobile site.',
      'Slides are on.',
      'Telling ads from the talk is on.',
      'The talk window is not offered on YouTube’s mobile site.',
    ]);
  });

  it('how the page was recognised', () => {
    expect(recognisedLine(page(everything))).toBe('Recognised by its video id (QwC-J2KFTrM).');
    expect(recognisedLine(page(everything, { recognisedBy: 'title', videoId: 'R3upl0adX1z' }))).toBe(
      'Recognised by its title and channel; video id R3upl0adX1z.',
    );
    expect(
      recognisedLine(page(everything, { recognisedBy: 'title', titleFrom: 'microdata', videoId: 'R3upl0adX1z' })),
    ).toBe('Recognised by its title and channel (read from the page’s microdata); video id R3upl0adX1z.');
  });

  it('each part the page is read for: found, not found (and where the title came from instead), or still looked for', () => {
    expect(partLines(page({ player: true, titleAndChannel: false }, { titleFrom: 'tab title' }))).toEqual([
      'The player: found.',
      'The seek bar: still looked for.',
      'The title and channel under the player: not found: read from the tab title.',
      'The player’s controls: still looked for.',
    ]);
    // The controls are looked for only where the window can open.
    expect(partLines(page(everything, { windowOpens: false }))).not.toContain('The player’s controls: found.');
    expect(partLines(page(everything, { windowOpens: true }))).toContain('The player’s controls: found.');
    // The mobile site's seek bar is not read; an embed has no title and channel under it.
    expect(partLines(page(everything, { kind: 'mobile' }))).toEqual([
      'The player: found.',
      'The title and channel under the player: found.',
    ]);
    expect(partLines(page({ player: true, seekBar: false }, { kind: 'embed' }))).toEqual([
      'The player: found.',
      'The seek bar: not found.',
    ]);
    // Where the title came from is said of the title and channel only.
    expect(
      partLines(page({ player: false, seekBar: false, titleAndChannel: true }, { titleFrom: 'microdata' })),
    ).toEqual([
      'The player: not found.',
      'The seek bar: not found.',
      'The title and channel under the player: found.',
      'The player’s controls: still looked for.',
    ]);
  });

  it('how the captions were read, and when', () => {
    const at = Date.UTC(2026, 11, 6, 9, 30);
    const kept: StoredTranscript = {
      videoId: 'QwC-J2KFTrM',
      trackId: '.en',
      talkId: 'brk227',
      fetchedAt: at,
      status: 'ready',
      track: { languageCode: 'en', name: 'English', vssId: '.en' },
      lines: [],
      placements: {},
    };
    const iso = (ms: number) => new Date(ms).toISOString();
    expect(captionsLine(undefined)).toBe('Captions: not read yet.');
    expect(captionsLine(kept, iso)).toBe('Captions: read from the caption track (English), 2026-12-06T09:30:00.000Z.');
    expect(captionsLine({ ...kept, source: 'panel', track: undefined }, iso)).toBe(
      'Captions: read from YouTube’s transcript panel, 2026-12-06T09:30:00.000Z.',
    );
    expect(captionsLine({ ...kept, status: 'none' }, iso)).toBe(
      'Captions: none offered for this video (looked 2026-12-06T09:30:00.000Z).',
    );
    expect(captionsLine({ ...kept, status: 'unavailable', reason: 'YouTube refused the request' }, iso)).toBe(
      'Captions: unavailable, YouTube refused the request (2026-12-06T09:30:00.000Z).',
    );
  });

  it('the report to copy: versions, the page, what was found, every feature, and a word that nothing personal is in it', () => {
    const text = reportText(page({ ...everything, seekBar: false }, { windowOpens: false }), {
      version: '0.1.0',
      browser: 'Firefox 140.12.0',
      switches: { cardEnabled: false },
      at: Date.UTC(2026, 11, 6, 10, 0),
    });
    expect(text).toBe(
      [
        'Talk Companion 0.1.0 on Firefox 140.12.0',
        'YouTube page: the desktop site, 2026-12-06T10:00:00.000Z',
        '',
        'Recognised by its video id (QwC-J2KFTrM).',
        'The player: found.',
        'The seek bar: not found.',
        'The title and channel under the player: found.',
        'Captions: not read yet.',
        '',
        'The quote card is turned off.',
        'Marks on the seek bar are unavailable: YouTube’s seek bar has changed.',
        'The talk’s keys (Alt+Shift+→, ←, R, F, W) are on.',
        'Slides are on.',
        'Telling ads from the talk is on.',
        'The talk window is not offered by this browser: it cannot open a picture-in-picture page.',
        '',
        'This report holds no saves, notes or history.',
      ].join('\n'),
    );
    const at = { version: '0.1.0', browser: 'Firefox 153.8.0', at: Date.UTC(2026, 11, 6, 10, 0) };
    expect(reportText(page(everything, { kind: 'mobile' }), at).split('\n')[1]).toBe(
      'YouTube page: the mobile site, 2026-12-06T10:00:00.000Z',
    );
    expect(reportText(page(everything, { kind: 'embed' }), at).split('\n')[1]).toBe(
      'YouTube page: an embedded player, 2026-12-06T10:00:00.000Z',
    );
  });
});
