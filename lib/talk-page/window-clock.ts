// The talk window's clock: what it reads of the talk's video each frame it paints. While an ad plays the talk's time
// stands still at the last reading.
import { isAdPlaying, isDarkTheme, mainVideo } from '../youtube/page';
import type { TalkPage } from './page';

export interface Clock {
  /** Seconds into the talk: the last talk time while an ad plays. */
  time: number;
  ad: boolean;
  paused: boolean;
  length: number | null;
  dark: boolean;
}

export function readClock(page: TalkPage, lastTime: number): Clock {
  const playing = mainVideo(document);
  const ad = isAdPlaying(document);
  const length = playing && Number.isFinite(playing.duration) && !ad ? playing.duration : null;
  return {
    time: ad || !playing ? lastTime : playing.currentTime,
    ad,
    paused: playing?.paused ?? true,
    length: length ?? page.reading?.duration ?? null,
    dark: isDarkTheme(document),
  };
}
