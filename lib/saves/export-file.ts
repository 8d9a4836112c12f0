// Saves out as versioned JSON, to restore, and back in, refusing anything doubtful whole. (To read: talk-note.ts.)
import { SAVES_STORED_AS } from '../db/database';
import type { OwnTiming, Save } from '../model/save';
import type { FileSlide } from '../model/slide';
import { isFileSlide, isWholeSave, isWholeTiming, noteProblem } from './checks';
import { MAX_IMPORT_BYTES } from './limits';

export { MAX_IMPORT_BYTES };

export const FILE_FORMAT = `talk-companion-${SAVES_STORED_AS}`;
/**
 * 2 added saves from the captions (`source: 'captions'`, no speaker); 3 added the user's notes (`note`,
 * `noteAt`); 4 added the slides (`slides`), when the user chooses to take them along. Versions 1 to 3 still import.
 */
export const FILE_VERSION = 4;

/** A save as a file carries it: when it last changed in this browser is this browser's own (an import is a change). */
export type ImportedSave = Omit<Save, 'changedAt'>;
export type ImportedTiming = Omit<OwnTiming, 'changedAt'>;

/** Version 1 files may carry `timings`, the user's own moments for quotes without one; older files have none. */
export function savesJson(
  saves: ImportedSave[],
  timings: ImportedTiming[] = [],
  exportedAt = new Date(),
  slides?: FileSlide[],
): string {
  const kept = saves.map(
    ({ changedAt: _, slideElsewhere: __, ...save }: ImportedSave & { changedAt?: number }) => save,
  );
  const own = timings.map(({ changedAt: _, ...timing }: ImportedTiming & { changedAt?: number }) => timing);
  const file = {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    exportedAt: exportedAt.toISOString(),
    [SAVES_STORED_AS]: kept,
    timings: own,
    ...(slides && { slides }),
  };
  return JSON.stringify(file, null, 2);
}

export const TOO_LARGE = `This file is too large to be a Talk Companion export (the limit is ${MAX_IMPORT_BYTES / 1_000_000} MB). Nothing was imported.`;

export type ImportResult =
  { ok: true; saves: ImportedSave[]; timings: ImportedTiming[]; slides: FileSlide[] } | { ok: false; reason: string };

/** Reads an export back. Any doubt refuses the whole file, with a reason a user can act on. */
export function readSavesFile(text: string): ImportResult {
  const refuse = (reason: string): ImportResult => ({ ok: false, reason });
  if (new Blob([text]).size > MAX_IMPORT_BYTES) return refuse(TOO_LARGE);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('This file is not valid JSON, so it cannot be a Talk Companion export. Nothing was imported.');
  }
  const file = data as
    | ({ format?: unknown; version?: unknown; timings?: unknown; slides?: unknown } & Record<
        typeof SAVES_STORED_AS,
        unknown
      >)
    | null;
  if (file?.format !== FILE_FORMAT) return refuse('This is not a Talk Companion saves export. Nothing was imported.');
  const version = Number.isInteger(file.version) ? (file.version as number) : 0;
  if (version < 1) return refuse('This export has no valid format version. Nothing was imported.');
  if (version > FILE_VERSION)
    return refuse(
      `This export comes from a newer Talk Companion (format ${version}); update the extension to import it. Nothing was imported.`,
    );
  const saves = file[SAVES_STORED_AS];
  if (!Array.isArray(saves)) return refuse('This export has no list of saves. Nothing was imported.');
  const bad = saves.findIndex((entry) => !isWholeSave(entry));
  if (bad >= 0) {
    const note = (saves[bad] as { note?: unknown } | null)?.note;
    const notesProblem = note === undefined ? undefined : noteProblem(note);
    if (notesProblem)
      return refuse(
        `The note of save number ${bad + 1} in this export cannot be kept: ${notesProblem.replace('Nothing was cut: shorten it to save it.', '').trim()} Nothing was imported.`,
      );
    return refuse(`Save number ${bad + 1} in this export is damaged. Nothing was imported.`);
  }
  const timings = file.timings ?? [];
  if (!Array.isArray(timings) || !timings.every(isWholeTiming))
    return refuse('The timings in this export are damaged. Nothing was imported.');
  const slides = file.slides ?? [];
  if (!Array.isArray(slides) || !slides.every(isFileSlide))
    return refuse('The slides in this export are damaged. Nothing was imported.');
  return { ok: true, saves: saves as ImportedSave[], timings, slides };
}
