// A Preact hook over Dexie's liveQuery: the view re-renders whenever the rows it read change, in any context.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export type Live<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: Error };

export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): Live<T> {
  const [state, setState] = useState<Live<T>>({ status: 'loading' });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ status: 'ready', value }),
      error: (error: unknown) => setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) }),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return state;
}
