// Seeking from the views: a chapter or a quote clicked in the popup or the side panel moves the talk's video. A request
// meant for the video before an in-page navigation is dropped.
import { onMessage } from '../messaging/page';
import { seekTo } from '../youtube/page';
import type { TalkPage } from './page';

export function answerSeeks(page: TalkPage): void {
  const stop = onMessage(
    'seek',
    ({ data }) => data.videoId === page.videoId && page.alive() && seekTo(document, data.seconds),
  );
  page.signal.addEventListener('abort', stop);
}
