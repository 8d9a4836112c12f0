// One click turns the quote card on the YouTube player off, and on again.

export function CardToggle({ enabled, onChange }: { enabled: boolean; onChange: (enabled: boolean) => void }) {
  return (
    <label class="card-toggle">
      <input type="checkbox" role="switch" checked={enabled} onChange={(event) => onChange(event.currentTarget.checked)} />
      Show the quote card on the video
    </label>
  );
}
