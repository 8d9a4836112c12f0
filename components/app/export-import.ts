// Export downloads a file (the favourites, the transcript); import reads one, checks it whole, and merges it into the
// favourites.
import type { Chapter, Talk } from '@/lib/corpus/types';
import type { Favourite, StoredTranscript } from '@/lib/db';
import { favouritesJson, favouritesMarkdown, MAX_IMPORT_BYTES, readFavouritesFile, TOO_LARGE } from '@/lib/export-format';
import { mergeFavourites } from '@/lib/favourites';
import { mergeTimings } from '@/lib/timings';
import { transcriptFile, type TranscriptFormat } from '@/lib/transcript-export';
import { viewDb } from './use-live-query';

export async function downloadFavourites(favourites: Favourite[], format: 'markdown' | 'json'): Promise<void> {
  const timings = await (await viewDb()).timings.toArray();
  const [text, type, extension] =
    format === 'json'
      ? [favouritesJson(favourites, timings), 'application/json', 'json']
      : [favouritesMarkdown(favourites, new Map(timings.map((t) => [t.quoteId, t.start]))), 'text/markdown', 'md'];
  download(`talk-companion-saved.${extension}`, type, text);
}

/** The kept transcript as a file named for the talk, in the format asked for. */
export function downloadTranscript(format: TranscriptFormat, talk: Talk, chapters: Chapter[], transcript: StoredTranscript): void {
  const file = transcriptFile(format, talk, chapters, transcript.lines, transcript.videoId);
  download(file.name, file.type, file.text);
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  Object.assign(document.createElement('a'), { href: url, download: name }).click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Resolves with what to tell the user. */
export async function importFavourites(file: File): Promise<{ text: string; error: boolean }> {
  // Refused before reading: a huge file must not be loaded into the popup at all.
  if (file.size > MAX_IMPORT_BYTES) return { text: TOO_LARGE, error: true };
  const result = readFavouritesFile(await file.text());
  if (!result.ok) return { text: result.reason, error: true };
  const db = await viewDb();
  const { added, existing } = await mergeFavourites(db, result.favourites);
  await mergeTimings(db, result.timings);
  const quotes = (n: number) => `${n} ${n === 1 ? 'quote' : 'quotes'}`;
  return { text: `Imported ${quotes(added)}; ${quotes(existing)} ${existing === 1 ? 'was' : 'were'} already saved.`, error: false };
}
