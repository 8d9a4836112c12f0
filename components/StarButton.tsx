// The star that saves or un-saves what it stands beside: a quote, or a line of the captions.

export function StarButton({ saved, onToggle, name = 'quote' }: { saved: boolean; onToggle: () => void; name?: 'quote' | 'line' }) {
  return (
    <button type="button" class="star" data-nav aria-pressed={saved ? 'true' : 'false'} aria-label={saved ? 'Remove from saved' : `Save ${name}`} onClick={onToggle}>
      <span aria-hidden="true">{saved ? '★' : '☆'}</span>
    </button>
  );
}
