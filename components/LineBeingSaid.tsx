// The Now view's line from the captions, while no quote of the talk is near: what is being said, with a star.
import type { CaptionLine } from '@/lib/model/captions';
import { formatTimestamp } from '@/lib/time';
import { StarButton } from './StarButton';
import type { CaptionActions } from './quote-actions';

interface Props {
  line: CaptionLine;
  /** The line in the user's language, where YouTube's translation is kept. */
  second?: { text: string; language: string };
  actions: CaptionActions;
}

export function LineBeingSaid({ line, second, actions }: Props) {
  return (
    <section class="being-said" aria-labelledby="being-said-heading">
      <h2 id="being-said-heading">Being said · from captions</h2>
      <p class="being-said-line">
        <time class="time">{formatTimestamp(line.start)}</time> {line.text}
        {second && (
          <span class="second" lang={second.language}>
            {second.text}
          </span>
        )}
      </p>
      <StarButton saved={actions.isSaved(line)} toggleSave={() => actions.toggleSave(line)} name="line" />
    </section>
  );
}
