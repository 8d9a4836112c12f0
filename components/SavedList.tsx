// The user's saved quotes, newest first, each with its note; the talk as a Markdown note, JSON export and import.
import type { Save } from '@/lib/db/database';
import { moveFocusInList } from './keyboard';
import type { SaveActions } from './quote-actions';
import { SavedQuote } from './SavedQuote';

interface Props {
  saves: Save[];
  /** Quote ids still in the corpus; a save outside it keeps its saved text. */
  inCorpus: Set<string>;
  /** Notes being typed and not saved yet, by save. */
  drafts: ReadonlyMap<string, string>;
  actions: SaveActions;
  /** The talk as a Markdown note (a file, or copied), or every save as JSON. */
  onExport: (format: 'markdown' | 'copy' | 'json') => void;
  onImport: (file: File) => void;
  message?: { text: string; error: boolean };
}

export function SavedList({ saves, inCorpus, drafts, actions, onExport, onImport, message }: Props) {
  return (
    <section class="saved">
      <div class="toolbar">
        <button type="button" onClick={() => onExport('markdown')} disabled={saves.length === 0}>
          Export Markdown
        </button>
        <button type="button" onClick={() => onExport('copy')} disabled={saves.length === 0}>
          Copy as Markdown
        </button>
        <button type="button" onClick={() => onExport('json')} disabled={saves.length === 0}>
          Export JSON
        </button>
        <label class="button">
          Import JSON…
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            onChange={(event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              if (file) onImport(file);
              input.value = '';
            }}
          />
        </label>
      </div>
      {message && (
        <p class={message.error ? 'message error' : 'message'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {saves.length === 0 ? (
        <p class="muted">No saved quotes yet. Star a quote (☆) to keep it here.</p>
      ) : (
        <ul class="quotes" aria-label="Saved quotes" onKeyDown={moveFocusInList}>
          {saves.map((save) => (
            <li key={save.quoteId}>
              <SavedQuote
                save={save}
                draft={drafts.get(save.quoteId)}
                actions={actions}
                // A line from the captions is the user's own: it never was in the corpus to leave it.
                frame={{ note: inCorpus.has(save.quoteId) || save.source === 'captions' ? save.talkTitle : <em>no longer in the talk</em> }}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
