// Seeding the database from the corpus the build derived from seeds/; imported by the background only, so the
// views stay small however large the corpus grows.
import { corpus, corpusHash } from 'virtual:corpus';
import { seedCorpus } from './db';
import { db } from './store';

let seeding: Promise<boolean> | undefined;

/** Resolves once the database holds this build's corpus; seeding twice is harmless. */
export function corpusReady(): Promise<boolean> {
  seeding ??= seedCorpus(db, corpus, corpusHash);
  return seeding;
}
