// The background's side of captions: asks a tab that starts playing the talk to read them when none are kept (or
// they are a week old), and YouTube's translation into the second line's language when it is not kept; keeps what the
// content script read; and remembers the second line's language, asking the talk's tabs to read it.
import { onMessage, sendMessage } from '../messaging';
import { corpusReady } from '../db/seeding';
import { db } from '../db/store';
import type { TalkTab } from '../talk-tabs';
import { captionsWanted, keepCaptions, keepTranslation, translationWanted } from '../db/kept-captions';
import { secondLanguage, setSecondLanguage } from '../settings';

/** A page that has not answered by then never will (its security policy may have blocked the page-world script). */
const ANSWER_WITHIN_MS = 30_000;

export function registerCaptionsService({ answerWithinMs = ANSWER_WITHIN_MS } = {}): {
  talkFrameJoined: (record: TalkTab) => Promise<void>;
  /** Asks these talk frames for the second line's translation, where it is not kept. */
  readTranslations: (records: TalkTab[]) => Promise<void>;
} {
  onMessage('captions', async ({ data }) => {
    await corpusReady();
    await keepCaptions(db, data);
  });
  onMessage('translation', async ({ data }) => {
    await corpusReady();
    await keepTranslation(db, data);
  });

  const readTranslation = async ({ tabId, frameId, playback: { talkId, videoId } }: TalkTab) => {
    const language = await secondLanguage();
    if (!videoId || !language || !(await translationWanted(db, videoId, language))) return;
    const asked = Date.now();
    await sendMessage('readTranslation', { videoId, language }, { tabId, frameId }).catch(() => undefined);
    setTimeout(async () => {
      const kept = await db.translations.get([videoId, language]);
      if (!kept || kept.fetchedAt < asked)
        await keepTranslation(db, {
          talkId,
          videoId,
          language,
          outcome: 'failed',
          reason: 'the YouTube page did not answer',
        });
    }, answerWithinMs);
  };
  const readCaptions = async ({ tabId, frameId, playback: { talkId, videoId } }: TalkTab) => {
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
  };
  return {
    async talkFrameJoined(record: TalkTab) {
      await Promise.all([readCaptions(record), readTranslation(record)]);
    },
    async readTranslations(records: TalkTab[]) {
      await Promise.all(records.map(readTranslation));
    },
  };
}

/** The views' choice of the second line's language: remembered here, the one writer; `then`: read it where it plays. */
export function registerLanguageChoice(then: () => void): void {
  onMessage('setSecondLanguage', async ({ data }) => {
    await setSecondLanguage(data.language);
    then();
  });
}
