// A slide shown large, over the view: its image and the moment it shows. Esc or Close puts it away, and the focus goes
// back to the thumbnail that opened it (a modal <dialog> does both).
import { useEffect, useRef } from 'preact/hooks';
import type { SavedFrame } from '@/lib/db/database';
import { formatTimestamp } from '@/lib/time';

export function SlideViewer({ frame, words, onClose }: { frame: SavedFrame; words: string; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const at = formatTimestamp(frame.time);
  return (
    <dialog ref={dialog} class="slide-viewer" aria-label={`Slide at ${at}`} onClose={onClose}>
      <img src={frame.image} alt={`The slide at ${at}`} width={frame.width} height={frame.height} />
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
