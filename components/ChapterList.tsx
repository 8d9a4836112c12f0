// The talk's chapters, each a button that names its title and start.
import type { Chapter } from '@/lib/corpus/types';
import { formatTimestamp } from '@/lib/time';

interface Props {
  chapters: Chapter[];
  currentStart?: number;
  onSelect?: (chapter: Chapter) => void;
}

export function ChapterList({ chapters, currentStart, onSelect }: Props) {
  return (
    <section>
      <h2 id="chapters-heading">Chapters</h2>
      <ol class="chapters" aria-labelledby="chapters-heading">
        {chapters.map((chapter) => (
          <li key={chapter.start}>
            <button
              type="button"
              class="chapter"
              aria-current={chapter.start === currentStart ? 'true' : undefined}
              onClick={() => onSelect?.(chapter)}
            >
              <time class="time">{formatTimestamp(chapter.start)}</time>
              <span class="title">{chapter.title}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
