// Starts a view (popup or side panel): seed if needed, then render the app.
import { render } from 'preact';
import { corpusHash } from 'virtual:corpus-hash';
import { holdsCorpus } from '@/lib/db';
import { sendMessage } from '@/lib/messaging';
import { db } from '@/lib/store';
import { App, type Surface } from './App';
import './style.css';

export function mountApp(surface: Surface): void {
  const root = document.getElementById('app')!;
  // The background seeds on start; a view opened before it finished waits for it before its live queries start.
  // Usually the database is current already, and asking the (possibly sleeping) background would only cost time.
  const ready = holdsCorpus(db, corpusHash).then((current) => current || sendMessage('corpusReady'));
  ready.then(
    () => render(<App surface={surface} />, root),
    (error: unknown) => render(<p class="status error" role="alert">Could not load the talk: {String(error)}</p>, root),
  );
}
