// The talk as a note with its slides, to take away as one zip: a folder named for the talk, holding the note and a
// slides/ folder with each save's slide, linked from the note by standard Markdown images (Obsidian shows them as
// they are when the folder is opened in a vault). fflate is loaded only when this is asked for.
import { zipSync } from 'fflate';
import { talkFileName } from '../corpus/talk';
import type { SavedSlide } from '../model/save';
import { formatTimestamp } from '../time';
import { talkNote, type TalkNoteInput } from './talk-note';

/** The bytes of a data URL's image. */
function bytesOf(dataUrl: string): Uint8Array {
  return Uint8Array.from(atob(dataUrl.slice(dataUrl.indexOf(',') + 1)), (char) => char.charCodeAt(0));
}

/** The zip's name and bytes: the note and, beside it, the slides of the saves that have one. */
export function noteWithSlides(
  input: Omit<TalkNoteInput, 'slides'>,
  slides: ReadonlyMap<string, SavedSlide>,
): { name: string; bytes: Uint8Array } {
  const folder = talkFileName(input.talk, '', 'md').replace(/\.md$/, '');
  const files: Record<string, Uint8Array> = {};
  const paths = new Map<string, string>();
  input.saves.forEach((save, index) => {
    const slide = slides.get(save.quoteId);
    if (!slide?.image) return;
    // Named by the moment the slide shows, numbered so two at one moment stay apart.
    const path = `slides/${formatTimestamp(slide.time).replace(/:/g, '-')}-${String(index + 1).padStart(2, '0')}.jpg`;
    paths.set(save.quoteId, path);
    files[`${folder}/${path}`] = bytesOf(slide.image);
  });
  files[`${folder}/${folder}.md`] = new TextEncoder().encode(talkNote({ ...input, slides: paths }));
  // Images are compressed already: stored as they are.
  return { name: `${folder}.zip`, bytes: zipSync(files, { level: 0 }) };
}
