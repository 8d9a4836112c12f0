// Every message's check, field by field at the edges of its kind (tests/unit/kinds.ts): what the background and the
// talk's page take from each other, and what they drop.
import { describe, expect, it } from 'vitest';
import * as checks from '@/lib/messaging/checks';
import { anyText, expectFields, flag, id, moment, oneOf, orAbsent, orNull, words, type Kind } from './kinds';
import { playbackAt } from './messaging-mock';

const talk = { talkId: 'brk227-x' };
const video = { videoId: 'QwC-J2KFTrM' };
const quote = { quoteId: 'brk227-x/1234' };
/** A tab: its id, a whole number of zero or more, or none. */
const tab: Kind = { takes: [null, 0, 7], refuses: [-1, 1.5, '3', undefined] };
/** A finite number, of any sign. */
const finite: Kind = { takes: [-3, 0, 1.25], refuses: [Number.NaN, Number.NEGATIVE_INFINITY, '1', null, undefined] };
/** A typed note or draft: anything typed, up to 100,000 characters (a note's own limit is the writer's to say). */
const typed: Kind = { takes: ['', 'x'.repeat(100_000)], refuses: ['x'.repeat(100_001), 5, null, undefined] };
/** A list whose every item is of a kind; an empty list too. */
const listOf = (kind: Kind): Kind => ({
  takes: [[], kind.takes],
  refuses: [undefined, null, 'x', ...kind.refuses.map((bad) => [...kind.takes, bad])],
});

/** An 8×8 JPEG as a data URL. */
const JPEG =
  'data:image/jpeg;base64,/9j/4AAQSkZJRgABAgAAAQABAAD//gAQTGF2YzU5LjM3LjEwMAD/2wBDAAg+Pkk+SVVVVVVVVWRdZGhoaGRkZGRoaGhwcHCDg4NwcHBoaHBwfHyDg4+Tj4eHg4eTk5ubm7q6srLZ2eD/////xABMAAEBAAAAAAAAAAAAAAAAAAAABgEBAQAAAAAAAAAAAAAAAAAABgcQAQAAAAAAAAAAAAAAAAAAAAARAQAAAAAAAAAAAAAAAAAAAAD/wAARCAAIAAgDASIAAhEAAxEA/9oADAMBAAIRAxEAPwCLAFF/f//Z';
const slide = { image: JPEG, width: 8, height: 8 };
/** A slide the page took, or why it took none (an ad, a frame it could not read); the background decides the rest. */
const slideTaken: Kind = {
  takes: [slide],
  refuses: [undefined, null, 'x', { ...slide, width: 0 }, { ...slide, image: 'data:image/png;base64,AAAA' }],
};
const missing = oneOf('ad', 'unreadable');

describe('each message is taken only when every field is of its kind', () => {
  it('playback', () =>
    expectFields(checks.isPlayback, playbackAt(5), {
      talkId: anyText,
      videoId: orNull(anyText),
      time: moment,
      duration: orNull(finite),
      paused: flag,
      rate: finite,
      ad: flag,
    }));

  it("what a talk's page found of YouTube's page", () =>
    expectFields(
      checks.isPageReport,
      { ...talk, ...video, recognisedBy: 'id', parts: { player: true }, kind: 'desktop' },
      {
        talkId: id,
        videoId: id,
        recognisedBy: oneOf('id', 'title'),
        parts: {
          takes: [{}, { player: false, seekBar: true, titleAndChannel: false, controls: true }],
          refuses: [undefined, null, 'x', { player: 'yes' }, { video: true }, { player: null }],
        },
        titleFrom: orAbsent(oneOf('microdata', 'tab title')),
        windowOpens: orAbsent(flag),
        kind: oneOf('desktop', 'mobile', 'embed'),
      },
    ));

  it('a seek, a video, a talk', () => {
    expectFields(checks.isSeekRequest, { ...video, seconds: 1770 }, { videoId: id, seconds: moment });
    expectFields(checks.isVideoRequest, video, { videoId: id });
    expectFields(checks.isTalkRequest, talk, { talkId: id });
  });

  it('the tab a view follows', () =>
    expectFields(
      checks.isServeTabRequest,
      { pinned: 3, active: null },
      { pinned: tab, active: tab, transcript: orAbsent(flag) },
    ));

  it('a star, a line, a moment to save', () => {
    expectFields(checks.isSaveRequest, quote, { quoteId: id });
    expectFields(checks.isQuoteRequest, { ...talk, ...quote }, { talkId: id, quoteId: id });
    expectFields(
      checks.isSetSavedRequest,
      { ...talk, ...quote, saved: true },
      { talkId: id, quoteId: id, saved: { takes: [true, false], refuses: [undefined, null, 'true', 1] } },
    );
    expectFields(checks.isSaveAtRequest, { ...talk, time: 2441.5 }, { talkId: id, time: moment });
    expectFields(checks.isLineRequest, { ...talk, ...video, time: 60 }, { talkId: id, videoId: id, time: moment });
    expectFields(
      checks.isLineSaveRequest,
      { ...talk, ...video, start: 60, saved: false },
      { talkId: id, videoId: id, start: moment, saved: { takes: [true, false], refuses: [undefined, null, 0] } },
    );
    expectFields(checks.isPinRequest, { ...talk, ...quote, start: 60 }, { talkId: id, quoteId: id, start: moment });
  });

  it('a note, a draft, an import, a setting', () => {
    expectFields(checks.isNoteRequest, { ...quote, note: 'Read the paper.' }, { quoteId: id, note: typed });
    expectFields(checks.isDraftRequest, { ...quote, draft: 'Read' }, { quoteId: id, draft: orNull(typed) });
    expectFields(
      checks.isImportRequest,
      { text: '{}' },
      { text: { takes: ['', 'x'.repeat(32_000_000)], refuses: ['x'.repeat(32_000_001), 5, null, undefined] } },
    );
    expectFields(
      checks.isSettingRequest,
      { setting: 'cardEnabled', on: true },
      { setting: oneOf('cardEnabled', 'marksEnabled', 'syncEnabled'), on: flag },
    );
  });

  it('a slide to keep with a save, or with the line said now', () => {
    expectFields(
      checks.isSlideRequest,
      { ...quote, time: 60, slide },
      { quoteId: id, time: moment, slide: slideTaken },
    );
    expectFields(checks.isSlideRequest, { ...quote, time: 60, missing: 'ad' }, { missing });
    expectFields(
      checks.isSlideNowRequest,
      { ...talk, ...video, time: 60, slide },
      { talkId: id, videoId: id, time: moment, slide: slideTaken },
    );
    expectFields(checks.isSlideNowRequest, { ...talk, ...video, time: 60, missing: 'unreadable' }, { missing });
  });

  it("what the talk's page shows", () => {
    const line = { id: 'q1', text: 'Words.', speaker: 'Ion Stoica', start: 600 };
    const lineFields: Record<string, Kind> = {
      id,
      text: anyText,
      speaker: anyText,
      start: finite,
      timing: oneOf(undefined, 'own', 'captions'),
    };
    const chapter = { start: 36, title: 'Ideas' };
    const chapters = [{ start: 0, title: 'Introduction' }, chapter];
    const page = { ...talk, quotes: [line], saved: ['q1'], savedLines: [], chapters, withSlide: ['q1'] };
    expectFields(checks.isPageQuotes, page, {
      talkId: id,
      saved: listOf(id),
      withSlide: listOf(id),
      chapters: listOf({ takes: [chapter], refuses: [null, 36, { start: 36 }, { title: 'Ideas' }] }),
    });
    for (const [field, kind] of Object.entries({ start: finite, title: anyText }))
      for (const value of kind.refuses)
        expect(checks.isPageQuotes({ ...page, chapters: [{ ...chapter, [field]: value }] }), `${field}: ${value}`).toBe(
          false,
        );
    for (const list of ['quotes', 'savedLines']) {
      const withLine = (value: unknown) => checks.isPageQuotes({ ...page, [list]: [line, value] });
      expect(withLine(null), `${list}: null`).toBe(false);
      for (const [field, kind] of Object.entries(lineFields)) {
        for (const value of kind.takes) expect(withLine({ ...line, [field]: value }), `${field}: ${value}`).toBe(true);
        for (const value of kind.refuses)
          expect(withLine({ ...line, [field]: value }), `${field}: ${value}`).toBe(false);
      }
    }
  });

  describe('a captions report', () => {
    const base = { ...talk, ...video };
    const track = { languageCode: 'en', name: 'English', vssId: '.en' };
    const trackKind: Kind = {
      takes: [
        track,
        { ...track, kind: 'asr' },
        { ...track, kind: 'x'.repeat(200) },
        { ...track, vssId: '' },
        { ...track, vssId: 'x'.repeat(200) },
      ],
      refuses: [
        undefined,
        null,
        'en',
        { ...track, languageCode: '' },
        { ...track, name: undefined },
        { ...track, vssId: undefined },
        { ...track, vssId: 'x'.repeat(201) },
        { ...track, kind: 'x'.repeat(201) },
        { ...track, kind: 5 },
        { ...track, kind: ['asr'] },
      ],
    };

    it('that found no track, or failed saying why', () => {
      expectFields(checks.isCaptionsReport, { ...base, outcome: 'none' }, { talkId: id, videoId: id });
      expectFields(
        checks.isCaptionsReport,
        { ...base, outcome: 'failed', reason: 'YouTube answered 500' },
        { outcome: oneOf('failed'), reason: words(2000) },
      );
    });

    it("that read a track, whole, up to 8,000,000 characters; by the track's URL or the player", () =>
      expectFields(
        checks.isCaptionsReport,
        { ...base, outcome: 'track', track, body: '{"events":[]}' },
        {
          outcome: oneOf('track'),
          track: trackKind,
          body: { takes: ['', 'x'.repeat(8_000_000)], refuses: ['x'.repeat(8_000_001), 5, null, undefined] },
          way: oneOf(undefined, 'track', 'player'),
        },
      ));

    it("that read YouTube's transcript panel: up to 20,000 lines, each a moment and up to 2,000 characters", () => {
      const line = { start: 1, text: 'so when we think' };
      const many = (count: number) => Array.from({ length: count }, (_, i) => ({ start: i, text: 'so' }));
      expectFields(
        checks.isCaptionsReport,
        { ...base, outcome: 'panel', lines: [line] },
        {
          outcome: oneOf('panel'),
          lines: {
            takes: [many(20_000), [{ start: 0, text: 'x'.repeat(2000) }]],
            refuses: [
              [],
              many(20_001),
              'so when we think',
              [line, null],
              ...moment.refuses.map((start) => [line, { ...line, start }]),
              ...words(2000).refuses.map((text) => [line, { ...line, text }]),
            ],
          },
        },
      );
    });
  });
});
