// Follows the talk's playback for the other features and reports it to the background (badge, views, captions); a
// reading on a page whose URL names another video has the page recognised again.
import { readVideoId } from '../youtube/page';
import { followPlayback } from '../youtube/playback';
import type { TalkPage } from './page';

export function followTalkPlayback(page: TalkPage): void {
  followPlayback(
    document,
    (reading) => {
      if (!page.alive()) return;
      // The <video> plays on after an in-page navigation: if no navigation event told of it, the URL does.
      if (readVideoId(location.href) !== page.videoId) return page.recheck();
      page.reading = reading;
      void page.send('playback', { talkId: page.talkId, videoId: page.videoId, ...reading });
      page.tell('reading', undefined);
    },
    page.signal,
  );
}
