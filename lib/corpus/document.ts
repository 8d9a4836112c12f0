// Reads one seed document into the facts it states; merging across documents happens in index.ts (talk.ts, quotes.ts).
import { parseTimestamp } from '../time';
import { plainText, SESSION_CODE } from './text';
import { SeedError, type Chapter } from '../model/corpus';

export interface TalkReference {
  title: string;
  code: string;
  channel?: string;
}

export interface QuoteFacts {
  text: string;
  speaker?: string;
  role?: string;
  /** The topic named in "spoke about …". */
  topic?: string;
  /** The line of topics under the speaker, run together as the page printed them. */
  topicLine?: string;
  start: number | null;
}

export interface DocumentFacts {
  file: string;
  talk: TalkReference;
  summary?: string;
  overview?: string;
  themes: string[];
  metadata: Record<string, string>;
  description?: string;
  /** Every chapter list in the document, each already in order. */
  chapterLists: Omit<Chapter, 'talkId'>[][];
  quotes: QuoteFacts[];
  profiles: { speaker: string; text: string }[];
}

const TIME = String.raw`\d{1,2}(?::\d{1,2}){1,2}`;
const FROM_LINE = new RegExp(String.raw`^From (.+) \| (${SESSION_CODE}) ·[^·]*· (.+)$`);
const HEADING_LINE = new RegExp(String.raw`^(.+) \| (${SESSION_CODE})$`);
const ATTRIBUTION = /^On [^,]*, (.+?), (.+?), spoke about (.+?) during .+$/;
const WATCH_AT = new RegExp(String.raw`Watch on YouTube at (${TIME})\b`, 'g');
const CHAPTER_HEADING = /^Chapters( \(.*\))?:?$/;
const PROFILE_MIN_LENGTH = 300;

type Fail = (reason: string, at?: string) => never;

export function readDocument(file: string, raw: string): DocumentFacts {
  const lines = plainText(raw)
    .split('\n')
    .map((line) => line.trim());
  // `at`: text of the line at fault, to name its number.
  const fail: Fail = (reason, at) => {
    const index = at === undefined ? -1 : lines.findIndex((line) => line.includes(at));
    throw new SeedError(file, reason, index < 0 ? undefined : index + 1);
  };
  const talk = findTalk(lines) ?? fail('no line names the talk ("TITLE | CODE" or "From TITLE | CODE · · CHANNEL")');
  const facts: DocumentFacts = { file, talk, themes: [], metadata: {}, chapterLists: [], quotes: [], profiles: [] };

  const headingIndex = lines.findIndex((line) => HEADING_LINE.test(line));
  if (headingIndex === 0) facts.summary = lines.slice(1).find((line) => line !== '');
  facts.overview = linesAfter(lines, /^Overview$/).find((line) => !line.startsWith('- ') && !line.endsWith(':'));
  facts.themes = bulletsAfter(lines, /^Key themes\b.*:$/i);
  for (const bullet of bulletsAfter(lines, /^Session metadata$/i)) {
    const [key, ...value] = bullet.split(': ');
    if (key && value.length > 0) facts.metadata[key.trim().toLowerCase()] = value.join(': ').trim();
  }

  const chapterHeading = lines.findIndex((line) => CHAPTER_HEADING.test(line));
  if (chapterHeading >= 0) {
    const bullets = bulletsAfter(lines, CHAPTER_HEADING, chapterHeading);
    if (bullets.length === 0)
      fail(`"${lines[chapterHeading]}" is followed by no "- TIME - TITLE" lines`, lines[chapterHeading]);
    facts.chapterLists.push(bullets.map((bullet) => readChapterBullet(bullet, fail)));
  }
  const description = lines.find((line) => / Chapters: /.test(line));
  if (description) {
    facts.description = description;
    facts.chapterLists.push(readInlineChapters(description.slice(description.indexOf(' Chapters: ') + 11), fail));
  }

  facts.quotes = readQuotes(lines, fail);
  facts.profiles = profilesIn(lines, talk, facts.quotes);
  return facts;
}

function findTalk(lines: string[]): TalkReference | undefined {
  for (const line of lines) {
    const from = FROM_LINE.exec(line);
    if (from) return { title: from[1]!.trim(), code: from[2]!, channel: from[3]!.trim() };
  }
  for (const line of lines) {
    const heading = HEADING_LINE.exec(line);
    if (heading) return { title: heading[1]!.trim(), code: heading[2]! };
  }
  return undefined;
}

/** Lines after the first heading that matches, up to the next blank-separated heading. */
function linesAfter(lines: string[], heading: RegExp, from = 0): string[] {
  const start = lines.findIndex((line, index) => index >= from && heading.test(line));
  return start < 0 ? [] : lines.slice(start + 1).filter((line) => line !== '');
}

function bulletsAfter(lines: string[], heading: RegExp, from = 0): string[] {
  const following = linesAfter(lines, heading, from);
  const end = following.findIndex((line) => !line.startsWith('- '));
  return following.slice(0, end < 0 ? undefined : end).map((line) => line.slice(2).trim());
}

function readChapterBullet(bullet: string, fail: Fail): Omit<Chapter, 'talkId'> {
  const match =
    /^(\S+) - (.+)$/.exec(bullet) ?? fail(`chapter line "- ${bullet}" is not "TIME - TITLE"`, `- ${bullet}`);
  const start =
    parseTimestamp(match[1]!) ?? fail(`chapter "${match[2]}" has a broken time "${match[1]}"`, `- ${bullet}`);
  return { start, title: match[2]!.trim() };
}

/** "0:00 - A 00:00:36 - B …": chapters run together on one line of a description. */
function readInlineChapters(text: string, fail: Fail): Omit<Chapter, 'talkId'>[] {
  // Any token shaped like a time followed by " - " starts a chapter; a malformed one must not hide in a title.
  const parts = text.split(/(?:^|\s)([\d:][\w:]*:[\w:]*) - /);
  if (parts[0]?.trim()) fail(`the description's chapter list starts with "${parts[0].trim()}" instead of a time`, text);
  const chapters: Omit<Chapter, 'talkId'>[] = [];
  for (let i = 1; i < parts.length; i += 2) {
    const title = parts[i + 1]!.trim();
    const start = parseTimestamp(parts[i]!) ?? fail(`chapter "${title}" has a broken time "${parts[i]}"`, text);
    chapters.push({ start, title });
  }
  return chapters;
}

function readQuotes(lines: string[], fail: Fail): QuoteFacts[] {
  const attribution = lines.map((line) => ATTRIBUTION.exec(line)).find((match) => match !== null);
  const times = [...new Set([...lines.join('\n').matchAll(WATCH_AT)].map((match) => match[1]!))];
  const quoteLines = lines
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => line.startsWith('\u201c') && line.endsWith('\u201d'));
  if (quoteLines.length === 0) {
    if (times.length > 0)
      fail(`"Watch on YouTube at ${times[0]}" but no quote in curly quotes`, `Watch on YouTube at ${times[0]}`);
    return [];
  }
  if (quoteLines.length > 1 && times.length > 0)
    fail('several quotes and a "Watch on YouTube at" time: which one it belongs to is unclear');
  if (times.length > 1) fail(`the quote has several times: ${times.join(', ')}`, `Watch on YouTube at ${times[1]}`);
  const start =
    times[0] === undefined
      ? null
      : (parseTimestamp(times[0]) ??
        fail(`"Watch on YouTube at ${times[0]}" is not a valid time`, `Watch on YouTube at ${times[0]}`));

  return quoteLines.map(({ line, index }) => {
    const quote: QuoteFacts = { text: line.slice(1, -1).trim(), start };
    if (attribution) {
      quote.speaker = attribution[1];
      quote.role = attribution[2]!.replace(/ at /, ', ');
      quote.topic = attribution[3];
    }
    // The quote page prints the speaker, their role and the topics on the lines under the quote.
    const after = lines.slice(index + 1).filter((next) => next !== '');
    if (quote.speaker && after[0] === quote.speaker) {
      if (after[1] && !after[1].startsWith('On ')) quote.role = after[1];
      if (after[2] && !after[2].startsWith('On ')) quote.topicLine = after[2];
    }
    return quote;
  });
}

/** A speaker profile: the paragraph under "About NAME", or a long paragraph that opens with a speaker's name. */
function profilesIn(lines: string[], talk: TalkReference, quotes: QuoteFacts[]): { speaker: string; text: string }[] {
  const names = new Set(quotes.flatMap((quote) => (quote.speaker ? [quote.speaker] : [])));
  for (const line of lines) {
    const about = /^About (.+)$/.exec(line);
    if (about) names.add(about[1]!);
  }
  const profiles: { speaker: string; text: string }[] = [];
  for (const line of lines) {
    if (line.length < PROFILE_MIN_LENGTH || line.startsWith('On ') || line.includes(` | ${talk.code}`)) continue;
    const speaker = [...names].find((name) => line.startsWith(`${name}, `));
    if (speaker) profiles.push({ speaker, text: line });
  }
  return profiles;
}
