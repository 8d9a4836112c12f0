// Sync of the saves, in the Saved view: the switch, and what sync is doing (full, waiting, off) in plain words.
import type { SyncStatus } from '@/lib/saves/sync/status';
import { SettingSwitch } from './SettingSwitch';

interface Props {
  enabled: boolean;
  /** As the background last found it; undefined before its first pass. */
  status: SyncStatus | undefined;
  onChange: (enabled: boolean) => void;
}

export function SyncSwitch({ enabled, status, onChange }: Props) {
  const { text, problem } = syncStatusText(enabled ? status : { state: 'off' });
  return (
    <div class="sync">
      <SettingSwitch label="Sync my saves with my other browsers" enabled={enabled} onChange={onChange} />
      <p class={problem ? 'sync-status problem' : 'sync-status muted'} aria-live="polite">
        {text}
      </p>
    </div>
  );
}

const saves = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'save' : 'saves'}`;

/** The sentence a view shows, and whether it asks for the user's attention. */
function syncStatusText(status: SyncStatus | undefined): { text: string; problem: boolean } {
  if (!status) return { text: 'Sync is starting…', problem: false };
  if (status.state === 'off') return { text: 'Sync is off: your saves stay in this browser only.', problem: false };
  if (status.state === 'waiting')
    return {
      text: `Sync is not available just now (${status.reason}). Your saves are kept in this browser; sync will try again shortly.`,
      problem: true,
    };
  if (status.carried < status.total)
    return {
      text: `Sync is full: it carries the newest ${status.carried.toLocaleString('en')} of your ${saves(status.total)}. All ${status.total.toLocaleString('en')} stay saved in this browser.`,
      problem: true,
    };
  // No count here: the background's last count lags a star by its batch, and the Saved tab shows the count anyway.
  return {
    text: "Sync is on: your saves, notes and timings follow you to every browser signed in to this browser's sync.",
    problem: false,
  };
}
