// Export downloads a file; import reads one, checks it whole, and merges it into the favourites.
import type { Favourite } from '@/lib/db';
import { favouritesJson, favouritesMarkdown, MAX_IMPORT_BYTES, readFavouritesFile, TOO_LARGE } from '@/lib/export-format';
import { mergeFavourites } from '@/lib/favourites';
import { mergeTimings } from '@/lib/timings';
import { viewDb } from './use-live-query';

export async function downloadFavourites(favourites: Favourite[], format: 'markdown' | 'json'): Promise<void> {
  const timings = await (await viewDb()).timings.toArray();
  const [text, type, extension] =
    format === 'json'
      ? [favouritesJson(favourites, timings), 'application/json', 'json']
      : [favouritesMarkdown(favourites, new Map(timings.map((t) => [t.quoteId, t.start]))), 'text/markdown', 'md'];
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: `talk-companion-saved.${extension}` });
  link.click();
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
