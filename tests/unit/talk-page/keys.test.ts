// @vitest-environment happy-dom
// The slide key pressed before the page has read the video's captions: it waits for them and keeps the slide of the
// moment it was pressed, asked again as the page hears of the captions, and says so if they never come.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { SlideByKeyResult } from '@/lib/model/messages';
import type { TalkPage } from '@/lib/talk-page/page';

const slide = { image: 'data:image/jpeg;base64,AAAA', width: 1280, height: 720 };
vi.mock('@/lib/youtube/frame', () => ({ takeSlide: vi.fn(async () => slide) }));
const { listenForKeys } = await import('@/lib/talk-page/keys');

let answers: SlideByKeyResult[];
let said: string[];
let heard: (() => void)[];
let send: ReturnType<typeof vi.fn>;
let video: HTMLVideoElement;
let visit: AbortController;

beforeEach(() => {
  document.body.innerHTML = '<div id="movie_player"><video></video></div>';
  video = document.querySelector('video')!;
  Object.defineProperty(video, 'currentTime', { value: 600, writable: true });
  visit = new AbortController();
  answers = [];
  said = [];
  heard = [];
  send = vi.fn(async (_type: string, _data: unknown) => answers.shift() ?? { saved: 'reading' });
  const page = {
    talkId: 'brk227-x',
    videoId: 'QwC-J2KFTrM',
    player: document.querySelector('#movie_player'),
    quotes: { talkId: 'brk227-x', quotes: [], saved: [], savedLines: [], chapters: [], withSlide: [] },
    reading: { time: 600, duration: 2800, paused: true, rate: 1, ad: false },
    signal: visit.signal,
    on: (news: string, listener: () => void) => {
      if (news !== 'quotes') return () => undefined;
      heard.push(listener);
      return () => (heard = heard.filter((other) => other !== listener));
    },
    tell: (news: string, message: string) => news === 'say' && said.push(message),
    alive: () => true,
    send,
  } as unknown as TalkPage;
  listenForKeys(page);
});
afterEach(() => {
  visit.abort();
  vi.useRealTimers();
});

const pressSlideKey = () =>
  document.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyF', altKey: true, shiftKey: true }));
const quotesChanged = () => heard.forEach((listener) => listener());

it('waits for the captions, then keeps the slide of the moment it was pressed, without a second press', async () => {
  answers.push({ saved: 'reading' });
  pressSlideKey();
  await vi.waitFor(() => expect(said).toEqual(['Keeping the slide once the captions are read…']));
  video.currentTime = 900;
  answers.push({ saved: 'new', text: 'Consensus is the hard part of every distributed system' });
  quotesChanged();
  await vi.waitFor(() => expect(said.at(-1)).toMatch(/^Kept the slide with “Consensus/));
  expect(send).toHaveBeenCalledTimes(2);
  for (const [, data] of send.mock.calls) expect(data).toMatchObject({ time: 600, slide });
  // Done: a later change asks nothing more.
  quotesChanged();
  expect(send).toHaveBeenCalledTimes(2);
});

it('says nothing was kept when the captions do not come within the wait, and stops asking', async () => {
  vi.useFakeTimers();
  pressSlideKey();
  await vi.waitFor(() => expect(said).toEqual(['Keeping the slide once the captions are read…']));
  quotesChanged();
  await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(2));
  await vi.advanceTimersByTimeAsync(30_000);
  expect(said.at(-1)).toBe('No captions came, so nothing was kept.');
  quotesChanged();
  expect(send).toHaveBeenCalledTimes(2);
});

it('says nothing more for an answer that comes after the slide is kept (answers may come out of order)', async () => {
  let late!: (answer: SlideByKeyResult) => void;
  send.mockImplementationOnce(() => new Promise<SlideByKeyResult>((resolve) => (late = resolve)));
  pressSlideKey();
  await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1));
  answers.push({ saved: 'new', text: 'Consensus is the hard part' });
  quotesChanged();
  await vi.waitFor(() => expect(said.at(-1)).toMatch(/^Kept the slide with/));
  late({ saved: 'reading' });
  // The held answer's own continuation runs in the jobs queued before this task.
  await new Promise((resolve) => setTimeout(resolve));
  expect(said).toEqual(['Kept the slide with “Consensus is the hard part…”']);
});

it('keeps at once when the captions are read already', async () => {
  answers.push({ saved: 'already', text: 'Consensus is the hard part' });
  pressSlideKey();
  await vi.waitFor(() => expect(said).toEqual(['Kept the slide with “Consensus is the hard part…”']));
  expect(send).toHaveBeenCalledTimes(1);
});
