// Bench only: first-install seeding of this build's corpus into a fresh database, timed in the browser.
import { corpus, corpusHash } from 'virtual:corpus';
import { seedCorpus, TalkDatabase } from '@/lib/db';

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
