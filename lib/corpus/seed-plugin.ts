// Vite plugin: parses seeds/ at build time into "virtual:corpus" and "virtual:talk-index"; a malformed seed fails the build.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { buildCorpus, type SeedFile } from './index';

const CORPUS_ID = 'virtual:corpus';
const TALK_INDEX_ID = 'virtual:talk-index';

export function readSeedFiles(dir: string): SeedFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt') || name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

export function corpusModuleSource(files: SeedFile[]): string {
  const json = JSON.stringify(buildCorpus(files));
  const hash = createHash('sha256').update(json).digest('hex').slice(0, 16);
  return `export const corpus = ${json};\nexport const corpusHash = ${JSON.stringify(hash)};\n`;
}

/** Only what the content script needs to recognise a talk, so it stays small. */
export function talkIndexModuleSource(files: SeedFile[]): string {
  const talks = buildCorpus(files).talks.map(({ id, code, title, channel, videoIds }) => ({ id, code, title, channel, videoIds }));
  return `export const talks = ${JSON.stringify(talks)};\n`;
}

const MODULES: Record<string, (files: SeedFile[]) => string> = {
  [`\0${CORPUS_ID}`]: corpusModuleSource,
  [`\0${TALK_INDEX_ID}`]: talkIndexModuleSource,
};

export function seedCorpusPlugin(dir: string): Plugin {
  return {
    name: 'talk-companion:seed-corpus',
    resolveId: (id) => (id === CORPUS_ID || id === TALK_INDEX_ID ? `\0${id}` : undefined),
    load(id) {
      const source = MODULES[id];
      if (!source) return undefined;
      const files = readSeedFiles(dir);
      for (const file of files) this.addWatchFile(join(dir, file.name));
      return source(files);
    },
  };
}
