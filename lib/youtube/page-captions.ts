// Runs in the page's own world, where YouTube's player API is: when the content script asks for a video's captions,
// it finds the track the player offers, fetches it same-origin as the player does when captions are switched on
// (the player's URL carries the proof-of-origin token timedtext requires), and hands the text back. It does nothing
// until asked, and then only until it has answered.
import { chooseTrack, json3Url, type CaptionTrack } from '../captions/tracks';
import { PLAYER } from './selectors';

export const CAPTIONS_WANTED = 'talk-companion:captions-wanted';
export const CAPTIONS_FOUND = 'talk-companion:captions-found';

export type TrackInfo = Omit<CaptionTrack, 'url'>;
/** What was found of a video's captions: a track's text, none offered, or why they could not be read. */
export type CaptionsFetched = { outcome: 'track'; track: TrackInfo; body: string } | { outcome: 'none' } | { outcome: 'failed'; reason: string };

interface Player extends Element {
  getVideoData?(): { video_id?: string } | undefined;
  getAudioTrack?(): { captionTracks?: { languageCode?: string; kind?: string; displayName?: string; vssId?: string; url?: string }[] } | undefined;
}

const ASK_EVERY_MS = 250;
const ASK_TIMES = 40;
/** Only YouTube's own timedtext is ever fetched: a path on this origin, or one of YouTube's hosts (nocookie's too). */
const TIMEDTEXT = /^(https:\/\/((www|m)\.youtube|www\.youtube-nocookie)\.com)?\/api\/timedtext\?/;

/** Answers the content script's requests until stopped (the returned function; the page's life in use). */
export function servePlayerCaptions(doc: Document = document): () => void {
  const listener = (event: Event) => {
    const videoId = (event as CustomEvent<unknown>).detail;
    if (typeof videoId !== 'string') return;
    // The detail is a JSON string: a string crosses between the page's world and the content script's in every browser.
    const answer = (found: CaptionsFetched) => doc.dispatchEvent(new CustomEvent(CAPTIONS_FOUND, { detail: JSON.stringify({ videoId, ...found }) }));
    let asked = 0;
    const look = () => {
      const player = doc.querySelector<Player>(PLAYER);
      // After in-page navigation the player reports the previous video for a moment: wait for this one.
      if (player?.getVideoData?.()?.video_id !== videoId) {
        if (++asked < ASK_TIMES) setTimeout(look, ASK_EVERY_MS);
        else answer({ outcome: 'failed', reason: 'the player never said which captions it offers' });
        return;
      }
      const tracks = (player.getAudioTrack?.()?.captionTracks ?? []).flatMap((track) =>
        track.languageCode && track.url ? [{ languageCode: track.languageCode, kind: track.kind, name: track.displayName ?? track.languageCode, vssId: track.vssId ?? '', url: track.url }] : [],
      );
      const chosen = chooseTrack(tracks);
      if (!chosen) return answer({ outcome: 'none' });
      const { url, ...track } = chosen;
      if (!TIMEDTEXT.test(url)) return answer({ outcome: 'failed', reason: 'the player offered captions from somewhere other than YouTube' });
      fetch(json3Url(url, doc.location.origin))
        .then(async (response) => (response.ok ? answer({ outcome: 'track', track, body: await response.text() }) : answer({ outcome: 'failed', reason: `YouTube answered ${response.status}` })))
        .catch((error: unknown) => answer({ outcome: 'failed', reason: `the captions could not be fetched (${String(error)})` }));
    };
    look();
  };
  doc.addEventListener(CAPTIONS_WANTED, listener);
  return () => doc.removeEventListener(CAPTIONS_WANTED, listener);
}

/** The content script's side: asks the page's world for the video's captions and waits for its answer. */
export function askPageForCaptions(doc: Document, videoId: string, signal: AbortSignal): Promise<CaptionsFetched> {
  return new Promise((resolve) => {
    const listener = (event: Event) => {
      let found: { videoId?: unknown } = {};
      try {
        found = JSON.parse(String((event as CustomEvent<unknown>).detail));
      } catch {
        return; // not an answer of ours
      }
      if (found.videoId !== videoId) return;
      doc.removeEventListener(CAPTIONS_FOUND, listener);
      // Checked whole where it enters the background (isCaptionsReport), like every message.
      resolve(found as CaptionsFetched);
    };
    doc.addEventListener(CAPTIONS_FOUND, listener, { signal });
    doc.dispatchEvent(new CustomEvent(CAPTIONS_WANTED, { detail: videoId }));
  });
}
