// A slide shown large, over the view: its image and the moment it shows. Esc or Close puts it away, and the focus goes
// back to the thumbnail that opened it (a modal <dialog> does both).
import { useEffect, useRef } from 'preact/hooks';
import type { SavedSlide } from '@/lib/model/save';
import { formatTimestamp } from '@/lib/time';

export function SlideViewer({ slide, words, onClose }: { slide: SavedSlide; words: string; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const at = formatTimestamp(slide.time);
  return (
    <dialog ref={dialog} class="slide-viewer" aria-label={`Slide at ${at}`} onClose={onClose}>
      <img src={slide.image} alt={`The slide at ${at}`} width={slide.width} height={slide.height} />
      <p>
        <time class="time">{at}</time> · {words}
      </p>
      <form method="dialog">
        <button type="submit" class="button">
          Close
        </button>
      </form>
    </dialog>
  );
}
