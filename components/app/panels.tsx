// The panels of the app's first screen: Now (where playback is, the quotes near it, the chapters, the switches) and
// the Transcript; and what a view says of a part that loads after the first paint.
import { ChapterList } from '@/components/ChapterList';
import { CurrentChapter } from '@/components/CurrentChapter';
import { LineBeingSaid } from '@/components/LineBeingSaid';
import { NearQuotes } from '@/components/NearQuotes';
import type { CaptionActions, QuoteActions } from '@/components/quote-actions';
import { SettingSwitch } from '@/components/SettingSwitch';
import { Transcript } from '@/components/Transcript';
import { TranscriptDownloads } from '@/components/TranscriptDownloads';
import type { Chapter } from '@/lib/model/corpus';
import type { StoredTalk } from '@/lib/model/talk';
import { nothingNear, quotesNear } from '@/lib/timeline/near';
import { lineAt, timedQuotes } from '@/lib/timeline/timeline';
import type { Live } from './use-live-query';
import { useSetting } from './use-talk';
import type { ViewState } from './use-view-state';
import { chooseSecondLanguage, readCaptionsAgain, readTranscriptPanel, turn, type ReportProblem } from './view-actions';
import { SecondLineChooser } from '@/components/SecondLine';

interface NowProps {
  talk: StoredTalk;
  /** The chapter playback is in, if the talk plays. */
  chapter: Chapter | undefined;
  state: ViewState;
  actions: QuoteActions;
  lineActions: CaptionActions;
  jump: (seconds: number) => void;
  report: ReportProblem;
}

export function NowPanel({
  talk,
  chapter,
  state: { watching, kept, second },
  actions,
  lineActions,
  jump,
  report,
}: NowProps) {
  const cardOn = useSetting('cardEnabled');
  const marksOn = useSetting('marksEnabled');
  const near = watching && quotesNear(timedQuotes(talk.quotes, actions.timeline), watching.time);
  const at = watching && kept?.status === 'ready' ? lineAt(kept.lines, watching.time) : -1;
  const lineBeingSaid = kept?.lines[at];
  return (
    <>
      {watching && chapter && (
        <CurrentChapter chapters={talk.chapters} chapter={chapter} time={watching.time} duration={watching.duration} />
      )}
      {near && <NearQuotes near={near} actions={actions} />}
      {near && nothingNear(near) && lineBeingSaid && (
        <LineBeingSaid
          line={lineBeingSaid}
          second={second.lines?.[at] ? { text: second.lines[at]!, language: second.language! } : undefined}
          actions={lineActions}
        />
      )}
      <ChapterList chapters={talk.chapters} currentStart={chapter?.start} onSelect={(c) => jump(c.start)} />
      {cardOn !== undefined && (
        <SettingSwitch
          label="Show the quote card on the video"
          enabled={cardOn}
          onChange={(on) => turn('cardEnabled', on, report)}
        />
      )}
      {marksOn !== undefined && (
        <SettingSwitch
          label="Show the quotes on the seek bar"
          enabled={marksOn}
          onChange={(on) => turn('marksEnabled', on, report)}
        />
      )}
    </>
  );
}

export function TranscriptPanel({
  talk,
  state: { served, watching, transcript, kept, second },
  lineActions,
  report,
}: Pick<NowProps, 'talk' | 'state' | 'lineActions' | 'report'>) {
  const secondLines = second.language && second.lines ? { language: second.language, lines: second.lines } : undefined;
  return (
    <>
      <TranscriptDownloads
        transcript={kept}
        second={secondLines}
        onDownload={async (format, withSecond) =>
          kept &&
          (await import('./export-import')).downloadTranscript(
            format,
            talk,
            talk.chapters,
            kept,
            withSecond ? secondLines?.lines : undefined,
          )
        }
      />
      {kept?.status === 'ready' && second.language !== undefined && (
        <SecondLineChooser
          language={second.language}
          transcript={kept}
          translation={second.translation}
          playing={Boolean(watching)}
          onChoose={(language) => chooseSecondLanguage(language, report)}
        />
      )}
      <Transcript
        transcript={kept}
        loading={transcript.status === 'loading'}
        error={transcript.status === 'error' ? transcript.error : undefined}
        time={watching ? watching.time : null}
        actions={lineActions}
        second={secondLines}
        onReadAgain={watching?.videoId ? () => readCaptionsAgain(served, watching.videoId!) : undefined}
        onReadPanel={watching?.videoId ? () => readTranscriptPanel(served, watching.videoId!) : undefined}
      />
    </>
  );
}

/**
 * A part loaded after the first paint, while it loads or if it cannot: a view left open across an update of the
 * extension asks for files the update replaced.
 */
export function PartMissing({ part }: { part: Live<unknown> }) {
  if (part.status !== 'error') return <p class="status">Loading…</p>;
  return (
    <p class="status error" role="alert">
      This part of Talk Companion could not load ({part.error.message}). Close it and open it again.
    </p>
  );
}

/** A change the background could not make, said plainly until the user dismisses it. */
export function ChangeProblem({ problem, onDismiss }: { problem: string; onDismiss: () => void }) {
  return (
    <p class="message error change-problem" role="alert">
      {problem}{' '}
      <button type="button" class="link small" onClick={onDismiss}>
        Dismiss
      </button>
    </p>
  );
}
