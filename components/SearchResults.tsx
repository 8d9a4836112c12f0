// Search results that act like the items they show: chapters seek, quotes can be starred and played, a fact opens
// the About view at it, and a quote saved from another talk opens that talk at its moment.
import type { Fact } from '@/lib/search/about';
import type { Chapter } from '@/lib/model/corpus';
import type { SearchResult } from '@/lib/search/search';
import { formatTimestamp } from '@/lib/time';
import { ChapterButton } from './ChapterList';
import { Highlighted } from './Highlighted';
import { moveFocusInList } from './keyboard';
import type { CaptionActions, QuoteActions, SaveActions } from './quote-actions';
import { SavedQuote } from './SavedQuote';
import { StarButton } from './StarButton';
import { TalkQuote } from './TalkQuote';

interface Props {
  query: string;
  results: SearchResult[];
  actions: QuoteActions;
  savedActions: SaveActions;
  lineActions: CaptionActions;
  onSelectChapter: (chapter: Chapter) => void;
  onOpenFact: (fact: Fact, ranges: [number, number][]) => void;
}

export function SearchResults({
  query,
  results,
  actions,
  savedActions,
  lineActions,
  onSelectChapter,
  onOpenFact,
}: Props) {
  if (results.length === 0)
    return (
      <p class="muted" role="status">
        Nothing matches “{query}”.
      </p>
    );
  return (
    <section>
      <h2 id="results-heading">
        {results.length} {results.length === 1 ? 'result' : 'results'}
      </h2>
      <ul class="results" aria-labelledby="results-heading" onKeyDown={moveFocusInList}>
        {results.map(({ item, highlights }) => (
          <li key={item.key} class={`result result-${item.kind}`}>
            {item.kind === 'chapter' && (
              <ChapterButton
                chapter={item.chapter}
                ranges={highlights.title}
                onSelect={() => onSelectChapter(item.chapter)}
              />
            )}
            {item.kind === 'quote' && (
              <TalkQuote
                quote={item.quote}
                actions={actions}
                extras={{ highlights, note: [item.quote.role, ...item.quote.topics].filter(Boolean).join(', ') }}
              />
            )}
            {item.kind === 'fact' && (
              <button
                type="button"
                class="fact-result"
                data-nav
                onClick={() => onOpenFact(item.fact, highlights.text ?? [])}
              >
                <span class="kind">{item.fact.label}</span> <Highlighted text={item.text} ranges={highlights.text} />
              </button>
            )}
            {item.kind === 'caption' && (
              <div class="caption-result">
                <button type="button" class="line-text" data-nav onClick={() => lineActions.play(item.line)}>
                  <time class="time">{formatTimestamp(item.line.start)}</time>{' '}
                  <Highlighted text={item.text} ranges={highlights.text} />
                  <span class="kind">
                    {' '}
                    · from captions{highlights.second && !highlights.text && ' · found in the second line'}
                  </span>
                  {item.second && (
                    <span class="second">
                      <Highlighted text={item.second} ranges={highlights.second} />
                    </span>
                  )}
                </button>
                <StarButton
                  saved={lineActions.isSaved(item.line)}
                  toggleSave={() => lineActions.toggleSave(item.line)}
                  name="line"
                />
              </div>
            )}
            {item.kind === 'saved' && (
              <SavedQuote
                save={item.save}
                actions={savedActions}
                extras={{ label: 'Saved', note: <>from “{item.save.talkTitle}”</>, highlights }}
              />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
