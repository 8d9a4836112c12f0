// Search results that act like the items they show: chapters seek, quotes can be starred and played.
import type { SearchResult } from '@/lib/search';
import type { Chapter } from '@/lib/corpus/types';
import { moveFocusInList } from './keyboard';
import type { QuoteActions } from './quote-actions';
import { ChapterButton } from './ChapterList';
import { Highlighted } from './Highlighted';
import { TalkQuote } from './TalkQuote';

interface Props {
  query: string;
  results: SearchResult[];
  actions: QuoteActions;
  onSelectChapter: (chapter: Chapter) => void;
}

export function SearchResults({ query, results, actions, onSelectChapter }: Props) {
  if (results.length === 0) return <p class="muted" role="status">Nothing matches “{query}”.</p>;
  return (
    <section>
      <h2 id="results-heading">
        {results.length} {results.length === 1 ? 'result' : 'results'}
      </h2>
      <ul class="results" aria-labelledby="results-heading" onKeyDown={moveFocusInList}>
        {results.map(({ item, highlights }) => (
          <li key={item.key} class={`result result-${item.kind}`}>
            {item.kind === 'chapter' && (
              <ChapterButton chapter={item.chapter} ranges={highlights.title} onSelect={() => onSelectChapter(item.chapter)} />
            )}
            {item.kind === 'quote' && (
              <TalkQuote quote={item.quote} actions={actions} highlights={highlights} note={item.quote.topics.join(', ')} />
            )}
            {item.kind === 'theme' && (
              <p class="theme" tabIndex={0} data-nav>
                <span class="kind">Theme</span> <Highlighted text={item.theme} ranges={highlights.theme} />
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
