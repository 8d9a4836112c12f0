// The talk's chapters, each a button that names its title and start; the current one carries aria-current.
import type { Chapter } from '@/lib/model/corpus';
import { formatTimestamp } from '@/lib/time';
import { moveFocusInList } from './keyboard';
import { Highlighted } from './Highlighted';

export function ChapterButton({
  chapter,
  current,
  ranges,
  onSelect,
}: {
  chapter: Chapter;
  current?: boolean;
  ranges?: [number, number][];
  onSelect: () => void;
}) {
  return (
    <button type="button" class="chapter" data-nav aria-current={current ? 'true' : undefined} onClick={onSelect}>
      <time class="time">{formatTimestamp(chapter.start)}</time>
      <span class="title">
        <Highlighted text={chapter.title} ranges={ranges} />
      </span>
    </button>
  );
}

interface Props {
  chapters: Chapter[];
  currentStart?: number;
  onSelect: (chapter: Chapter) => void;
}

export function ChapterList({ chapters, currentStart, onSelect }: Props) {
  return (
    <section>
      <h2 id="chapters-heading">Chapters</h2>
      <ol class="chapters" aria-labelledby="chapters-heading" onKeyDown={moveFocusInList}>
        {chapters.map((chapter) => (
          <li key={chapter.start}>
            <ChapterButton
              chapter={chapter}
              current={chapter.start === currentStart}
              onSelect={() => onSelect(chapter)}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
