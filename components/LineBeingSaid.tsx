// The Now view's line from the captions, while no quote of the talk is near: what is being said, with a star.
import type { CaptionLine } from '@/lib/model/captions';
import { formatTimestamp } from '@/lib/time';
import { StarButton } from './StarButton';
import type { CaptionActions } from './quote-actions';

export function LineBeingSaid({ line, actions }: { line: CaptionLine; actions: CaptionActions }) {
  return (
    <section class="being-said" aria-labelledby="being-said-heading">
      <h2 id="being-said-heading">Being said · from captions</h2>
      <p class="being-said-line">
        <time class="time">{formatTimestamp(line.start)}</time> {line.text}
      </p>
      <StarButton saved={actions.isSaved(line)} toggleSave={() => actions.toggleSave(line)} name="line" />
    </section>
  );
}
