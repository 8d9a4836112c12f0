// One click turns something the extension shows on the YouTube player (the quote card, the seek-bar marks) off, and on again.

export function PlayerSwitch({ label, enabled, onChange }: { label: string; enabled: boolean; onChange: (enabled: boolean) => void }) {
  return (
    <label class="card-toggle">
      <input type="checkbox" role="switch" checked={enabled} onChange={(event) => onChange(event.currentTarget.checked)} />
      {label}
    </label>
  );
}
