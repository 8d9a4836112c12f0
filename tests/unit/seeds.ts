// The real seed documents, read the way the build reads them.
import { resolve } from 'node:path';
import { buildCorpus } from '@/lib/corpus';
import { readSeedFiles } from '@/lib/corpus/seed-plugin';
import type { SeedFile } from '@/lib/model/corpus';

// From the project's root, where Vitest runs: import.meta.url is not a file URL under happy-dom.
export const SEEDS_DIR = resolve('seeds');

export function realSeeds(): SeedFile[] {
  return readSeedFiles(SEEDS_DIR);
}

/** The real seeds with one document's text changed. */
export function withEdit(name: string, edit: (text: string) => string): SeedFile[] {
  return realSeeds().map((file) => (file.name.startsWith(name) ? { ...file, text: edit(file.text) } : file));
}

/** The real corpus, its talk, and its two quotes: the one with a published time and the one without. */
export function realTalk() {
  const corpus = buildCorpus(realSeeds());
  return {
    corpus,
    talk: corpus.talks[0]!,
    timed: corpus.quotes.find((quote) => quote.start !== null)!,
    untimed: corpus.quotes.find((quote) => quote.start === null)!,
  };
}

/** Kept captions that place these quotes (quote id → second), as the timeline reads them. */
export const captionsPlacing = (starts: Record<string, number>) => ({
  placements: Object.fromEntries(Object.entries(starts).map(([quoteId, start]) => [quoteId, { start, confidence: 1 }])),
});
