// What a save or an own timing read from outside (an import file, another browser's sync) must be to be taken: every
// field of its kind and size. Both roads in use these checks; each adds its own (sync: honest moments, starts in range).
import type { OwnTiming, Save } from '../model/save';
import { isVideoId } from '../model/links';
import type { FileSlide } from '../model/slide';
import { MAX_SLIDE_CHARS, NOTE_LIMIT } from './limits';

/** Text that is there and at most `max` characters. */
export const isText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= max;
const isTime = (value: unknown) => Number.isFinite(value) && (value as number) >= 0;

/** A save's own fields whole (when it last changed in a browser is that browser's, checked apart). */
export function isWholeSave(value: unknown): value is Omit<Save, 'changedAt'> {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  return (
    isText(s.quoteId, 200) &&
    isText(s.talkId, 200) &&
    isTime(s.savedAt) &&
    isText(s.text, 20_000) &&
    (s.source === undefined || s.source === 'captions') &&
    // Only a line of the captions goes without a speaker: the captions do not name one.
    (isText(s.speaker, 200) || (s.source === 'captions' && s.speaker === '')) &&
    isText(s.talkTitle, 500) &&
    (s.videoId === null || (typeof s.videoId === 'string' && isVideoId(s.videoId))) &&
    (s.start === null || isTime(s.start)) &&
    (s.note === undefined || noteProblem(s.note) === undefined) &&
    (s.noteAt === undefined || isTime(s.noteAt))
  );
}

/** An own timing's fields whole. */
export function isWholeTiming(value: unknown): value is Omit<OwnTiming, 'changedAt'> {
  if (typeof value !== 'object' || value === null) return false;
  const t = value as Record<string, unknown>;
  return isText(t.quoteId, 200) && isText(t.talkId, 200) && isTime(t.start) && isTime(t.pinnedAt);
}

/** A slide's image as the extension writes it: a JPEG data URL of a slide's size. */
export const isSlideImage = (value: unknown): value is string =>
  typeof value === 'string' &&
  value.length <= MAX_SLIDE_CHARS &&
  /^data:image\/jpeg;base64,[A-Za-z0-9+/]+=*$/.test(value);
const isSide = (value: unknown) => Number.isInteger(value) && (value as number) > 0 && (value as number) <= 4096;

/** A slide as an export file carries it. */
export function isFileSlide(value: unknown): value is FileSlide {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  return isText(s.quoteId, 200) && isTime(s.time) && isSlideImage(s.image) && isSide(s.width) && isSide(s.height);
}

/** Why a note cannot be kept as it is, if it cannot. */
export function noteProblem(note: unknown): string | undefined {
  if (typeof note !== 'string') return 'A note is plain text.';
  if (note.length > NOTE_LIMIT)
    return `A note holds at most ${NOTE_LIMIT.toLocaleString('en')} characters; this one has ${note.length.toLocaleString('en')}. Nothing was cut: shorten it to save it.`;
  return undefined;
}
