// Follows the talk's playback for the other features and reports it to the background (badge, views, captions).
import { followPlayback } from '../youtube/playback';
import type { TalkPage } from './page';

export function followTalkPlayback(page: TalkPage): void {
  followPlayback(
    document,
    (reading) => {
      if (!page.alive()) return;
      page.reading = reading;
      void page.send('playback', { talkId: page.talkId, videoId: page.videoId, ...reading });
      page.tell('reading', undefined);
    },
    page.signal,
  );
}
