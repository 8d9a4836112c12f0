// Vite plugin: parses seeds/ at build time into "virtual:corpus"; a malformed seed fails the build.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { buildCorpus, SeedError, type Corpus, type SeedFile } from './index';

const CORPUS_ID = 'virtual:corpus';

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
    resolveId: (id) => (id === CORPUS_ID ? `\0${id}` : undefined),
    load(id) {
      if (id !== `\0${CORPUS_ID}`) return undefined;
      for (const file of readSeedFiles(dir)) this.addWatchFile(join(dir, file.name));
      return corpusModuleSource(corpusIn(dir));
    },
  };
}
