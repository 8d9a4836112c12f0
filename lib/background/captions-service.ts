// The background's side of captions: asks a tab that starts playing the talk to read them when none are kept (or
// they are a week old), and keeps what the content script read.
import { onMessage, sendMessage } from '../messaging';
import { corpusReady } from '../db/seeding';
import { db } from '../db/store';
import type { TalkTab } from '../talk-tabs';
import { captionsWanted, keepCaptions } from '../db/kept-captions';

/** A page that has not answered by then never will (its security policy may have blocked the page-world script). */
const ANSWER_WITHIN_MS = 30_000;

export function registerCaptionsService({ answerWithinMs = ANSWER_WITHIN_MS } = {}): {
  talkFrameJoined: (record: TalkTab) => Promise<void>;
} {
  onMessage('captions', async ({ data }) => {
    await corpusReady();
    await keepCaptions(db, data);
  });
  return {
    async talkFrameJoined({ tabId, frameId, playback: { talkId, videoId } }) {
      if (!videoId || !(await captionsWanted(db, videoId))) return;
      const asked = Date.now();
      // That frame's player: a page may embed the talk more than once.
      await sendMessage('readCaptions', { videoId }, { tabId, frameId }).catch(() => undefined);
      // Silence is said plainly too, instead of "reading the captions…" for ever.
      setTimeout(async () => {
        const answered = await db.transcripts
          .where('videoId')
          .equals(videoId)
          .filter((row) => row.fetchedAt >= asked)
          .count();
        if (!answered)
          await keepCaptions(db, { talkId, videoId, outcome: 'failed', reason: 'the YouTube page did not answer' });
      }, answerWithinMs);
    },
  };
}
