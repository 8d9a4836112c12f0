// The extension's one database, seeded from the corpus the build derived from seeds/.
import { corpus, corpusHash } from 'virtual:corpus';
import { seedCorpus, TalkDatabase } from './db';

export const db = new TalkDatabase();

let seeding: Promise<boolean> | undefined;

/** Resolves once the database holds this build's corpus; a view opened before the background finished seeds it itself. */
export function corpusReady(): Promise<boolean> {
  seeding ??= seedCorpus(db, corpus, corpusHash);
  return seeding;
}
