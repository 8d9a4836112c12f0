// Export downloads a file (the saves, the transcript); import reads one and hands it to the background, which checks
// it whole and merges it into the saves.
import type { Chapter, Talk } from '@/lib/model/corpus';
import type { Save, SavedSlide } from '@/lib/model/save';
import type { StoredTranscript } from '@/lib/model/captions';
import { MAX_IMPORT_BYTES, savesJson, TOO_LARGE } from '@/lib/saves/export-file';
import { talkFileName } from '@/lib/corpus/talk';
import { talkNote, type TalkNoteInput } from '@/lib/saves/talk-note';
import { transcriptFile, type TranscriptFormat } from '@/lib/captions/exports';
import { viewDb } from './use-live-query';
import { sendChange } from './view-actions';

/** Every save, note and own timing (and the slides, if asked), to restore (import) here or in another browser. */
export async function downloadSaves(saves: Save[], slides?: ReadonlyMap<string, SavedSlide>): Promise<void> {
  const timings = await (await viewDb()).timings.toArray();
  const files =
    slides &&
    [...slides.values()].flatMap(({ quoteId, time, image, width, height }) =>
      image && width && height ? [{ quoteId, time, image, width, height }] : [],
    );
  download('talk-companion-saved.json', 'application/json', savesJson(saves, timings, new Date(), files));
}

/** The talk as a note with its slides beside it, in one zip (fflate loads with this). */
export async function downloadNoteWithSlides(
  input: Omit<TalkNoteInput, 'savedOn' | 'slides'>,
  slides: ReadonlyMap<string, SavedSlide>,
): Promise<void> {
  const { noteWithSlides } = await import('@/lib/saves/slides-export');
  const { name, bytes } = noteWithSlides({ ...input, savedOn: new Date() }, slides);
  download(name, 'application/zip', bytes);
}

/** The talk as one Markdown note with the user's saves of it: downloaded, or put on the clipboard. */
export async function exportTalkNote(input: Omit<TalkNoteInput, 'savedOn'>, to: 'file' | 'clipboard'): Promise<void> {
  const text = talkNote({ ...input, savedOn: new Date() });
  if (to === 'clipboard') await navigator.clipboard.writeText(text);
  else download(talkFileName(input.talk, '', 'md'), 'text/markdown', text);
}

/** The kept transcript as a file named for the talk, in the format asked for. */
export function downloadTranscript(
  format: TranscriptFormat,
  talk: Talk,
  chapters: Chapter[],
  transcript: StoredTranscript,
  second?: string[],
): void {
  const file = transcriptFile(format, talk, chapters, transcript.lines, transcript.videoId, second);
  download(file.name, file.type, file.text);
}

function download(name: string, type: string, content: string | Uint8Array): void {
  const url = URL.createObjectURL(new Blob([content as BlobPart], { type }));
  Object.assign(document.createElement('a'), { href: url, download: name }).click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Reads the file here (a huge one is refused before it is read) and has the background import it; resolves with what to tell the user. */
export async function importSaves(file: File): Promise<{ text: string; error: boolean }> {
  if (file.size > MAX_IMPORT_BYTES) return { text: TOO_LARGE, error: true };
  const text = await file.text();
  return sendChange('importSaves', { text }).catch((error: unknown) => ({
    text: `The file could not reach Talk Companion (${error instanceof Error ? error.message : String(error)}). Nothing was imported; try again.`,
    error: true,
  }));
}
