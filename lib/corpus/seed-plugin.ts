// Vite plugin: parses seeds/ at build time into "virtual:corpus" and "virtual:talk-index"; a malformed seed fails the build.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { buildCorpus, SeedError, type Corpus, type SeedFile } from './index';

const CORPUS_ID = 'virtual:corpus';
const TALK_INDEX_ID = 'virtual:talk-index';

const hashOf = (json: string) => createHash('sha256').update(json).digest('hex').slice(0, 16);

export function readSeedFiles(dir: string): SeedFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt') || name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** The corpus as a JSON string to parse: much cheaper for the bundler and for V8 than a huge object literal. */
export function corpusModuleSource(corpus: Corpus): string {
  const json = JSON.stringify(corpus);
  return `export const corpus = JSON.parse(${JSON.stringify(json)});\nexport const corpusHash = ${JSON.stringify(hashOf(json))};\n`;
}

/** Only what the content script needs to recognise a talk, so it stays small. */
export function talkIndexModuleSource(corpus: Corpus): string {
  const talks = corpus.talks.map(({ id, code, title, channel, videoIds }) => ({ id, code, title, channel, videoIds }));
  return `export const talks = ${JSON.stringify(talks)};\n`;
}

const MODULES: Record<string, (corpus: Corpus) => string> = {
  [`\0${CORPUS_ID}`]: corpusModuleSource,
  [`\0${TALK_INDEX_ID}`]: talkIndexModuleSource,
};

// WXT runs one Vite build per group of entrypoints: parse once for all of them, again when a seed changes.
const parsed = new Map<string, Corpus>();

function corpusIn(dir: string): Corpus {
  const corpus = parsed.get(dir) ?? buildCorpus(readSeedFiles(dir));
  parsed.set(dir, corpus);
  return corpus;
}

/** Why the seeds in `dir` cannot be read, as one line a person can act on ("seeds/FILE:LINE: reason"), if they cannot. */
export function seedProblem(dir: string): string | undefined {
  try {
    corpusIn(dir);
    return undefined;
  } catch (error) {
    if (!(error instanceof SeedError)) throw error;
    return `${join(dir, error.file)}${error.line ? `:${error.line}` : ''}: ${error.reason}`;
  }
}

export function seedCorpusPlugin(dir: string): Plugin {
  return {
    name: 'talk-companion:seed-corpus',
    watchChange: (id) => {
      if (id.startsWith(join(process.cwd(), dir))) parsed.delete(dir);
    },
    resolveId: (id) => ([CORPUS_ID, TALK_INDEX_ID].includes(id) ? `\0${id}` : undefined),
    load(id) {
      const source = MODULES[id];
      if (!source) return undefined;
      for (const file of readSeedFiles(dir)) this.addWatchFile(join(dir, file.name));
      return source(corpusIn(dir));
    },
  };
}
