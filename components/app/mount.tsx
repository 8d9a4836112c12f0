// Starts a view (popup or side panel): follow a tab, and render the app once the background sent the first screen.
import { render } from 'preact';
import { browser } from '#imports';
import { App, type Surface } from './App';
import { createTabFollower } from './tab-follower';
// Styles travel in the script: one file fewer for the page to fetch before it can paint.
import css from './style.css?inline';

/** The side panel's page is sidepanel.html; the popup's page, also when opened in a tab, is popup.html. */
export function surfaceOfPage(path: string): Surface {
  return path.endsWith('/sidepanel.html') ? 'sidepanel' : 'popup';
}

export function mountApp(surface: Surface): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [sheet];
  document.documentElement.dataset.surface = surface;
  // Opened as a page, in a tab (Firefox for Android shows the popup so): as wide as the screen, not a popup's width.
  void browser.tabs.getCurrent().then((tab) => tab && document.documentElement.classList.add('as-page'));
  const root = document.getElementById('app')!;
  const follower = createTabFollower();
  // The background answers once the database holds this build's corpus (it seeds on start), with everything the
  // first screen shows: the view paints once, and its live queries take over after.
  follower.opened.then(
    (first) => render(<App surface={surface} follower={follower} first={first} />, root),
    (error: unknown) =>
      render(
        <p class="status error" role="alert">
          Could not load the talk: {String(error)}
        </p>,
        root,
      ),
  );
}
