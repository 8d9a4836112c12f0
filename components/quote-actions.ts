// What a view can do with a quote, a save and a caption line; the app supplies them, components only call them.
import type { CaptionLine } from '@/lib/model/captions';
import type { Quote } from '@/lib/model/corpus';
import type { Save } from '@/lib/model/save';
import type { Timeline } from '@/lib/timeline/timeline';

export interface QuoteActions {
  /** Where each quote sits (the user's timings, the published times, the captions' placements). */
  timeline: Timeline;
  isSaved: (quoteId: string) => boolean;
  toggleSave: (quote: Quote) => void;
  /** Plays the talk from this second (seeks the talk's tab, or opens the talk there). */
  jump: (seconds: number) => void;
  /** Puts the quote as a citation on the clipboard; resolves once it is there. */
  copy: (quote: Quote, start: number | null) => Promise<void>;
  /** The playback moment a quote would be pinned to, or null when the talk is not playing here. */
  pinAt: number | null;
  pin: (quote: Quote) => void;
  unpin: (quote: Quote) => void;
}

/** What can be done with a save, which may belong to another talk or have left the corpus. */
export interface SaveActions {
  /** Where the saves of the talk shown sit (a save of another talk sits where it was saved, or the user's timing). */
  timeline: Timeline;
  /** Un-saves it: a save's star only ever removes it. */
  toggleSave: (save: Save) => void;
  /** Plays the save's talk from this second: seeks it if it is the talk playing, else opens it there. */
  jump: (save: Save, start: number) => void;
  copy: (save: Save, start: number | null) => Promise<void>;
  /** Keeps the save's note (empty removes it) and drops its draft; resolves with why it was not kept, if it was not. */
  setNote: (save: Save, note: string) => Promise<string | undefined>;
  /** Keeps what is typed in the note so far, not saved yet (null: discards it); resolves like setNote. */
  keepDraft: (save: Save, draft: string | null) => Promise<string | undefined>;
}

/** What the Transcript tab and caption search results do with a line: play from it, star it. */
export interface CaptionActions {
  isSaved: (line: CaptionLine) => boolean;
  toggleSave: (line: CaptionLine) => void;
  /** Plays the talk from the line (seeks the talk's tab, or opens the talk there). */
  play: (line: CaptionLine) => void;
}
