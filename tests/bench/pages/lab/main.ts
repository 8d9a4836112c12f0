// Bench only: first-install seeding of this build's corpus into a fresh database, timed in the browser, and the
// same rows written with bare IndexedDB as the floor under it; saves arriving from another browser's sync, merged.
// (A slide's capture is timed on a page of YouTube's origin: pages/frames.)
import { liveQuery } from 'dexie';
import { corpus, corpusHash } from 'virtual:corpus';
import { seedCorpus, storedTalks, TalkDatabase } from '@/lib/db/database';

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
      open.result
        .createObjectStore('talks', { keyPath: 'id' })
        .createIndex('videoIds', 'videoIds', { multiEntry: true });
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
 * Saves arriving in sync from another browser, as its sync delivers them (one write of the items it packed, given
 * here: packed by the bench, so this page shares no module with the popup's first chunk and leaves its chunking as
 * shipped), until all `count` whose ids start with `prefix` are in this browser's database, merged by the background.
 * Sync and the saves are emptied first.
 */
async function mergeOnce(items: Record<string, unknown>, prefix: string, count: number): Promise<number> {
  const db = new TalkDatabase();
  await chrome.storage.local.set({ syncEnabled: false });
  await chrome.storage.sync.clear();
  await Promise.all([db.saves.clear(), db.tombstones.clear()]);
  await chrome.storage.local.set({ syncEnabled: true });
  const arrived = new Promise<number>((resolve) => {
    const subscription = liveQuery(() => db.saves.where('quoteId').startsWith(prefix).count()).subscribe((seen) => {
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
