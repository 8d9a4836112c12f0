// Starts a view (popup or side panel): seed if needed, then render the app.
import { render } from 'preact';
import { corpusHash } from 'virtual:corpus-hash';
import { holdsCorpus } from '@/lib/db';
import { sendMessage } from '@/lib/messaging';
import { db } from '@/lib/store';
import { App, type Surface } from './App';
import { firstServed } from './served-tab';
import { readFirstScreen } from './use-talk';
import './style.css';

export function mountApp(surface: Surface): void {
  const root = document.getElementById('app')!;
  // The background seeds on start; a view opened before it finished waits for it before its live queries start.
  // Usually the database is current already, and asking the (possibly sleeping) background would only cost time.
  const current = holdsCorpus(db, corpusHash);
  const ready = current.then((yes) => yes || sendMessage('corpusReady'));
  // The first screen is read beside that check and the question of which tab to serve, not after them: the view
  // then paints once, with everything, instead of after a chain of waits. Read before seeding, it is not used.
  const first = firstServed.then((served) => readFirstScreen(served?.playback?.talkId));
  Promise.all([current, first, ready]).then(
    ([wasCurrent, screen]) => render(<App surface={surface} first={wasCurrent ? screen : undefined} />, root),
    (error: unknown) => render(<p class="status error" role="alert">Could not load the talk: {String(error)}</p>, root),
  );
}
