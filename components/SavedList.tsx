// The user's saved quotes, newest first, each with its note; the talk as a Markdown note, JSON export and import.
import { useState } from 'preact/hooks';
import type { Save, SavedSlide } from '@/lib/model/save';
import { moveFocusInList } from './keyboard';
import type { SaveActions } from './quote-actions';
import { SavedQuote } from './SavedQuote';
import { SlideViewer } from './SlideViewer';

interface Props {
  saves: Save[];
  /** Quote ids still in the corpus; a save outside it keeps its saved text. */
  inCorpus: Set<string>;
  /** Notes being typed and not saved yet, by save. */
  drafts: ReadonlyMap<string, string>;
  /** The slides kept here, by save. */
  slides: ReadonlyMap<string, SavedSlide>;
  actions: SaveActions;
  /** The talk as a Markdown note (a file, or copied, or a zip with its slides), or every save as JSON. */
  /** The Markdown exports' choice of the second line, where one is kept. */
  second?: { name: string; on: boolean; turn: (on: boolean) => void };
  onExport: (format: ExportFormat) => void;
  onImport: (file: File) => void;
  message?: { text: string; error: boolean };
}

export type ExportFormat = 'markdown' | 'slides' | 'copy' | 'json' | 'json-slides';

export function SavedList({ saves, inCorpus, drafts, slides, actions, second, onExport, onImport, message }: Props) {
  const [shown, setShown] = useState<{ slide: SavedSlide; words: string }>();
  const [withSlides, setWithSlides] = useState(false);
  const kept = [...slides.values()].filter(
    (slide) => slide.image && saves.some((save) => save.quoteId === slide.quoteId),
  );
  const bytes = kept.reduce((sum, slide) => sum + (slide.bytes ?? 0), 0);
  return (
    <section class="saved">
      <div class="toolbar">
        <button type="button" onClick={() => onExport('markdown')} disabled={saves.length === 0}>
          Export Markdown
        </button>
        <button type="button" onClick={() => onExport('slides')} disabled={saves.length === 0}>
          Export Markdown with slides
        </button>
        <button type="button" onClick={() => onExport('copy')} disabled={saves.length === 0}>
          Copy as Markdown
        </button>
        {second && (
          <label class="with-slides">
            <input type="checkbox" checked={second.on} onChange={(event) => second.turn(event.currentTarget.checked)} />
            Markdown with the {second.name} line
          </label>
        )}
        <button
          type="button"
          onClick={() => onExport(withSlides ? 'json-slides' : 'json')}
          disabled={saves.length === 0}
        >
          Export JSON
        </button>
        <label class="with-slides">
          <input
            type="checkbox"
            checked={withSlides}
            disabled={kept.length === 0}
            onChange={(event) => setWithSlides(event.currentTarget.checked)}
          />
          with its slides ({sizeOf(bytes)})
        </label>
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
      {kept.length > 0 && (
        <p class="slides-kept muted">
          Slides: {kept.length} kept in this browser, {sizeOf(bytes)}. They stay here: sync carries the saves, not their
          slides.
        </p>
      )}
      {shown && <SlideViewer slide={shown.slide} words={shown.words} onClose={() => setShown(undefined)} />}
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
                slide={{ slide: slides.get(save.quoteId), onShow: (slide) => setShown({ slide, words: save.text }) }}
                // A line from the captions is the user's own: it never was in the corpus to leave it.
                extras={{
                  note:
                    inCorpus.has(save.quoteId) || save.source === 'captions' ? (
                      save.talkTitle
                    ) : (
                      <em>no longer in the talk</em>
                    ),
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A size as a person reads it: "412 KB", "1.4 MB". */
const sizeOf = (bytes: number) =>
  bytes < 1_000_000 ? `${Math.max(1, Math.round(bytes / 1000))} KB` : `${(bytes / 1_000_000).toFixed(1)} MB`;
