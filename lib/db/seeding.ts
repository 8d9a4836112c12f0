// Seeding the database from the corpus the build derived from seeds/, and the index of talks the content script
// reads; imported by the background only, so the views stay small however large the corpus grows.
import { corpus, corpusHash } from 'virtual:corpus';
import { browser } from '#imports';
import { seedCorpus } from './database';
import { db } from './store';
import { writeTalkIndex } from '../recognise/talk-index';

let seeding: Promise<boolean> | undefined;
let indexing: Promise<boolean> | undefined;

/** Resolves once the database holds this build's corpus; seeding twice is harmless. */
export function corpusReady(): Promise<boolean> {
  seeding ??= seedCorpus(db, corpus, corpusHash);
  return seeding;
}

/** Resolves once extension storage holds this build's index of talks (lib/recognise/talk-index.ts). */
export function talkIndexReady(): Promise<boolean> {
  indexing ??= writeTalkIndex(browser.storage.local, corpus.talks, corpusHash);
  return indexing;
}
