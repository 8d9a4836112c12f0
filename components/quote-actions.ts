// What a view can do with a quote; the app supplies it, components only call it.
import type { Quote } from '@/lib/corpus/types';
import type { Save } from '@/lib/db/database';

export interface QuoteActions {
  isSaved: (quoteId: string) => boolean;
  toggleSave: (quote: Quote) => void;
  /** Plays the talk from this second (seeks the talk's tab, or opens the talk there). */
  jump: (seconds: number) => void;
  /** Puts the quote as a citation on the clipboard; resolves once it is there. */
  copy: (quote: Quote, start: number | null) => Promise<void>;
  /** The user's own timings (quote id → second) for quotes the corpus gives no time. */
  ownTimings: ReadonlyMap<string, number>;
  /** Where the captions place the talk's quotes (quote id → second). */
  captionStarts: ReadonlyMap<string, number>;
  /** The playback moment a quote would be pinned to, or null when the talk is not playing here. */
  pinAt: number | null;
  pin: (quote: Quote) => void;
  unpin: (quote: Quote) => void;
}

/** What can be done with a saved quote, which may belong to another talk or have left the corpus. */
export interface SaveActions {
  onRemove: (save: Save) => void;
  /** Plays the save's talk from this second: seeks it if it is the talk playing, else opens it there. */
  onJump: (save: Save, start: number) => void;
  onCopy: (save: Save, start: number | null) => Promise<void>;
  /** Keeps the save's note (empty removes it); resolves with why it was refused, if it was. */
  onNote: (save: Save, note: string) => Promise<string | undefined>;
}
