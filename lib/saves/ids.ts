// The ids of saves that are not the corpus's quotes: a line of the captions, by its talk, video and moment.
import type { CaptionLine } from '../model/captions';

/** The id of a caption line as a save: the talk, the video and the moment it is said (in tenths of a second). */
export const captionQuoteId = (talkId: string, videoId: string, line: Pick<CaptionLine, 'start'>) =>
  `${talkId}/captions/${videoId}@${Math.round(line.start * 10)}`;

/**
 * The second a saved caption line is said, from its id: YouTube's transcript panel gives lines to the second, and a
 * caption track read later gives the same line to the tenth; a star made on either stands for the line said then.
 */
export function savedLineSecond(talkId: string, videoId: string, quoteId: string): number | undefined {
  const prefix = `${talkId}/captions/${videoId}@`;
  return quoteId.startsWith(prefix) ? Math.floor(Number(quoteId.slice(prefix.length)) / 10) : undefined;
}

/**
 * The one rule for "is this caption line saved": a finder over the ids saved, giving a line's save (its own id, or a
 * line starred in the same second on the transcript read before), or undefined. Built once over the ids, asked per line.
 */
export function lineSaves(
  ids: Iterable<string>,
  talkId: string,
  videoId: string,
): (line: Pick<CaptionLine, 'start'>) => string | undefined {
  const all = new Set(ids);
  const bySecond = new Map<number, string>();
  for (const id of all) {
    const second = savedLineSecond(talkId, videoId, id);
    if (second !== undefined && !bySecond.has(second)) bySecond.set(second, id);
  }
  return (line) => {
    const own = captionQuoteId(talkId, videoId, line);
    return all.has(own) ? own : bySecond.get(Math.floor(line.start));
  };
}
