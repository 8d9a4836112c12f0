// Decides whether a YouTube page shows one of our talks: by a known video id, else by its full title.
import { comparisonKey, SESSION_CODE } from '../corpus/text';
import type { Talk } from '../model/corpus';
import type { PageFacts } from '../youtube/page';

/** The little the content script needs to know about each talk. */
export type TalkIdentity = Pick<Talk, 'id' | 'code' | 'title' | 'channel' | 'videoIds'>;

const SESSION_CODES = new RegExp(String.raw`\b${SESSION_CODE}\b`, 'gi');

/** Titles compare without case or punctuation, "&" read as "and". */
export const titleKey = (title: string) => comparisonKey(title.replace(/&/g, ' and '));
const codesIn = (text: string) => (text.match(SESSION_CODES) ?? []).map((code) => code.toUpperCase());

/**
 * Session codes are reused every year and speakers give many talks, so neither alone identifies a talk. Without a
 * known id it takes the talk's whole title plus either its channel, or a page title that is the talk's title
 * (with its code) and nothing more; a different session code in the title rules a talk out.
 */
export function recogniseTalk(talks: TalkIdentity[], page: PageFacts): TalkIdentity | null {
  if (page.videoId) {
    const byId = talks.find((talk) => talk.videoIds.includes(page.videoId!));
    if (byId) return byId;
  }
  const pageTitle = titleKey(page.title);
  if (!pageTitle) return null;
  const codes = codesIn(page.title);
  return (
    talks.find((talk) => {
      const title = titleKey(talk.title);
      if (!` ${pageTitle} `.includes(` ${title} `)) return false;
      // Another session's code rules the talk out (a code-like word of the talk's own title does not).
      const ownCodes = [talk.code, ...codesIn(talk.title)];
      if (codes.some((code) => !ownCodes.includes(code))) return false;
      const sameChannel = Boolean(talk.channel) && comparisonKey(page.channel) === comparisonKey(talk.channel!);
      const exactly = pageTitle === title || pageTitle === titleKey(`${talk.title} ${talk.code}`);
      return sameChannel || exactly;
    }) ?? null
  );
}
