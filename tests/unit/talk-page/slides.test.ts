// @vitest-environment happy-dom
// The slides kept on the talk's page: a frame not ready yet ("not yet": a seek in progress, or the frame from before
// it) is taken again when the video next shows a frame, for a paused video sends no more readings.
import { expect, it, vi } from 'vitest';
import type { TalkPage } from '@/lib/talk-page/page';

const { answers } = vi.hoisted(() => ({ answers: [] as unknown[] }));
vi.mock('@/lib/youtube/frame', () => ({ takeSlide: vi.fn(async () => answers.shift()) }));
const { keepSlides } = await import('@/lib/talk-page/slides');

const slide = { image: 'data:image/jpeg;base64,AAAA', width: 1280, height: 720 };

it('takes the slide again at the next frame shown after a frame that was not ready, with no reading between', async () => {
  document.body.innerHTML = '<div id="movie_player"><video></video></div>';
  const video = document.querySelector('video')!;
  const frames: (() => void)[] = [];
  video.requestVideoFrameCallback = (callback) => frames.push(() => callback(0, {} as VideoFrameCallbackMetadata));
  const send = vi.fn(async () => undefined);
  const readers: (() => void)[] = [];
  const quote = { id: 'brk227-x/2481', start: 2481, text: 'a quote said over a few seconds', speaker: '' };
  const page = {
    talkId: 'brk227-x',
    videoId: 'QwC-J2KFTrM',
    player: document.querySelector('#movie_player'),
    quotes: { talkId: 'brk227-x', quotes: [quote], saved: [quote.id], savedLines: [], chapters: [], withSlide: [] },
    reading: { time: 2482, duration: 2800, paused: true, rate: 1, ad: false },
    on: (news: string, listener: () => void) => news === 'reading' && readers.push(listener),
    alive: () => true,
    send,
  } as unknown as TalkPage;
  answers.push('not yet', slide);
  keepSlides(page);
  readers.forEach((read) => read());
  await vi.waitFor(() => expect(frames).toHaveLength(1));
  expect(send).not.toHaveBeenCalled();
  // No reading comes: only the frame the video shows next.
  frames[0]!();
  await vi.waitFor(() =>
    expect(send).toHaveBeenCalledWith('keepSlide', expect.objectContaining({ quoteId: quote.id, slide })),
  );
});
