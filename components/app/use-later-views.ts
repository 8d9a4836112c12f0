// The views past the first screen, once loaded (see later-views.ts); undefined until then.
import { useEffect, useState } from 'preact/hooks';

type LaterViews = typeof import('./later-views');

let loaded: LaterViews | undefined;
const load = () => import('./later-views').then((views) => (loaded = views));

export function useLaterViews(): LaterViews | undefined {
  const [views, setViews] = useState(loaded);
  // An effect runs after the first paint: only then is the rest fetched.
  useEffect(() => void (views ?? load().then(setViews)), []);
  return views;
}
