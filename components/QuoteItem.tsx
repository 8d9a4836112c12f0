// One quote wherever it appears: its time (or "time unknown"), the words, the speaker, and what can be done with it.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Highlights } from '@/lib/search/search';
import { formatTimestamp } from '@/lib/time';
import type { QuoteStart } from '@/lib/timeline/timeline';
import { CopyButton } from './CopyButton';
import { Highlighted } from './Highlighted';
import { StarButton } from './StarButton';

/** What the item's buttons do; a button whose action is absent is not shown. */
export interface ItemActions {
  toggleSave: () => void;
  /** Plays the talk from a second: the quote's start, or where the captions place it. */
  jump?: (seconds: number) => void;
  copy: () => Promise<void>;
  /** "Pin to 12:34": a quote without a time, on the playing talk. */
  pin?: { at: number; pin: () => void };
  unpin?: () => void;
}

/** What surrounds the item where it is listed. */
export interface ItemExtras {
  /** Before the time: "Now", "Coming up in 1:30", "Just said". */
  label?: ComponentChildren;
  /** After the speaker: the talk, topics, or that the quote left the corpus. */
  note?: ComponentChildren;
  highlights?: Highlights;
  near?: 'now' | 'next' | 'past';
}

interface Props {
  text: string;
  speaker: string;
  /** Where it sits, and whose that place is. */
  place: QuoteStart;
  saved: boolean;
  actions: ItemActions;
  extras?: ItemExtras;
  /** Under the quote: the user's note on a save. */
  children?: ComponentChildren;
}

/** Longer quotes show their first lines until the reader asks for the rest (the one being said now shows whole). */
const CLAMP_WORDS = 60;

export function QuoteItem({ text, speaker, place, saved, actions, extras = {}, children }: Props) {
  const { label, note, highlights, near } = extras;
  const [expanded, setExpanded] = useState(false);
  const long = near !== 'now' && text.split(/\s+/).length > CLAMP_WORDS;
  return (
    <article class={`quote${near ? ` ${near}` : ''}`} data-near={near}>
      <p class="when">
        {label && <span class="label">{label} · </span>}
        <When place={place} actions={actions} />
      </p>
      <blockquote class={long && !expanded ? 'clamped' : undefined}>
        <Highlighted text={text} ranges={highlights?.text} />
      </blockquote>
      {long && (
        <button
          type="button"
          class="link more"
          aria-expanded={expanded ? 'true' : 'false'}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? 'Show less' : 'Show whole quote'}
        </button>
      )}
      <div class="quote-footer">
        <p class="who">
          <Highlighted text={speaker} ranges={highlights?.speaker} />
          {note && <span class="note"> · {note}</span>}
        </p>
        <div class="quote-actions">
          <CopyButton copy={actions.copy} label="Copy" name="Copy citation" />
          <StarButton saved={saved} toggleSave={actions.toggleSave} />
        </div>
      </div>
      {children}
    </article>
  );
}

/** The time (a button that plays from it), whose it is, and the timing actions. */
function When({
  place: { start, own, fromCaptions, captionsSay },
  actions: { jump, pin, unpin },
}: {
  place: QuoteStart;
  actions: ItemActions;
}) {
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
    <>
      {jump && start !== null ? (
        <button
          type="button"
          class="link time-link"
          onClick={() => jump(start)}
          aria-label={`Play from ${fromCaptions ? 'about ' : ''}${formatTimestamp(start)}`}
        >
          {time}
        </button>
      ) : (
        time
      )}
      {own && <span class="own-timing"> · your timing</span>}
      {fromCaptions && <span class="from-captions"> · from captions</span>}
      {captionsSay !== undefined && (
        <>
          {' · '}
          <button
            type="button"
            class="link small captions-say"
            onClick={() => jump?.(captionsSay)}
            aria-label={`Captions place it at ${formatTimestamp(captionsSay)}: play from there`}
          >
            captions place it at {formatTimestamp(captionsSay)}
          </button>
        </>
      )}
      {own && unpin && (
        <button type="button" class="link small" onClick={unpin}>
          Unpin
        </button>
      )}
      {pin && (
        <button
          type="button"
          class="link small"
          onClick={pin.pin}
          aria-label={`Pin this quote to ${formatTimestamp(pin.at)}`}
        >
          Pin to {formatTimestamp(pin.at)}
        </button>
      )}
    </>
  );
}
