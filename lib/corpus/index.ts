// Seed documents in, typed corpus out: the one entry point the build and the tests call.
import { readDocument, type DocumentFacts } from './document';
import { mergeProfiles, mergeQuotes } from './quotes';
import { mergeTalk, talkKey } from './talk';
import { vocabularyWords } from './text';
import { SeedError, type Corpus, type SeedFile } from '../model/corpus';
import { isVideoId } from '../model/links';

export * from '../model/corpus';

/** The file beside the documents that names the YouTube ids known for a talk ("TITLE | CODE": ["id"]). */
export const VIDEO_IDS_FILE = 'videos.json';

export function buildCorpus(files: SeedFile[]): Corpus {
  const documents = files
    .filter((file) => file.name !== VIDEO_IDS_FILE)
    .map((file) => readDocument(file.name, file.text));
  const videoFile = files.find((file) => file.name === VIDEO_IDS_FILE);
  const videoIds = videoFile ? readVideoIds(videoFile) : new Map<string, string[]>();

  const groups = new Map<string, DocumentFacts[]>();
  for (const doc of documents) {
    const key = talkKey(doc.talk.title, doc.talk.code);
    groups.set(key, [...(groups.get(key) ?? []), doc]);
  }
  for (const key of videoIds.keys())
    if (!groups.has(key)) throw new SeedError(VIDEO_IDS_FILE, `names "${key}", which no seed document describes`);

  const topicLines = new Set(
    documents.flatMap((doc) => doc.quotes.flatMap((quote) => (quote.topicLine ? [quote.topicLine] : []))),
  );
  // Only needed to split run-together topic lines: built on first use, so a corpus without them skips it.
  let vocabulary: Set<string> | undefined;
  const vocabularyOf = () => {
    vocabulary ??= new Set(files.flatMap((file) => vocabularyWords(withoutLines(file.text, topicLines))));
    return vocabulary;
  };
  const corpus: Corpus = { talks: [], chapters: [], quotes: [], profiles: mergeProfiles(documents) };
  for (const [key, group] of groups) {
    const { talk, chapters } = mergeTalk(group, videoIds.get(key) ?? []);
    corpus.talks.push(talk);
    corpus.chapters.push(...chapters);
    corpus.quotes.push(...mergeQuotes(talk.id, group, vocabularyOf));
  }
  return corpus;
}

function readVideoIds(file: SeedFile): Map<string, string[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(file.text);
  } catch (error) {
    throw new SeedError(file.name, `is not valid JSON (${(error as Error).message})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new SeedError(file.name, 'must be an object of "TITLE | CODE": ["videoId", …]');
  const ids = new Map<string, string[]>();
  for (const [name, value] of Object.entries(parsed)) {
    const match = /^(.+) \| (\S+)$/.exec(name) ?? ([] as string[]);
    if (!match[1] || !match[2]) throw new SeedError(file.name, `"${name}" is not "TITLE | CODE"`);
    if (!Array.isArray(value) || !value.every((id) => typeof id === 'string' && isVideoId(id)))
      throw new SeedError(file.name, `"${name}" must list YouTube video ids (11 letters, digits, - or _)`);
    ids.set(talkKey(match[1], match[2]), value as string[]);
  }
  return ids;
}

/** The run-together topic lines must not vouch for their own glued words. */
function withoutLines(text: string, topicLines: Set<string>): string {
  return text
    .normalize('NFKC')
    .split(/\r?\n/)
    .filter((line) => !topicLines.has(line.trim()))
    .join('\n');
}
