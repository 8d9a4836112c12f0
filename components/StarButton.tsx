// The star that saves or un-saves what it stands beside: a quote, or a line of the captions.

interface Props {
  saved: boolean;
  /** Absent where a list handles its stars' clicks itself (the transcript's thousand lines). */
  toggleSave?: () => void;
  name?: 'quote' | 'line';
  /** Arrow keys stop on it (false where another button of the row is the stop). */
  nav?: boolean;
  /** data-* attributes the list reads the row from. */
  data?: Record<`data-${string}`, string | number>;
}

export function StarButton({ saved, toggleSave, name = 'quote', nav = true, data }: Props) {
  return (
    <button
      type="button"
      class="star"
      data-nav={nav || undefined}
      {...data}
      aria-pressed={saved ? 'true' : 'false'}
      aria-label={saved ? 'Remove from saved' : `Save ${name}`}
      onClick={toggleSave}
    >
      <span aria-hidden="true">{saved ? '★' : '☆'}</span>
    </button>
  );
}
