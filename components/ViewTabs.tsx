// The popup's views as tabs: Now, Quotes, Transcript, Saved, About. Left and right arrows move between them.
export type View = 'now' | 'quotes' | 'transcript' | 'saved' | 'about';

const VIEWS: { id: View; label: string }[] = [
  { id: 'now', label: 'Now' },
  { id: 'quotes', label: 'Quotes' },
  { id: 'transcript', label: 'Transcript' },
  { id: 'saved', label: 'Saved' },
  { id: 'about', label: 'About' },
];

export function ViewTabs({
  view,
  savedCount,
  onChange,
}: {
  view: View;
  savedCount: number;
  onChange: (view: View) => void;
}) {
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = VIEWS[(VIEWS.findIndex((v) => v.id === view) + step + VIEWS.length) % VIEWS.length]!;
    onChange(next.id);
    (event.currentTarget as HTMLElement).querySelector<HTMLElement>(`#tab-${next.id}`)?.focus();
  };
  return (
    <div class="tabs" role="tablist" aria-label="Views" onKeyDown={onKeyDown}>
      {VIEWS.map(({ id, label }) => (
        <button
          key={id}
          type="button"
          role="tab"
          id={`tab-${id}`}
          aria-selected={view === id ? 'true' : 'false'}
          aria-controls="view-panel"
          tabIndex={view === id ? 0 : -1}
          onClick={() => onChange(id)}
        >
          {label}
          {id === 'saved' && savedCount > 0 && <span class="count"> {savedCount}</span>}
        </button>
      ))}
    </div>
  );
}
