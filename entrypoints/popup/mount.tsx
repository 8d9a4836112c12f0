// Starts a view (popup or side panel): render the app once the background has sent the first screen.
import { render } from 'preact';
import { App, type Surface } from './App';
import { opened } from './served-tab';
// Styles travel in the script: one file fewer for the page to fetch before it can paint.
import css from './style.css?inline';

export function mountApp(surface: Surface): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [sheet];
  const root = document.getElementById('app')!;
  // The background answers once the database holds this build's corpus (it seeds on start), with everything the
  // first screen shows: the view paints once, and its live queries take over after.
  opened.then(
    (first) => render(<App surface={surface} first={first} />, root),
    (error: unknown) => render(<p class="status error" role="alert">Could not load the talk: {String(error)}</p>, root),
  );
}
