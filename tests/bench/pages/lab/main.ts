// Bench only: first-install seeding of this build's corpus into a fresh database, timed in the browser, and the
// same rows written with bare IndexedDB as the floor under it.
import { corpus, corpusHash } from 'virtual:corpus';
import { seedCorpus, storedTalks, TalkDatabase } from '@/lib/db';

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
