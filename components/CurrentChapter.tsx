// The chapter playing now, and how far through it playback is.
import type { Chapter } from '@/lib/model/corpus';

type ChapterShown = Pick<Chapter, 'start' | 'title'>;

interface Props {
  chapters: ChapterShown[];
  chapter: ChapterShown;
  time: number;
  duration: number | null;
}

export function CurrentChapter({ chapters, chapter, time, duration }: Props) {
  const index = chapters.indexOf(chapter);
  const end = chapters[index + 1]?.start ?? duration ?? time;
  const percent =
    end > chapter.start ? Math.min(100, Math.round(((time - chapter.start) / (end - chapter.start)) * 100)) : 100;
  return (
    <section class="current-chapter" aria-labelledby="current-chapter-heading">
      <h2 id="current-chapter-heading">
        Chapter {index + 1} of {chapters.length}
      </h2>
      <p class="current-title">{chapter.title}</p>
      <div
        class="progress"
        role="progressbar"
        aria-label="Progress through this chapter"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div class="progress-fill" style={{ width: `${percent}%` }} />
      </div>
    </section>
  );
}
