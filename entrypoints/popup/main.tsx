import { render } from 'preact';
import { corpusReady } from '@/lib/store';
import { App } from './App';
import './style.css';

const root = document.getElementById('app')!;
// Seeding is a write, which liveQuery's read-only zone refuses: finish it before the live views start.
corpusReady().then(
  () => render(<App />, root),
  (error: unknown) => render(<p class="status error" role="alert">Could not load the talk: {String(error)}</p>, root),
);
