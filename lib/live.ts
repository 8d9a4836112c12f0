// A Preact hook over Dexie's liveQuery: the view re-renders whenever the rows it read change, in any context.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export type Live<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: Error };

/** `initial`: a value already read, shown at once while the live query starts. */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[], initial?: { value: T }): Live<T> {
  const [state, setState] = useState<Live<T>>(initial ? { status: 'ready', value: initial.value } : { status: 'loading' });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ status: 'ready', value }),
      error: (error: unknown) => setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) }),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return state;
}
