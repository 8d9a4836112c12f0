// One quote wherever it appears: its time (or "time unknown"), the words, the speaker, and a star to save it.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Highlights } from '@/lib/search';
import { formatTimestamp } from '@/lib/time';
import { Highlighted } from './Highlighted';

interface Props {
  text: string;
  speaker: string;
  start: number | null;
  saved: boolean;
  onToggleSave: () => void;
  /** Plays the talk from the quote; absent when the quote has no time. */
  onJump?: () => void;
  /** Before the time: "Now", "Coming up in 1:30", "Just said". */
  label?: ComponentChildren;
  /** Under the speaker: the talk, or that the quote left the corpus. */
  note?: ComponentChildren;
  highlights?: Highlights;
  near?: 'now' | 'next' | 'past';
}

/** Longer quotes show their first lines until the reader asks for the rest (the one being said now shows whole). */
const CLAMP_WORDS = 60;

export function QuoteItem({ text, speaker, start, saved, onToggleSave, onJump, label, note, highlights, near }: Props) {
  const [expanded, setExpanded] = useState(false);
  const long = near !== 'now' && text.split(/\s+/).length > CLAMP_WORDS;
  const time = start === null ? <span class="unknown-time">time unknown</span> : <time class="time">{formatTimestamp(start)}</time>;
  return (
    <article class={`quote${near ? ` ${near}` : ''}`} data-near={near}>
      <p class="when">
        {label && <span class="label">{label} · </span>}
        {onJump && start !== null ? (
          <button type="button" class="link time-link" onClick={onJump} aria-label={`Play from ${formatTimestamp(start)}`}>
            {time}
          </button>
        ) : (
          time
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
        <button
          type="button"
          class="star"
          data-nav
          aria-pressed={saved ? 'true' : 'false'}
          aria-label={saved ? 'Remove from saved' : 'Save quote'}
          onClick={onToggleSave}
        >
          <span aria-hidden="true">{saved ? '★' : '☆'}</span>
        </button>
      </div>
    </article>
  );
}
