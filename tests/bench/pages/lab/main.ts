// Bench only: first-install seeding of this build's corpus into a fresh database, timed in the browser, and the
// same rows written with bare IndexedDB as the floor under it; saves arriving from another browser's sync, merged.
import { liveQuery } from 'dexie';
import { corpus, corpusHash } from 'virtual:corpus';
import { seedCorpus, storedTalks, TalkDatabase } from '@/lib/db';
import { packRecords } from '@/lib/saves-sync/pack';
import { recordOfFavourite } from '@/lib/saves-sync/records';

async function seedOnce(): Promise<number> {
  const db = new TalkDatabase(`bench-seed-${crypto.randomUUID()}`);
  await db.open();
  const start = performance.now();
  await seedCorpus(db, corpus, corpusHash);
  const elapsed = performance.now() - start;
  await db.delete();
  return elapsed;
}

Object.assign(globalThis, { seedOnce });

/** The floor under seedOnce: the same rows written with bare IndexedDB (no Dexie), relaxed durability. */
async function rawSeedOnce(): Promise<number> {
  const name = `bench-raw-${crypto.randomUUID()}`;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => {
      open.result.createObjectStore('talks', { keyPath: 'id' }).createIndex('videoIds', 'videoIds', { multiEntry: true });
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const start = performance.now();
  await new Promise<void>((resolve, reject) => {
    const transaction = db.transaction('talks', 'readwrite', { durability: 'relaxed' });
    for (const talk of storedTalks(corpus)) transaction.objectStore('talks').put(talk);
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
  const elapsed = performance.now() - start;
  db.close();
  indexedDB.deleteDatabase(name);
  return elapsed;
}

Object.assign(globalThis, { rawSeedOnce });

/**
 * `count` saves arriving in sync from another browser, as its sync would deliver them (one write of packed items),
 * until all are in this browser's database, merged by the background. Sync and the saves are emptied first.
 */
async function mergeOnce(count: number, run: number): Promise<number> {
  const db = new TalkDatabase();
  await chrome.storage.local.set({ syncEnabled: false });
  await chrome.storage.sync.clear();
  await Promise.all([db.favourites.clear(), db.tombstones.clear()]);
  await chrome.storage.local.set({ syncEnabled: true });
  const now = Date.now();
  const prefix = `bench/captions/QwC-J2KFTrM@${run}-`;
  const records = Array.from({ length: count }, (_, n) =>
    recordOfFavourite({ quoteId: `${prefix}${n}`, talkId: 'bench', savedAt: now - n, changedAt: now - n, text: `line ${n}`, speaker: '', talkTitle: 'Bench', videoId: 'QwC-J2KFTrM', start: n, source: 'captions' }),
  );
  const { items, carried } = packRecords(records);
  if (carried.length !== count) throw new Error(`only ${carried.length} of ${count} saves fit in sync`);
  const arrived = new Promise<number>((resolve) => {
    const subscription = liveQuery(() => db.favourites.where('quoteId').startsWith(prefix).count()).subscribe((seen) => {
      if (seen < count) return;
      resolve(performance.now());
      setTimeout(() => subscription.unsubscribe());
    });
  });
  const start = performance.now();
  await chrome.storage.sync.set(items);
  const elapsed = (await arrived) - start;
  db.close();
  return elapsed;
}

Object.assign(globalThis, { mergeOnce });
