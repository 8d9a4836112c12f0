// The views' database, and a Preact hook over Dexie's liveQuery: the view re-renders whenever the rows it read change,
// in any context. Dexie loads on first use, not with the view: a view's first screen comes from the background
// (see the openView message), so parsing Dexie need not come before the first paint.
import { useEffect, useState } from 'preact/hooks';
import type { TalkDatabase } from '@/lib/db/database';

let database: Promise<TalkDatabase> | undefined;

export function viewDb(): Promise<TalkDatabase> {
  database ??= import('@/lib/db/store').then(({ db }) => db);
  return database;
}

export const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

export type Live<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: Error };

/** `initial`: a value already read, shown at once while the live query starts. */
export function useLiveQuery<T>(
  query: (db: TalkDatabase) => Promise<T>,
  deps: unknown[],
  initial?: { value: T },
): Live<T> {
  const [state, setState] = useState<Live<T>>(
    initial ? { status: 'ready', value: initial.value } : { status: 'loading' },
  );
  useEffect(() => {
    const fail = (error: unknown) => setState({ status: 'error', error: asError(error) });
    let stopped = false;
    let subscription: { unsubscribe(): void } | undefined;
    Promise.all([import('dexie'), viewDb()]).then(([{ liveQuery }, db]) => {
      if (stopped) return;
      subscription = liveQuery(() => query(db)).subscribe({
        next: (value) => setState({ status: 'ready', value }),
        error: fail,
      });
    }, fail);
    return () => {
      stopped = true;
      subscription?.unsubscribe();
    };
  }, deps);
  return state;
}
