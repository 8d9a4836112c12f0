// One quote wherever it appears: its time (or "time unknown"), the words, the speaker, and its actions.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Highlights } from '@/lib/search/search';
import { formatTimestamp } from '@/lib/time';
import { Highlighted } from './Highlighted';
import { StarButton } from './StarButton';

interface Props {
  text: string;
  speaker: string;
  start: number | null;
  /** The start is the user's own timing, not the corpus's. */
  ownTiming?: boolean;
  /** The start is where the captions place a quote the corpus gives no time. */
  fromCaptions?: boolean;
  /** Where the captions place a quote whose published time they contradict; a click plays from there. */
  captionsSay?: number;
  onJumpTo?: (seconds: number) => void;
  saved: boolean;
  onToggleSave: () => void;
  /** Plays the talk from the quote; absent when the quote has no time. */
  onJump?: () => void;
  onCopy: () => Promise<void>;
  /** Offers "Pin to 12:34" when given a moment (a quote without time, on the playing talk). */
  pinAt?: number | null;
  onPin?: () => void;
  onUnpin?: () => void;
  /** Before the time: "Now", "Coming up in 1:30", "Just said". */
  label?: ComponentChildren;
  /** After the speaker: the talk, topics, or that the quote left the corpus. */
  note?: ComponentChildren;
  highlights?: Highlights;
  near?: 'now' | 'next' | 'past';
  /** Under the quote: the user's note on a save. */
  children?: ComponentChildren;
}

/** Longer quotes show their first lines until the reader asks for the rest (the one being said now shows whole). */
const CLAMP_WORDS = 60;

export function QuoteItem(props: Props) {
  const { text, speaker, start, ownTiming, fromCaptions, captionsSay, onJumpTo, saved, onToggleSave, onJump, onCopy, pinAt, onPin, onUnpin, label, note, highlights, near, children } = props;
  const [expanded, setExpanded] = useState(false);
  const [copied, setCopied] = useState<'yes' | 'failed'>();
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(undefined), 2000);
    return () => clearTimeout(timer);
  }, [copied]);
  const long = near !== 'now' && text.split(/\s+/).length > CLAMP_WORDS;
  const time =
    start === null ? (
      <span class="unknown-time">time unknown</span>
    ) : (
      <time class="time">
        {fromCaptions && '≈ '}
        {formatTimestamp(start)}
      </time>
    );

  return (
    <article class={`quote${near ? ` ${near}` : ''}`} data-near={near}>
      <p class="when">
        {label && <span class="label">{label} · </span>}
        {onJump && start !== null ? (
          <button type="button" class="link time-link" onClick={onJump} aria-label={`Play from ${fromCaptions ? 'about ' : ''}${formatTimestamp(start)}`}>
            {time}
          </button>
        ) : (
          time
        )}
        {ownTiming && <span class="own-timing"> · your timing</span>}
        {fromCaptions && <span class="from-captions"> · from captions</span>}
        {captionsSay !== undefined && (
          <>
            {' · '}
            <button type="button" class="link small captions-say" onClick={() => onJumpTo?.(captionsSay)} aria-label={`Captions place it at ${formatTimestamp(captionsSay)}: play from there`}>
              captions place it at {formatTimestamp(captionsSay)}
            </button>
          </>
        )}
        {ownTiming && onUnpin && (
          <button type="button" class="link small" onClick={onUnpin}>
            Unpin
          </button>
        )}
        {pinAt != null && onPin && (
          <button type="button" class="link small" onClick={onPin} aria-label={`Pin this quote to ${formatTimestamp(pinAt)}`}>
            Pin to {formatTimestamp(pinAt)}
          </button>
        )}
      </p>
      <blockquote class={long && !expanded ? 'clamped' : undefined}>
        <Highlighted text={text} ranges={highlights?.text} />
      </blockquote>
      {long && (
        <button type="button" class="link more" aria-expanded={expanded ? 'true' : 'false'} onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Show less' : 'Show whole quote'}
        </button>
      )}
      <div class="quote-footer">
        <p class="who">
          <Highlighted text={speaker} ranges={highlights?.speaker} />
          {note && <span class="note"> · {note}</span>}
        </p>
        <div class="quote-actions">
          <button
            type="button"
            class="copy"
            aria-label="Copy citation"
            onClick={() => onCopy().then(() => setCopied('yes'), () => setCopied('failed'))}
          >
            {copied === 'yes' ? 'Copied' : copied === 'failed' ? 'Copy failed' : 'Copy'}
          </button>
          <StarButton saved={saved} toggleSave={onToggleSave} />
        </div>
      </div>
      {children}
    </article>
  );
}
