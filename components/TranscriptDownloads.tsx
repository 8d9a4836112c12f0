// The kept transcript to take away, one button per format; while none is kept they are disabled and say why.
import { useState } from 'preact/hooks';
import type { StoredTranscript } from '@/lib/model/captions';
import type { TranscriptFormat } from '@/lib/captions/exports';
import { languageName } from './SecondLine';

const FORMATS: [TranscriptFormat, string][] = [
  ['srt', 'SRT'],
  ['vtt', 'WebVTT'],
  ['txt', 'Text'],
  ['md', 'Markdown'],
];

/** Why there is nothing to download, if there is not. */
function whyNone(transcript: StoredTranscript | undefined): string | undefined {
  if (!transcript) return 'No transcript is kept yet: it is read from YouTube while the talk plays there.';
  if (transcript.status === 'none') return 'This video has no captions to download.';
  if (transcript.status === 'unavailable') return 'The captions could not be read, so there is nothing to download.';
  return transcript.lines.length === 0 ? 'The captions have no lines.' : undefined;
}

interface Props {
  transcript: StoredTranscript | undefined;
  /** The second line, where YouTube's translation is kept: offered in the files, under each line. */
  second?: { language: string };
  /** Rejects if the download could not be made (its code is fetched on first use). */
  onDownload: (format: TranscriptFormat, withSecond: boolean) => Promise<void>;
}

export function TranscriptDownloads({ transcript, second, onDownload }: Props) {
  const unavailable = whyNone(transcript);
  const [failed, setFailed] = useState<string>();
  const [withSecond, setWithSecond] = useState(true);
  const download = (format: TranscriptFormat) => {
    setFailed(undefined);
    onDownload(format, Boolean(second) && withSecond).catch((error: unknown) =>
      setFailed(error instanceof Error ? error.message : String(error)),
    );
  };
  return (
    <div
      class="toolbar downloads"
      role="group"
      aria-label="Download the transcript"
      aria-describedby={unavailable ? 'downloads-why' : undefined}
    >
      {FORMATS.map(([format, label]) => (
        <button
          key={format}
          type="button"
          class="button"
          disabled={Boolean(unavailable)}
          onClick={() => download(format)}
        >
          {label}
        </button>
      ))}
      {second && !unavailable && (
        <label class="small">
          <input
            type="checkbox"
            checked={withSecond}
            onChange={(event) => setWithSecond(event.currentTarget.checked)}
          />{' '}
          With the {languageName(second.language)} line
        </label>
      )}
      {unavailable && (
        <span id="downloads-why" class="muted small">
          {unavailable}
        </span>
      )}
      {failed && (
        <p class="message error" role="alert">
          The download could not be made ({failed}). Close this view and open it again.
        </p>
      )}
    </div>
  );
}
