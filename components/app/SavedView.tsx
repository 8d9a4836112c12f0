// The Saved tab: sync's switch and what it is doing, then the saves with their exports and import.
import { useState } from 'preact/hooks';
import { SavedList, type ExportFormat } from '@/components/SavedList';
import type { SaveActions } from '@/components/quote-actions';
import { SyncSwitch } from '@/components/SyncSwitch';
import type { Save } from '@/lib/model/save';
import type { StoredTalk } from '@/lib/model/talk';
import { asError } from './use-live-query';
import { saveTranslation } from '@/lib/captions/translation';
import type { StoredTranscript } from '@/lib/model/captions';
import { languageName } from '@/components/SecondLine';
import { useSlides, useSetting, useSyncStatus } from './use-talk';
import { turn, type ReportProblem } from './view-actions';

// Exports and imports load on first use.
const exports = () => import('./export-import');

interface Props {
  talk: StoredTalk;
  /** The talk's kept captions and their second line, for the Markdown exports. */
  transcript?: StoredTranscript;
  second?: { language: string; lines: string[] };
  saves: Save[];
  inCorpus: Set<string>;
  drafts: ReadonlyMap<string, string>;
  actions: SaveActions;
  report: ReportProblem;
}

export function SavedView({ talk, transcript, second, saves, inCorpus, drafts, actions, report }: Props) {
  const [withSecond, setWithSecond] = useState(true);
  const slides = useSlides();
  const syncOn = useSetting('syncEnabled');
  const syncStatus = useSyncStatus();
  const [message, setMessage] = useState<{ text: string; error: boolean }>();

  // The exports' file cannot be fetched if the extension was updated while this view stayed open.
  const unloaded = (error: unknown) =>
    setMessage({
      text: `The exports could not load (${asError(error).message}). Close this view and open it again.`,
      error: true,
    });
  const onExport = (format: ExportFormat) => {
    if (format === 'json' || format === 'json-slides')
      return void exports().then(
        ({ downloadSaves }) => downloadSaves(saves, format === 'json-slides' ? slides : undefined),
        unloaded,
      );
    const note = {
      talk,
      chapters: talk.chapters,
      saves: saves.filter((save) => save.talkId === talk.id),
      timeline: actions.timeline,
      ...(second &&
        transcript?.status === 'ready' &&
        withSecond && {
          second: (save: Save, start: number | null) => saveTranslation(transcript, second.lines, save, start),
        }),
    };
    if (format === 'slides')
      return void exports().then(({ downloadNoteWithSlides }) => downloadNoteWithSlides(note, slides), unloaded);
    const copied = { text: 'Copied the talk and your saves as Markdown.', error: false };
    const failed = { text: 'Could not copy to the clipboard.', error: true };
    void exports().then(
      ({ exportTalkNote }) =>
        exportTalkNote(note, format === 'copy' ? 'clipboard' : 'file').then(
          () => format === 'copy' && setMessage(copied),
          () => setMessage(failed),
        ),
      unloaded,
    );
  };

  return (
    <>
      {syncOn !== undefined && (
        <SyncSwitch enabled={syncOn} status={syncStatus} onChange={(on) => turn('syncEnabled', on, report)} />
      )}
      <SavedList
        saves={saves}
        inCorpus={inCorpus}
        drafts={drafts}
        slides={slides}
        actions={actions}
        {...(second && {
          second: { name: languageName(second.language), on: withSecond, turn: setWithSecond },
        })}
        onExport={onExport}
        onImport={(file) => void exports().then(({ importSaves }) => importSaves(file).then(setMessage), unloaded)}
        message={message}
      />
    </>
  );
}
