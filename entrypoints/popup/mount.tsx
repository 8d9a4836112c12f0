// Starts a view (popup or side panel): seed if needed, then render the app.
import { render } from 'preact';
import { corpusReady } from '@/lib/store';
import { App, type Surface } from './App';
import './style.css';

export function mountApp(surface: Surface): void {
  const root = document.getElementById('app')!;
  // Seeding is a write, which liveQuery's read-only zone refuses: finish it before the live views start.
  corpusReady().then(
    () => render(<App surface={surface} />, root),
    (error: unknown) => render(<p class="status error" role="alert">Could not load the talk: {String(error)}</p>, root),
  );
}
