// "On this page": for the tab the view follows, how the talk was recognised, which parts of YouTube's page were found,
// how the captions were read, and which features work; "Copy report" copies the same as plain text for a bug report.
import type { PageReport } from '@/lib/model/page-report';
import type { StoredTranscript } from '@/lib/model/captions';
import {
  captionsLine,
  featureStates,
  notPlayedLine,
  partLines,
  recognisedLine,
  stateLine,
  type FeatureSwitches,
} from '@/lib/page-report';
import { CopyButton } from './CopyButton';

interface Props {
  /** What the followed page found; absent when the view follows no page showing the talk. */
  report: PageReport | undefined;
  switches: FeatureSwitches;
  transcript: StoredTranscript | undefined;
  /** Copies the report as plain text; absent with no report. */
  onCopy?: () => Promise<void>;
}

export function OnThisPage({ report, switches, transcript, onCopy }: Props) {
  return (
    <section class="on-this-page" id="on-this-page" aria-labelledby="on-this-page-heading" tabIndex={-1}>
      <h2 id="on-this-page-heading">On this page</h2>
      {report ? (
        <>
          <p>{recognisedLine(report)}</p>
          {report.unplayable && <p class="not-played">{notPlayedLine(report.unplayable)}</p>}
          <ul class="page-parts" aria-label="Parts of YouTube’s page">
            {partLines(report).map((line) => (
              <li key={line}>{line}</li>
            ))}
            <li>{captionsLine(transcript)}</li>
          </ul>
          <ul class="page-features" aria-label="Features on this page">
            {featureStates(report, switches).map((state) => (
              <li key={state.feature} data-state={state.state}>
                {stateLine(state)}
              </li>
            ))}
          </ul>
          {onCopy && (
            <p class="actions">
              <CopyButton copy={onCopy} label="Copy report" />{' '}
              <span class="muted small">
                With the versions of the extension and the browser; no saves, notes or history.
              </span>
            </p>
          )}
        </>
      ) : (
        <p class="muted">Open the talk on YouTube: what works on its page shows here.</p>
      )}
    </section>
  );
}
