// A quote as a citation: the words, who said them, the talk, and a link to the moment (or to the talk).
import { formatTimestamp } from '../time';
import { talkLink } from '../model/links';

export interface CitationSource {
  text: string;
  speaker: string;
  talkTitle: string;
  /** "Microsoft Build 2026, BRK227" where known. */
  talkDetail?: string;
  videoId: string | null;
  start: number | null;
}

export function citation({ text, speaker, talkTitle, talkDetail, videoId, start }: CitationSource): string {
  const talk = `“${talkTitle}”${talkDetail ? ` (${talkDetail})` : ''}`;
  const at = start === null ? '' : ` at ${formatTimestamp(start)}`;
  return `“${text}”\n— ${speaker}, ${talk}${at}\n${talkLink(videoId, talkTitle, start)}`;
}
