// The content script's side of the page-world caption reader (page-captions.ts): it asks the page's world by an event,
// and waits for the answer about this video. Every answer is the page's, so it is checked where it is used.
import type { CaptionsFetched, TranslationFetched } from '../model/captions';
import {
  CAPTIONS_FOUND,
  CAPTIONS_WANTED,
  PLAYABILITY_FOUND,
  PLAYABILITY_WANTED,
  TRANSLATION_FOUND,
  TRANSLATION_WANTED,
} from './page-captions';
import { unplayableIn } from './player-response';

/** The content script's side: asks the page's world, and waits for its answer about this video. */
function askPage<T>(doc: Document, [wanted, found]: [string, string], videoId: string, signal: AbortSignal) {
  return new Promise<T>((resolve) => {
    const listener = (event: Event) => {
      let said: { videoId?: unknown; answer?: unknown } = {};
      try {
        said = JSON.parse(String((event as CustomEvent<unknown>).detail));
      } catch {
        return; // not an answer of ours
      }
      if (said.videoId !== videoId) return;
      doc.removeEventListener(found, listener);
      resolve(said.answer as T);
    };
    doc.addEventListener(found, listener, { signal });
    doc.dispatchEvent(new CustomEvent(wanted, { detail: videoId }));
  });
}

/** The video's captions, as the page's world read them (checked whole where they enter the background, as every message). */
export const askPageForCaptions = (doc: Document, videoId: string, signal: AbortSignal) =>
  askPage<CaptionsFetched>(doc, [CAPTIONS_WANTED, CAPTIONS_FOUND], videoId, signal);

/** YouTube's translation of the video's captions into `language`, as the page's world read it (checked where it enters the background). */
export const askPageForTranslation = (doc: Document, videoId: string, language: string, signal: AbortSignal) =>
  askPage<TranslationFetched>(doc, [TRANSLATION_WANTED, TRANSLATION_FOUND], `${videoId}|${language}`, signal);

/** Why YouTube does not play the video, or null; the answer is the page's, so it is checked before it is used. */
export const askPageForPlayability = async (doc: Document, videoId: string, signal: AbortSignal) => {
  const answer = await askPage<unknown>(doc, [PLAYABILITY_WANTED, PLAYABILITY_FOUND], videoId, signal);
  return unplayableIn({ playabilityStatus: answer });
};
