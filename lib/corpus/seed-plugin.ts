// Vite plugin: parses seeds/ at build time into the module "virtual:corpus"; a malformed seed fails the build.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { buildCorpus, type SeedFile } from './index';

const MODULE_ID = 'virtual:corpus';
const RESOLVED_ID = `\0${MODULE_ID}`;

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

export function seedCorpusPlugin(dir: string): Plugin {
  return {
    name: 'talk-companion:seed-corpus',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const files = readSeedFiles(dir);
      for (const file of files) this.addWatchFile(join(dir, file.name));
      return corpusModuleSource(files);
    },
  };
}
