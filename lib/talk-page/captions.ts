// Reading the talk video's captions (and YouTube's translation of them) when the background or a view asks: the page-world script
// (lib/youtube/page-captions.ts) fetches the player's track, and the background keeps what it found.
import { onMessage } from '../messaging/page';
import { askPageForCaptions, askPageForTranslation } from '../youtube/page-asks';
import type { TalkPage } from './page';

export function answerCaptionRequests(page: TalkPage): void {
  const read = async () => {
    const fetched = await askPageForCaptions(document, page.videoId, page.signal);
    if (!page.signal.aborted) void page.send('captions', { talkId: page.talkId, videoId: page.videoId, ...fetched });
  };
  // A request meant for the video before an in-page navigation is dropped.
  const stop = onMessage('readCaptions', ({ data }) => void (data.videoId === page.videoId && page.alive() && read()));
  const translate = async (language: string) => {
    const fetched = await askPageForTranslation(document, page.videoId, language, page.signal);
    if (!page.signal.aborted)
      void page.send('translation', { talkId: page.talkId, videoId: page.videoId, language, ...fetched });
  };
  const stopTranslating = onMessage(
    'readTranslation',
    ({ data }) => void (data.videoId === page.videoId && page.alive() && translate(data.language)),
  );
  page.signal.addEventListener('abort', () => {
    stop();
    stopTranslating();
  });
}
