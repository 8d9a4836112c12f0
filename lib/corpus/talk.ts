// Merges what several documents say about one talk into a Talk and its chapters.
import { comparisonKey, shortHash } from './text';
import { SeedError, type Chapter, type Speaker, type Talk } from '../model/corpus';
import type { DocumentFacts } from './document';

export function talkId(code: string, title: string): string {
  return `${code.toLowerCase()}-${shortHash(comparisonKey(title))}`;
}

export function talkKey(title: string, code: string): string {
  return `${comparisonKey(title)}|${code}`;
}

export function mergeTalk(documents: DocumentFacts[], videoIds: string[]): { talk: Talk; chapters: Chapter[] } {
  const first = documents[0]!;
  const { title, code } = first.talk;
  const pick = <T>(read: (doc: DocumentFacts) => T | undefined): T | undefined =>
    documents.map(read).find((value) => value !== undefined && value !== '');
  const metadata = Object.assign({}, ...documents.map((doc) => doc.metadata)) as Record<string, string>;
  const description = pick((doc) => doc.description);
  const overview = pick((doc) => doc.overview);
  const descriptor = description ? readDescriptor(description, code) : undefined;
  const track = /\(([^)]+)\)$/.exec(metadata.session ?? '')?.[1] ?? descriptor?.trackAndFormat.replace(/ \S+$/, '');
  const format = descriptor?.trackAndFormat
    .slice(
      track && descriptor.trackAndFormat.startsWith(track) ? track.length : descriptor.trackAndFormat.lastIndexOf(' '),
    )
    .trim();

  const id = talkId(code, title);
  const talk: Talk = {
    id,
    code,
    title,
    event: metadata.event ?? (description ? /\bfrom the (.+?) event\b/.exec(description)?.[1] : undefined),
    channel: pick((doc) => doc.talk.channel),
    track,
    format: format || undefined,
    level: descriptor?.level ?? metadata.level,
    language: descriptor?.language ?? metadata.language,
    link: metadata['resource link'] ?? (description ? /https:\/\/aka\.ms\/\S+/.exec(description)?.[0] : undefined),
    summary: pick((doc) => doc.summary),
    overview,
    themes: [...new Set(documents.flatMap((doc) => doc.themes))],
    description,
    speakers: readSpeakers(title, [description, overview, pick((doc) => doc.summary)].join('\n')),
    videoIds,
    sources: documents.map((doc) => doc.file),
  };
  for (const key of Object.keys(talk) as (keyof Talk)[]) if (talk[key] === undefined) delete talk[key];
  return { talk, chapters: agreedChapters(documents).map((chapter) => ({ talkId: id, ...chapter })) };
}

/** "BRK227 | English (US) | Cloud platform & data Breakout | (200) Intermediate" */
function readDescriptor(description: string, code: string) {
  const match = new RegExp(String.raw`\b${code} \| ([^|]+?) \| ([^|]+?) \| (\(\d+\) [A-Za-z]+)`).exec(description);
  return match ? { language: match[1]!, trackAndFormat: match[2]!, level: match[3]! } : undefined;
}

/** Names from the title ("… with A & B"), roles from the prose ("Join Azure CTO A and UC Berkeley professor B (…)"). */
function readSpeakers(title: string, prose: string): Speaker[] {
  const names =
    /\bwith (.+)$/
      .exec(title)?.[1]
      ?.split(/\s*(?:&|,|\band\b)\s*/)
      .filter(Boolean) ?? [];
  return names.map((name) => {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const match = new RegExp(String.raw`\b(?:Join|and|with)\s+((?:[\w-]+\s+){1,4}?)${escaped}(?:\s+\(([^)]+)\))?`).exec(
      prose,
    );
    const speaker: Speaker = { name };
    if (match?.[1]) speaker.role = match[1].trim();
    if (match?.[2]) speaker.details = match[2].trim();
    return speaker;
  });
}

/** Every chapter list of a talk must say the same thing; the first one wins. */
function agreedChapters(documents: DocumentFacts[]): Omit<Chapter, 'talkId'>[] {
  const lists = documents.flatMap((doc) => doc.chapterLists.map((chapters) => ({ file: doc.file, chapters })));
  const [canonical, ...others] = lists;
  if (!canonical) return [];
  canonical.chapters.forEach((chapter, index) => {
    if (index === 0 && chapter.start !== 0)
      throw new SeedError(canonical.file, `the first chapter "${chapter.title}" must start at 0:00`);
    const previous = canonical.chapters[index - 1];
    if (previous && chapter.start <= previous.start)
      throw new SeedError(canonical.file, `chapter "${chapter.title}" starts before or with the chapter above it`);
  });
  for (const other of others) {
    const same =
      other.chapters.length === canonical.chapters.length &&
      other.chapters.every((chapter, index) => {
        const twin = canonical.chapters[index]!;
        return chapter.start === twin.start && comparisonKey(chapter.title) === comparisonKey(twin.title);
      });
    if (!same) throw new SeedError(other.file, `its chapter list disagrees with the one in ${canonical.file}`);
  }
  return canonical.chapters;
}

/** A file of the talk's (its note, its transcript): named by its code and title, in letters and digits, then `what`. */
export const talkFileName = (talk: Pick<Talk, 'code' | 'title'>, what: string, extension: string): string =>
  `${[talk.code, talk.title, what]
    .join(' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()}.${extension}`;
