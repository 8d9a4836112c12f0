// A held video frame made a slide, for lib/youtube/frame.ts: scaled to the slide's size and encoded as JPEG.
//
// Scaling a 1080p frame and encoding it holds a thread for 30 ms or more on a slow 2-core machine, four frames of
// video. So YouTube's page does not: it copies the frame's pixels out a strip at a time, one task each
// (frame-strips.ts), and posts them to the slide maker, an extension page in a hidden frame (entrypoints/slide-maker),
// which runs in the extension's own process and does the rest. A worker would not do: YouTube's policy refuses a blob:
// or data: worker, and an extension's address is another origin's. Where the maker cannot help (a frame the browser
// keeps on the GPU, whose pixels cannot be copied out; a maker that never answers), the page draws the slide itself
// from the same frame. Not WebP: WebP keeps a slide in half the bytes, but encodes some seven times slower, and JPEG
// opens in every note tool. (Firefox's build does not come here: lib/youtube/frame.ts.)
import { MAKER_WAIT_MS, stripsOf, type SlideAnswer, type StripMessage } from './frame-strips';
import { drawnSlide } from './slide-image';

type Size = { width: number; height: number };
/** A held frame made a slide of `size`: a JPEG data URL. */
export type MakeSlide = (frame: VideoFrame, size: Size) => Promise<string>;

/** Slides made by the slide maker at `makerUrl`, or on this page where it cannot help. */
export const slidesMadeBy =
  (makerUrl: string): MakeSlide =>
  async (frame, size) =>
    (await made(frame, size, makerUrl).catch(() => undefined)) ?? (await drawnSlide(frame, size));

let slideMaker: { frame: HTMLIFrameElement; port: MessagePort; answers: Map<number, (image?: string) => void> };
let captures = 0;

/** The slide maker's frame in this page, put there on first use (again, if the page removed it). */
function makerAt(url: string): typeof slideMaker {
  if (slideMaker?.frame.isConnected) return slideMaker;
  const frame = document.createElement('iframe');
  frame.src = url;
  frame.style.display = 'none';
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  const { port1, port2 } = new MessageChannel();
  const answers = new Map<number, (image?: string) => void>();
  port1.onmessage = ({ data }: MessageEvent<SlideAnswer>) => answers.get(data.id)?.(data.image);
  // The port goes to the maker's origin only: a frame the page sent elsewhere never gets it.
  const handOver = () => frame.contentWindow?.postMessage('slide-maker', new URL(url).origin, [port2]);
  frame.addEventListener('load', handOver, { once: true });
  document.documentElement.append(frame);
  return (slideMaker = { frame, port: port1, answers });
}

/** The slide, made by the maker from the frame's strips; none if it could not make it in time. */
async function made(frame: VideoFrame, slide: Size, url: string): Promise<string | undefined> {
  // A frame kept on the GPU has no format here: its pixels cannot be copied out.
  if (!frame.format || !frame.visibleRect) return undefined;
  const { format, visibleRect: rect } = frame;
  const maker = makerAt(url);
  const id = ++captures;
  const answer = new Promise<string | undefined>((resolve) => {
    const done = (image?: string) => {
      clearTimeout(timer);
      maker.answers.delete(id);
      resolve(image);
    };
    const timer = setTimeout(done, MAKER_WAIT_MS);
    maker.answers.set(id, done);
  });
  for (const strip of stripsOf(rect, frame.allocationSize())) {
    const buffer = new ArrayBuffer(frame.allocationSize({ rect: strip }));
    const layout = await frame.copyTo(buffer, { rect: strip });
    const message: StripMessage = {
      id,
      format,
      width: rect.width,
      height: rect.height,
      slide,
      strip: { top: strip.y - rect.y, rows: strip.height, buffer, layout },
    };
    maker.port.postMessage(message, [buffer]);
    // Each strip in a task of its own: the page's own work goes between them. (A message, not a timer: timers that
    // follow timers wait 4 ms at least.)
    await new Promise((resolve) => {
      const { port1, port2 } = new MessageChannel();
      port1.onmessage = () => resolve(port1.close());
      port2.postMessage(null);
    });
  }
  return answer;
}
