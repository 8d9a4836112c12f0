// Decides whether a YouTube page shows one of our talks: by a known video id, else by its full title.
import { comparisonKey } from './corpus/text';
import type { Talk } from './corpus/types';
import type { PageFacts } from './youtube/page';

/** The little the content script needs to know about each talk. */
export type TalkIdentity = Pick<Talk, 'id' | 'code' | 'title' | 'channel' | 'videoIds'>;

const SESSION_CODE = /\b[A-Z]{2,5}\d{2,4}\b/g;

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
  const pageTitle = comparisonKey(page.title);
  if (!pageTitle) return null;
  const codes = page.title.match(SESSION_CODE) ?? [];
  return (
    talks.find((talk) => {
      const title = comparisonKey(talk.title);
      if (!` ${pageTitle} `.includes(` ${title} `) || codes.some((code) => code !== talk.code)) return false;
      const sameChannel = Boolean(talk.channel) && comparisonKey(page.channel) === comparisonKey(talk.channel!);
      const exactly = pageTitle === title || pageTitle === comparisonKey(`${talk.title} ${talk.code}`);
      return sameChannel || exactly;
    }) ?? null
  );
}
