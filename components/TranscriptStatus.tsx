// What the Transcript tab says while it has no lines to show: loading, reading, none offered, or why they could not be
// read and what the user can do (switch captions on, or have YouTube's own transcript read).
import { useState } from 'preact/hooks';
import type { StoredTranscript } from '@/lib/model/captions';

interface Props {
  transcript: StoredTranscript | undefined;
  loading: boolean;
  /** The talk plays in a tab: its captions are being read. */
  playing: boolean;
  /** Asks the talk's tab to read the captions again; absent when the talk is not open. */
  onReadAgain?: () => void;
  /** Has the talk's tab read YouTube's transcript panel; resolves with why it could not. Absent when the talk is not open. */
  onReadPanel?: () => Promise<string | null>;
}

export function TranscriptStatus({ transcript, loading, playing, onReadAgain, onReadPanel }: Props) {
  const [panel, setPanel] = useState<{ reading: true } | { problem: string }>();
  if (!transcript) {
    if (loading)
      return (
        <p class="muted" role="status">
          Loading the captions…
        </p>
      );
    return (
      <p class="muted" role="status">
        {playing
          ? 'Reading the captions from YouTube…'
          : 'No captions read yet: they are read from YouTube while the talk plays there.'}
      </p>
    );
  }
  const again = onReadAgain && (
    <button type="button" class="link small" onClick={onReadAgain}>
      Try again
    </button>
  );
  if (transcript.status === 'none')
    return (
      <p class="muted" role="status">
        No captions for this video. {again}
      </p>
    );
  const readPanel = async () => {
    setPanel({ reading: true });
    const problem = await onReadPanel!().catch(() => 'the talk’s tab did not answer');
    setPanel(problem ? { problem } : undefined);
  };
  return (
    <div class="captions-unavailable">
      <p class="message error" role="status">
        Captions unavailable: {transcript.reason ?? 'they could not be read'}.{' '}
        {onReadPanel
          ? 'Switch captions on in the player (CC) and try again, or have YouTube’s own transcript read.'
          : 'Open the talk on YouTube to try again.'}
      </p>
      {onReadPanel && (
        <p class="actions">
          <button type="button" class="button" onClick={() => void readPanel()} disabled={panel && 'reading' in panel}>
            Read YouTube’s transcript
          </button>{' '}
          {again}
        </p>
      )}
      {panel && (
        <p class={'problem' in panel ? 'message error' : 'muted'} role={'problem' in panel ? 'alert' : 'status'}>
          {'problem' in panel
            ? `YouTube’s transcript could not be read: ${panel.problem}`
            : 'Reading YouTube’s transcript…'}
        </p>
      )}
    </div>
  );
}
