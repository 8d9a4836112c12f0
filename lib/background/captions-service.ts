// The background's side of captions: asks a tab that starts playing the talk to read them when none are kept (or
// they are a week old), and keeps what the content script read.
import { isCaptionsReport, onMessage, sendMessage } from '../messaging';
import { corpusReady } from '../seeding';
import { db } from '../store';
import type { Playback } from '../talk-tabs';
import { captionsWanted, keepCaptions } from '../transcripts';

export function registerCaptionsService(): { talkTabJoined: (tabId: number, playback: Playback) => Promise<void> } {
  onMessage('captions', async ({ data }) => {
    if (!isCaptionsReport(data)) return;
    await corpusReady();
    await keepCaptions(db, data);
  });
  return {
    async talkTabJoined(tabId, { videoId }) {
      if (videoId && (await captionsWanted(db, videoId))) await sendMessage('readCaptions', undefined, tabId).catch(() => undefined);
    },
  };
}
