// A save's slide in Saved: its thumbnail, a button that shows it large; or, plainly, why it has none (yet).
import type { SavedSlide } from '@/lib/model/save';
import { formatTimestamp } from '@/lib/time';

interface Props {
  slide: SavedSlide | undefined;
  /** Saved in another browser, where its slide stayed. */
  elsewhere: boolean;
  /** Where the save sits, for when its slide will be taken. */
  start: number | null;
  onShow: (slide: SavedSlide) => void;
}

export function SlideThumb({ slide, elsewhere, start, onShow }: Props) {
  if (slide?.image)
    return (
      <button
        type="button"
        class="slide-thumb"
        data-nav
        onClick={() => onShow(slide)}
        aria-label={`Show the slide at ${formatTimestamp(slide.time)}`}
      >
        <img src={slide.image} alt="" width={slide.width} height={slide.height} loading="lazy" />
      </button>
    );
  const when = start === null ? undefined : formatTimestamp(start);
  return <p class="slide-none muted">{whyNone(slide?.missing ?? (elsewhere ? 'elsewhere' : undefined), when)}</p>;
}

function whyNone(missing: SavedSlide['missing'], when: string | undefined): string {
  if (missing === 'unreadable') return 'No slide: this page’s video cannot be read.';
  if (!when) return 'No slide: this save has no time to take one at.';
  if (missing === 'elsewhere')
    return `No slide here: it stayed in the browser this was saved in. One is kept when the video shows ${when} here.`;
  if (missing === 'ad')
    return `No slide yet: an ad was playing at its moment. One is kept when the video next shows ${when}.`;
  return `No slide yet: one is kept when the video next shows ${when}.`;
}
