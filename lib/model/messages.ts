// The shapes that messages carry between the talk's page, the background and the views. Types only (and the empty
// page), so the protocol, the checks of what enters, and the writers that answer can all import them without importing
// each other. Like all of lib/model/, it imports nothing but lib/model/.
import type { CaptionsFetched, StoredTranscript, TranslationFetched } from './captions';
import type { ServedTab } from './playback';
import type { Save, SlideMissing } from './save';
import type { TakenSlide } from './slide';
import type { Chapter } from './corpus';
import type { PlacedQuote, StoredTalk } from './talk';

/** The tab a view is pinned to (?tab=), else the active tab; and whether it opens on its Transcript tab. */
export interface ServeTabRequest {
  pinned: number | null;
  active: number | null;
  transcript?: boolean;
}

/** A view's first screen as a message carries it: plain JSON, so no Map or Set. */
export interface FirstScreenData {
  talk: StoredTalk | undefined;
  saved: Save[];
  inCorpus: string[];
  drafts: [string, string][];
  timings: [string, number][];
  /** Only for a view that opens on its Transcript tab: otherwise it is read after the first paint. */
  transcript?: StoredTranscript;
}

/** The background's answer as a view opens. */
export interface OpenView {
  served: ServedTab;
  screen: FirstScreenData;
}

/**
 * What the talk's page shows (the card, the marks, the keys): its placed quotes, which are saved, the saved caption
 * lines, and its chapters (the seek bar's chapter blocks are laid out by their starts; the talk window shows them).
 */
export interface PageQuotes {
  talkId: string;
  quotes: PlacedQuote[];
  saved: string[];
  savedLines: PlacedQuote[];
  chapters: Pick<Chapter, 'start' | 'title'>[];
  /** The saves that have their slide here. */
  withSlide: string[];
  /** The second line: the language it is in, and each placed quote's translation (quote id → text), where one is kept. */
  second?: { language: string; quotes: Record<string, string> };
}

/** What the talk's page shows before (or without) the background's answer: nothing. */
export const noPageQuotes = (talkId: string): PageQuotes => ({
  talkId,
  quotes: [],
  saved: [],
  savedLines: [],
  chapters: [],
  withSlide: [],
});

export type SaveByKeyResult = { saved: 'new' | 'already'; text: string } | { saved: 'none' };
/** The slide key's answer: a save's, or `reading` where nothing is said only because the video's captions are not read yet. */
export type SlideByKeyResult = SaveByKeyResult | { saved: 'reading' };

/** A slide the talk's page took, or why it could not. */
export type SlideTaken = { slide: TakenSlide } | { missing: SlideMissing };

/** YouTube's transcript panel as the talk module read it: each line's start, to the second, and its words. */
export type PanelRead = { outcome: 'panel'; lines: { start: number; text: string }[] };

export type CaptionsReport = { talkId: string; videoId: string } & (CaptionsFetched | PanelRead);

/** YouTube's translation of a video's captions, as the talk's page read it. */
export type TranslationReport = { talkId: string; videoId: string; language: string } & TranslationFetched;
