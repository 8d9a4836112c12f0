// The user's data as it is kept: a save, an own timing, a removal remembered, a note being typed, a slide.

export interface Save {
  quoteId: string;
  talkId: string;
  /** When the user starred it (ms since epoch). */
  savedAt: number;
  /** A copy, so the save outlives its quote leaving the corpus. */
  text: string;
  speaker: string;
  talkTitle: string;
  /** The video to link to, if the talk had one when it was saved. */
  videoId: string | null;
  start: number | null;
  /** A line of the captions the user starred: a quote of their own, whose speaker the captions do not name. */
  source?: 'captions';
  /** The user's own note on it: plain text, at most NOTE_LIMIT characters. */
  note?: string;
  /** When the note was last written or removed (ms since epoch). */
  noteAt?: number;
  /** When this browser last changed it (saved, noted, imported): the later change wins when browsers' saves merge. */
  changedAt: number;
  /**
   * It came by the browser's sync from the browser it was saved in, and its slide, if one was taken, stayed there.
   * This browser's own, never synced nor exported.
   */
  slideElsewhere?: true;
}

/** The user's own moment for a quote the corpus gives no time; theirs, kept locally. */
export interface OwnTiming {
  quoteId: string;
  talkId: string;
  start: number;
  pinnedAt: number;
  /** When this browser last changed it (pinned, imported): the later change wins when browsers' saves merge. */
  changedAt: number;
}

/**
 * A save or timing the user removed, kept a while so a copy still in another browser's sync does not bring it back.
 * `key`: 'f:' + quote id for a save, 't:' + quote id for an own timing (see saves/sync/records.ts).
 */
export interface Tombstone {
  key: string;
  removedAt: number;
}

/** A note as the user was typing it, not saved yet: it outlives the view closing mid-sentence. */
export interface NoteDraft {
  quoteId: string;
  text: string;
  /** When it was last typed (ms since epoch). */
  at: number;
}

/**
 * Why a save has no slide: an ad had the video, the page would not let its video be read, or it was saved elsewhere
 * (a save's `slideElsewhere`; rows saying so were written before it).
 */
export type SlideMissing = 'ad' | 'unreadable' | 'elsewhere';

/**
 * A save's slide: the video's frame at the save's moment, a JPEG data URL, kept in this browser only (the
 * browser's sync carries the save, never its frame). A save with no row has no slide yet; `missing` says why not.
 */
export interface SavedSlide {
  quoteId: string;
  talkId: string;
  /** The second of the video the frame shows. */
  time: number;
  image?: string;
  width?: number;
  height?: number;
  /** The image's own size (its bytes, not its data URL's). */
  bytes?: number;
  missing?: SlideMissing;
}
