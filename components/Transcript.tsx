// The talk in its own words: the captions line by line, the line being said marked and followed, each line a button
// that plays from it, with a star. About a thousand lines: rows are memoised, and clicks are handled once, on the list.
import { Component } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CaptionLine, StoredTranscript } from '@/lib/model/captions';
import { formatTimestamp } from '@/lib/time';
import { lineAt } from '@/lib/timeline/timeline';
import { moveFocusInList } from './keyboard';
import type { CaptionActions } from './quote-actions';
import { StarButton } from './StarButton';
import { TranscriptStatus } from './TranscriptStatus';

interface Props {
  /** Undefined while it is read, or when no captions were ever read for the talk. */
  transcript: StoredTranscript | undefined;
  loading: boolean;
  /** The kept captions could not be read from the database. */
  error?: Error;
  /** The playback time when the talk plays in a tab; null otherwise. */
  time: number | null;
  actions: CaptionActions;
  /** Asks the talk's tab to read the captions again; absent when the talk is not open. */
  onReadAgain?: () => void;
  /** Has the talk's tab read YouTube's transcript panel; absent when the talk is not open. */
  onReadPanel?: () => Promise<string | null>;
  /** Each line's second line ('' where none), in `language`, where YouTube's translation is kept. */
  second?: { language: string; lines: string[] };
}

interface RowProps {
  line: CaptionLine;
  at: number;
  current: boolean;
  saved: boolean;
  second?: string;
  language?: string;
}

/** Re-renders only when its own props change (preact/compat's `memo` would bring 6 KB of compat with it). */
class Row extends Component<RowProps> {
  override shouldComponentUpdate(next: RowProps): boolean {
    return (Object.keys(next) as (keyof RowProps)[]).some((key) => next[key] !== this.props[key]);
  }

  override render({ line, at, current, saved, second, language }: RowProps) {
    return (
      <li class={current ? 'line current' : 'line'}>
        <button
          type="button"
          class="line-text"
          data-nav
          data-at={at}
          data-act="play"
          aria-current={current ? 'true' : undefined}
        >
          <time class="time">{formatTimestamp(line.start)}</time> {line.text}
          {second && (
            <span class="second" lang={language}>
              {second}
            </span>
          )}
        </button>
        <StarButton saved={saved} name="line" nav={false} data={{ 'data-at': at, 'data-act': 'star' }} />
      </li>
    );
  }
}

/**
 * Lines painted first, around the one being said: as many as fill the view (the popup's 600 px at least, as it may
 * still be growing to its size) at the shortest a line can be (one row of text beside its 28 px star, 29 px with the
 * gap), and one more each side. The rest follow in the next task, so the tab opens at once: each line the first frame
 * lays out costs it (the real popup's first paint, against 60 lines: 200 lines 5.1 ± 3.4 ms later, 20 lines 3.6 ± 3.7
 * sooner).
 */
function firstPaintLines(): number {
  return 2 * Math.ceil(Math.max(innerHeight, 600) / 2 / 29) + 2;
}

export function Transcript({ transcript, loading, error, time, actions, onReadAgain, onReadPanel, second }: Props) {
  const list = useRef<HTMLOListElement>(null);
  // Following playback until the user scrolls away; "Back to now" follows again.
  const [following, setFollowing] = useState(true);
  const [whole, setWhole] = useState(false);
  const lines = transcript?.status === 'ready' ? transcript.lines : [];
  const current = time === null ? -1 : lineAt(lines, time);
  // The line last brought to the middle (-1: none yet).
  const centred = useRef(-1);
  const first = firstPaintLines();
  // Near the end, the last lines: the view, held at the bottom, has lines above the one being said to show.
  const from = whole ? 0 : Math.max(0, Math.min(current - first / 2, lines.length - first));
  const shown = whole ? lines : lines.slice(from, from + first);

  useEffect(() => {
    if (whole || lines.length === 0) return;
    const next = setTimeout(() => setWhole(true));
    return () => clearTimeout(next);
  }, [whole, lines]);
  // Before the frame paints: the tab opens on the line being said, not on the lines before it for a frame; and again
  // when the second lines arrive (after the first paint), as they make the rows taller.
  useLayoutEffect(() => {
    if (!following || current < 0) return;
    const row = list.current?.children[current - from];
    // Gliding when the line being said moves on; at once otherwise (the tab opening, the rows growing): a glide over
    // rows laid out only as they come near would end wherever their sizes put it.
    const glide = centred.current >= 0 && centred.current !== current;
    row?.scrollIntoView({ block: 'center', behavior: glide ? 'smooth' : 'instant' });
    centred.current = current;
  }, [current, following, lines, whole, second?.lines]);
  useEffect(() => {
    const away = () => setFollowing(false);
    const keys = (event: KeyboardEvent) =>
      ['PageUp', 'PageDown', 'Home', 'End', 'ArrowUp', 'ArrowDown'].includes(event.key) && away();
    window.addEventListener('wheel', away, { passive: true });
    window.addEventListener('touchmove', away, { passive: true });
    window.addEventListener('keydown', keys);
    return () => {
      window.removeEventListener('wheel', away);
      window.removeEventListener('touchmove', away);
      window.removeEventListener('keydown', keys);
    };
  }, []);

  if (error)
    return (
      <p class="message error" role="alert">
        Could not read the captions kept for this talk: {error.message}
      </p>
    );
  if (transcript?.status !== 'ready')
    return (
      <TranscriptStatus
        transcript={transcript}
        loading={loading}
        playing={time !== null}
        onReadAgain={onReadAgain}
        onReadPanel={onReadPanel}
      />
    );

  const onClick = (event: MouseEvent) => {
    const button = (event.target as Element).closest<HTMLElement>('button[data-at]');
    const line = button && lines[Number(button.dataset.at)];
    if (!line) return;
    if (button.dataset.act === 'star') actions.toggleSave(line);
    else {
      setFollowing(true);
      actions.play(line);
    }
  };
  const track = transcript.track;
  return (
    <section class="transcript" aria-label="Transcript">
      <p class="transcript-meta muted">
        {lines.length} {lines.length === 1 ? 'line' : 'lines'}{' '}
        {transcript.source === 'panel' ? (
          <>from YouTube’s transcript, times to the second</>
        ) : (
          <>
            from YouTube’s captions · {track?.name ?? 'captions'}
            {track?.kind === 'asr' && ' (automatic)'}
          </>
        )}{' '}
        {onReadAgain && (
          <button type="button" class="link small" onClick={onReadAgain}>
            Read the captions again
          </button>
        )}
        {!following && current >= 0 && (
          <button type="button" class="link small" onClick={() => setFollowing(true)}>
            Back to now
          </button>
        )}
      </p>
      <ol class="lines" ref={list} aria-label="Caption lines" onClick={onClick} onKeyDown={moveFocusInList}>
        {shown.map((line, index) => (
          <Row
            key={from + index}
            line={line}
            at={from + index}
            current={from + index === current}
            saved={actions.isSaved(line)}
            second={second?.lines[from + index]}
            language={second?.language}
          />
        ))}
      </ol>
    </section>
  );
}
