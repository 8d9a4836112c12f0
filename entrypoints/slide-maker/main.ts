// The slide maker: a hidden frame the talk's page holds (lib/youtube/frame.ts), an extension page, so it runs in the
// extension's own process, off YouTube's main thread. It takes a frame's pixels from the page in strips, puts them
// back together, scales the frame to the slide's size and encodes it as JPEG, and answers with the slide. The page
// hands it a port of its own first: its answers go nowhere else.
import { SLIDE_QUALITY } from '@/lib/model/slide';
import { assemble, stripCollector, type SlideAnswer, type Strip, type StripMessage } from '@/lib/youtube/frame-strips';
import { dataUrlOf } from '@/lib/youtube/slide-image';

addEventListener('message', (event) => {
  const port = event.data === 'slide-maker' ? event.ports[0] : undefined;
  if (!port) return;
  const collect = stripCollector();
  port.onmessage = ({ data }: MessageEvent<StripMessage>) => {
    const taken = collect(data);
    if (!taken) return;
    void make(data, taken)
      .then(
        (image): SlideAnswer => ({ id: data.id, image }),
        (): SlideAnswer => ({ id: data.id }),
      )
      .then((answer) => port.postMessage(answer));
  };
});

async function make({ format, width, height, slide }: StripMessage, strips: Strip[]): Promise<string> {
  const { buffer, layout } = assemble(format, height, strips);
  const frame = new VideoFrame(buffer, {
    format: format as VideoPixelFormat,
    codedWidth: width,
    codedHeight: height,
    layout,
    timestamp: 0,
  });
  const canvas = new OffscreenCanvas(slide.width, slide.height);
  canvas.getContext('2d')!.drawImage(frame, 0, 0, slide.width, slide.height);
  frame.close();
  return dataUrlOf(await canvas.convertToBlob({ type: 'image/jpeg', quality: SLIDE_QUALITY }));
}
