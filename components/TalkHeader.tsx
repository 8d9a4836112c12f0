// The talk and where playback is: "41:23 · Chapter", "Ad playing", "Paused", or "Not watching this talk".
import type { Chapter, Talk } from '@/lib/model/corpus';
import type { PlaybackReading } from '@/lib/model/playback';
import { formatTimestamp } from '@/lib/time';

interface Props {
  talk: Talk;
  playback: PlaybackReading | null;
  chapter?: Chapter;
  inOtherTab: boolean;
  /** The tab shows the talk but its page could not be read. */
  unreadable?: boolean;
  onOpen: () => void;
  /** Offered in the popup, which closes when the page is clicked; the side panel stays. */
  onOpenSidePanel?: () => void;
}

export function TalkHeader({ talk, playback, chapter, inOtherTab, unreadable, onOpen, onOpenSidePanel }: Props) {
  return (
    <header class="talk-header">
      <h1>{talk.title}</h1>
      <div class="meta-row">
        <p class="meta">{[talk.event, talk.code].filter(Boolean).join(' · ')}</p>
        {onOpenSidePanel && (
          <button type="button" class="link" onClick={onOpenSidePanel}>
            Open in side panel
          </button>
        )}
      </div>
      {playback ? (
        <p class="playback" data-testid="playback">
          <time class="time">{formatTimestamp(playback.time)}</time>
          {playback.ad ? ' · Ad playing' : playback.paused ? ' · Paused' : ''}
          {chapter && ` · ${chapter.title}`}
          {inOtherTab && <span class="muted"> (in another tab)</span>}
        </p>
      ) : unreadable ? (
        <p class="playback not-watching" data-testid="playback">
          Can't read this YouTube page: its player was not found. Try reloading it.
        </p>
      ) : (
        <p class="playback not-watching" data-testid="playback">
          Not watching this talk —{' '}
          <button type="button" class="link" onClick={onOpen}>
            open it
          </button>
        </p>
      )}
    </header>
  );
}
