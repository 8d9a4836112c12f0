import { describe, expect, it, vi } from 'vitest';
import {
  checked,
  PROTOCOL,
  isCaptionsReport,
  isLineRequest,
  isPageQuotes,
  isPlayback,
  isQuoteRequest,
  isSaveAtRequest,
  isSeekRequest,
  isServeTabRequest,
} from '@/lib/messaging';
import { PAGE_ROWS } from '@/lib/messaging/page';
import { checkedBy } from '@/lib/messaging/transport';
import { playbackAt as playback } from './messaging-mock';

describe('messages are checked where they enter', () => {
  it('accepts well-formed playback and seek requests', () => {
    expect(isPlayback(playback(5))).toBe(true);
    expect(isPlayback(playback(5, { duration: null }))).toBe(true);
    expect(isSeekRequest({ videoId: 'QwC-J2KFTrM', seconds: 1770 })).toBe(true);
  });

  it('drops malformed playback and seek requests', () => {
    for (const bad of [
      null,
      'x',
      {},
      { ...playback(5), time: -1 },
      { ...playback(5), time: Number.NaN },
      { ...playback(5), talkId: 3 },
    ])
      expect(isPlayback(bad)).toBe(false);
    const video = { videoId: 'QwC-J2KFTrM' };
    for (const bad of [
      null,
      {},
      { seconds: 10 },
      { ...video, seconds: '10' },
      { ...video, seconds: -5 },
      { ...video, seconds: Number.POSITIVE_INFINITY },
    ])
      expect(isSeekRequest(bad)).toBe(false);
  });

  it('takes tab requests with tab ids or nulls only', () => {
    expect(isServeTabRequest({ pinned: 3, active: null })).toBe(true);
    for (const bad of [
      null,
      { pinned: -1, active: null },
      { pinned: 1.5, active: 2 },
      { pinned: '3', active: null },
      { active: 2 },
    ])
      expect(isServeTabRequest(bad)).toBe(false);
  });

  it('takes a card star only with a talk and a quote id of sensible length', () => {
    expect(isQuoteRequest({ talkId: 'brk227-x', quoteId: 'brk227-x/1234' })).toBe(true);
    for (const bad of [
      null,
      { talkId: 'brk227-x' },
      { talkId: '', quoteId: 'q' },
      { talkId: 't', quoteId: 'q'.repeat(201) },
    ])
      expect(isQuoteRequest(bad)).toBe(false);
  });

  it("takes a save-by-key moment, a line to replay, and what the talk's page shows, only when well formed", () => {
    expect(isSaveAtRequest({ talkId: 'brk227-x', time: 2441.5 })).toBe(true);
    for (const bad of [
      null,
      { talkId: 'brk227-x' },
      { talkId: 'brk227-x', time: -1 },
      { talkId: 'brk227-x', time: Number.NaN },
      { talkId: '', time: 3 },
    ])
      expect(isSaveAtRequest(bad)).toBe(false);

    expect(isLineRequest({ talkId: 'brk227-x', videoId: 'QwC-J2KFTrM', time: 60 })).toBe(true);
    for (const bad of [
      { talkId: 'brk227-x', time: 60 },
      { talkId: 'brk227-x', videoId: '', time: 60 },
      { talkId: 'brk227-x', videoId: 'QwC-J2KFTrM', time: -2 },
    ])
      expect(isLineRequest(bad)).toBe(false);

    const quote = { id: 'q1', text: 'Words.', speaker: 'Ion Stoica', start: 600 };
    const page = {
      talkId: 'brk227-x',
      quotes: [quote],
      saved: ['q1'],
      savedLines: [{ ...quote, id: 'l1', speaker: '' }],
      chapters: [
        { start: 0, title: 'Introduction' },
        { start: 36, title: 'Ideas' },
      ],
      withSlide: ['q1'],
    };
    expect(isPageQuotes(page)).toBe(true);
    expect(isPageQuotes({ ...page, quotes: [], saved: [], savedLines: [] })).toBe(true);
    const bads = [
      null,
      { ...page, talkId: '' },
      { ...page, saved: undefined },
      { ...page, quotes: [{ ...quote, start: null }] },
      { ...page, saved: [3] },
      { ...page, withSlide: undefined },
      { ...page, withSlide: [''] },
      { ...page, quotes: [{ ...quote, id: '' }] },
      { ...page, savedLines: [{ ...quote, text: 7 }] },
      { ...page, chapters: ['0:00'] },
      { ...page, chapters: [{ start: '0:00', title: 'Introduction' }] },
      { ...page, chapters: [{ start: 0 }] },
    ];
    for (const bad of bads) expect(isPageQuotes(bad)).toBe(false);
  });

  it('takes a captions report only with a talk, a video, and the text of a track of sensible size, or a reason', () => {
    const base = { talkId: 'brk227-x', videoId: 'QwC-J2KFTrM' };
    const track = { languageCode: 'en', name: 'English', vssId: '.en' };
    expect(isCaptionsReport({ ...base, outcome: 'none' })).toBe(true);
    expect(isCaptionsReport({ ...base, outcome: 'failed', reason: 'YouTube answered 500' })).toBe(true);
    expect(isCaptionsReport({ ...base, outcome: 'track', track, body: '{"events":[]}' })).toBe(true);
    expect(isCaptionsReport({ ...base, outcome: 'track', track, body: '{"events":[]}', way: 'player' })).toBe(true);
    expect(isCaptionsReport({ ...base, outcome: 'panel', lines: [{ start: 1, text: 'so when we think' }] })).toBe(true);
    for (const bad of [
      { ...base, outcome: 'track', track, body: '', way: 'guessed' },
      { ...base, outcome: 'panel', lines: [] },
      { ...base, outcome: 'panel', lines: [{ start: -1, text: 'x' }] },
      { ...base, outcome: 'panel', lines: [{ start: 1, text: '' }] },
      { ...base, outcome: 'panel', lines: 'so when we think' },
      null,
      { ...base, outcome: 'maybe' },
      { ...base, outcome: 'failed', reason: '' },
      { ...base, outcome: 'track', track, body: 5 },
      { ...base, outcome: 'track', track: { ...track, languageCode: '' }, body: '' },
      { ...base, outcome: 'track', track: { languageCode: 'en', name: 'English' }, body: '' },
      { ...base, outcome: 'track', track, body: 'x'.repeat(8_000_001) },
      { talkId: 'brk227-x', outcome: 'none' },
    ])
      expect(isCaptionsReport(bad)).toBe(false);
  });
});

describe('the protocol table checks every message before its handler', () => {
  it('answers a malformed message of every kind with its refusal, never calling the handler', () => {
    for (const [type, rule] of Object.entries(PROTOCOL)) {
      const handler = vi.fn(() => 'handled');
      const answer = checked(
        type as keyof typeof PROTOCOL,
        handler,
      )({ data: { malformed: true }, sender: {} } as never);
      expect(handler, type).not.toHaveBeenCalled();
      expect(answer, type).toEqual(rule.refused);
    }
  });

  it('hands a well-formed message to its handler and returns its answer', () => {
    const handler = vi.fn(() => true);
    const data = { talkId: 'brk227-x', quoteId: 'q1', saved: true };
    expect(checked('setSaved', handler)({ data, sender: {} } as never)).toBe(true);
    expect(handler).toHaveBeenCalledWith(expect.objectContaining({ data }));
  });
});

describe("the talk page's rows", () => {
  it('refuse a message the talk page has no row for, without calling its handler or throwing', () => {
    const handler = vi.fn(() => true);
    const listener = checkedBy(PAGE_ROWS, 'setSaved', handler);
    expect(listener({ data: { talkId: 'brk227-x', quoteId: 'q1', saved: true }, sender: {} } as never)).toBeUndefined();
    expect(handler).not.toHaveBeenCalled();
  });
});
