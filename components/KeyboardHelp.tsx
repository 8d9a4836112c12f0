// Every key the extension answers, where the user can find them: on the talk's page, and in these views.

const KEYS: [keys: string[], what: string][] = [
  [['Alt', 'Shift', '→'], 'Next quote or save on the seek bar (on the talk’s page)'],
  [['Alt', 'Shift', '←'], 'Previous quote or save on the seek bar'],
  [['Alt', 'Shift', 'R'], 'Replay the line being said'],
  [['Alt', 'Shift', 'F'], 'Keep the slide on screen, with the line being said (saved if it was not)'],
  [['Alt', 'Shift', 'W'], 'Open the talk window, above every other window (where the browser can)'],
  [['Alt', 'Shift', 'S'], 'Save the quote being said (change it at chrome://extensions/shortcuts)'],
  [['/'], 'Search, in this view'],
  [['↑', '↓'], 'Move through a list'],
  [['Esc'], 'Clear the search'],
];

export function KeyboardHelp() {
  return (
    <section class="keys" aria-labelledby="keys-heading">
      <h2 id="keys-heading">Keys</h2>
      <dl>
        {KEYS.map(([keys, what]) => (
          <div key={what}>
            <dt>
              {keys.map((key, index) => (
                <>
                  {index > 0 && '+'}
                  <kbd>{key}</kbd>
                </>
              ))}
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <p class="muted">YouTube’s own keys keep working; none of these is used while you type in a field.</p>
    </section>
  );
}
