// Whether YouTube plays the talk's video here at all (an age check, a sign-in, a video made private or removed): asked
// of the player's response as the talk's page starts, and said at once, so the views never wait on captions to say it.
import { askPageForPlayability } from '../youtube/page-asks';
import type { TalkPage } from './page';

export function sayWhenNotPlayed(page: TalkPage): void {
  void askPageForPlayability(document, page.videoId, page.signal).then((why) => why && page.notPlayed(why));
}
