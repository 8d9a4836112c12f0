// The views past the first screen, once loaded (see later-views.ts).
import { useEffect, useState } from 'preact/hooks';
import { asError, type Live } from './use-live-query';

type LaterViews = typeof import('./later-views');

let loaded: LaterViews | undefined;
const load = () => import('./later-views').then((views) => (loaded = views));

/** Fails when the file cannot be fetched: say, the extension was updated while this view stayed open. */
export function useLaterViews(): Live<LaterViews> {
  const [views, setViews] = useState<Live<LaterViews>>(
    loaded ? { status: 'ready', value: loaded } : { status: 'loading' },
  );
  // An effect runs after the first paint: only then is the rest fetched.
  useEffect(() => {
    if (views.status !== 'loading') return;
    load().then(
      (value) => setViews({ status: 'ready', value }),
      (error: unknown) => setViews({ status: 'error', error: asError(error) }),
    );
  }, []);
  return views;
}
