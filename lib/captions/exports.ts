// The kept transcript to take away: SRT and WebVTT (as subtitle tools read them), plain text with each line's time,
// and Markdown with the talk's title, speakers and link, the chapters as headings and each line linked to its moment.
// `second`, where given: each line's second line (YouTube's translation, lib/captions/translation.ts), under it in the
// same cue or item: one file with both, as bilingual subtitles are.
import type { CaptionLine } from '../model/captions';
import { talkFileName } from '../corpus/talk';
import type { Chapter, Talk } from '../model/corpus';
import { currentChapter } from '../timeline/near';
import { formatTimestamp } from '../time';
import { talkLink, watchUrl } from '../model/links';

export type TranscriptFormat = 'srt' | 'vtt' | 'txt' | 'md';

/** A cue time: HH:MM:SS,mmm in SRT, HH:MM:SS.mmm in WebVTT. */
function cueTime(seconds: number, separator: ',' | '.'): string {
  const ms = Math.max(0, Math.round(seconds * 1000));
  const part = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${part(Math.floor(ms / 3_600_000))}:${part(Math.floor(ms / 60_000) % 60)}:${part(Math.floor(ms / 1000) % 60)}${separator}${part(ms % 1000, 3)}`;
}

/** A cue's end: never before its start (a parser refuses that), and a line with no length gets a moment. */
const endOf = (line: CaptionLine) => Math.max(line.end, line.start + 0.001);
/** Cue text on one line: a blank line would end the cue early. */
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();

/** A line's words, and its second line under them where it has one. */
const withSecond = (text: string, second: string | undefined) => (second ? `${text}\n${second}` : text);

export function toSrt(lines: CaptionLine[], second: string[] = []): string {
  return lines
    .map(
      (line, index) =>
        `${index + 1}\n${cueTime(line.start, ',')} --> ${cueTime(endOf(line), ',')}\n${withSecond(oneLine(line.text), second[index] && oneLine(second[index]))}\n`,
    )
    .join('\n');
}

export function toWebVtt(lines: CaptionLine[], second: string[] = []): string {
  // Cue text is markup in WebVTT: & and < are escaped, and "-->" may not stand in it.
  const escape = (text: string) => oneLine(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `WEBVTT\n\n${lines.map((line, index) => `${cueTime(line.start, '.')} --> ${cueTime(endOf(line), '.')}\n${withSecond(escape(line.text), second[index] && escape(second[index]))}\n`).join('\n')}`;
}

export function toText(lines: CaptionLine[], second: string[] = []): string {
  const under = (index: number) => (second[index] ? `\n    ${oneLine(second[index])}` : '');
  return (
    lines.map((line, index) => `[${formatTimestamp(line.start)}] ${oneLine(line.text)}${under(index)}`).join('\n') +
    '\n'
  );
}

/** Markdown's own characters in a line's words, made literal. */
const literal = (text: string) => text.replace(/([\\`*_[\]<>#|])/g, '\\$1');

export function toMarkdown(
  talk: Talk,
  chapters: Chapter[],
  lines: CaptionLine[],
  videoId: string | null,
  second: string[] = [],
): string {
  const link = talkLink(videoId ?? talk.videoIds[0], `${talk.title} ${talk.code}`);
  const speakers = talk.speakers.map((speaker) => speaker.name).join(', ');
  const out = [
    `# ${literal(talk.title)}`,
    '',
    ...(speakers ? [`Speakers: ${literal(speakers)}`] : []),
    `Watch: <${link}>`,
    '',
  ];
  let chapter: Chapter | undefined;
  for (const [index, line] of lines.entries()) {
    const now = currentChapter(chapters, line.start);
    if (now && now !== chapter) {
      chapter = now;
      out.push('', `## ${literal(now.title)}`, '');
    }
    const at = formatTimestamp(line.start);
    const words = `- ${videoId ? `[${at}](${watchUrl(videoId, line.start)})` : at} ${literal(oneLine(line.text))}`;
    // A backslash ends a line within the item: the second line stands under the first.
    out.push(second[index] ? `${words}\\\n  ${literal(oneLine(second[index]))}` : words);
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}

/** The transcript in a format, with its file's name (named for the talk) and type. */
export function transcriptFile(
  format: TranscriptFormat,
  talk: Talk,
  chapters: Chapter[],
  lines: CaptionLine[],
  videoId: string | null,
  second: string[] = [],
): { name: string; type: string; text: string } {
  const name = talkFileName(talk, 'transcript', format);
  if (format === 'srt') return { name, type: 'application/x-subrip', text: toSrt(lines, second) };
  if (format === 'vtt') return { name, type: 'text/vtt', text: toWebVtt(lines, second) };
  if (format === 'txt') return { name, type: 'text/plain', text: toText(lines, second) };
  return { name, type: 'text/markdown', text: toMarkdown(talk, chapters, lines, videoId, second) };
}
