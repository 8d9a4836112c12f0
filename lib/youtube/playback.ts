// Follows the main <video> of a talk page on its own events, through ads and element swaps, until the signal aborts.
import type { PlaybackReading } from '../model/playback';
import { isAdPlaying, mainPlayer, mainVideo } from './page';

const EVENTS = ['timeupdate', 'seeked', 'play', 'pause', 'ratechange', 'durationchange'] as const;

export function followPlayback(doc: Document, onChange: (reading: PlaybackReading) => void, signal: AbortSignal): void {
  let video: HTMLVideoElement | null = null;
  let videoListeners: AbortController | undefined;
  let talkTime = 0;
  let talkDuration: number | null = null;
  let adShowing = isAdPlaying(doc);

  const report = () => {
    if (!video || signal.aborted) return;
    adShowing = isAdPlaying(doc);
    if (!adShowing) {
      talkTime = video.currentTime;
      talkDuration = Number.isFinite(video.duration) ? video.duration : null;
    }
    onChange({ time: talkTime, duration: talkDuration, paused: video.paused, rate: video.playbackRate, ad: adShowing });
  };

  // YouTube may swap the <video> element: listen on whichever one the player holds now.
  const attach = () => {
    const found = mainVideo(doc);
    if (found === video) return;
    videoListeners?.abort();
    video = found;
    if (!video) return;
    videoListeners = new AbortController();
    const options = { signal: AbortSignal.any([signal, videoListeners.signal]) };
    for (const type of EVENTS) video.addEventListener(type, report, options);
    report();
  };

  const observer = new MutationObserver(() => {
    attach();
    if (isAdPlaying(doc) !== adShowing) report();
  });
  observer.observe(mainPlayer(doc) ?? doc.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['class'],
  });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      videoListeners?.abort();
    },
    { once: true },
  );
  attach();
}
