// A video's captions: the tracks the player offers, the lines read from one, how they were read, and where they
// place the talk's quotes, as kept.

/** How long a caption line lasts where nothing gives its end (the panel's last line; a saved line's moment for its slide). */
export const LINE_SECONDS = 5;

export interface CaptionLine {
  /** Seconds into the video. */
  start: number;
  end: number;
  text: string;
}

export interface CaptionTrack {
  languageCode: string;
  /** 'asr' for an automatic (speech-recognised) track. */
  kind?: string;
  name: string;
  vssId: string;
  /** The player's timedtext URL: it carries the proof-of-origin token that timedtext now requires. */
  url: string;
  /** Whether YouTube translates this track (its `isTranslatable`). */
  translatable?: boolean;
}

/** A language YouTube translates captions into: its code as YouTube spells it ('de', 'zh-Hans'), and its name. */
export interface Language {
  code: string;
  name: string;
}

export type TrackInfo = Omit<CaptionTrack, 'url'>;

/** Which way gave the words: the track's URL, or the player's own request. */
export type CaptionsWay = 'track' | 'player';

/** What was found of a video's captions: a track's text, none offered, or why they could not be read. */
export type CaptionsFetched =
  | { outcome: 'track'; track: TrackInfo; body: string; way: CaptionsWay; languages?: Language[] }
  | { outcome: 'none' }
  | { outcome: 'failed'; reason: string };

export interface Placement {
  /** Seconds into the video where the quote begins. */
  start: number;
  /** The share of the quote's word pairs found in order at that place, 0–1. */
  confidence: number;
}

/**
 * What was read of a video's captions, kept so views show it when the talk is not open and it is not fetched on every
 * visit: the lines of a track and the quotes placed by them; or that the video offers none; or why they could not be read.
 */
export interface StoredTranscript {
  videoId: string;
  /** The track's vssId ('' where there is no track). */
  trackId: string;
  talkId: string;
  fetchedAt: number;
  status: 'ready' | 'none' | 'unavailable';
  reason?: string;
  track?: TrackInfo;
  /** Where the lines came from: a caption track (the default, and rows kept before this field), or YouTube's transcript panel, to the second. */
  source?: 'captions' | 'panel';
  lines: CaptionLine[];
  /** Where the captions place the talk's quotes: quote id → start (seconds) and confidence. */
  placements: Record<string, Placement>;
  /** The languages YouTube translates the track into (absent in rows kept before translations were read). */
  languages?: Language[];
}

/** What was read of YouTube's translation of a track into a language. */
export type TranslationFetched =
  | { outcome: 'track'; body: string }
  /** The track is not one YouTube translates, or not into this language. */
  | { outcome: 'untranslatable' }
  | { outcome: 'failed'; reason: string };

/** YouTube's translation of a video's captions into one language, kept beside the transcript. */
export interface StoredTranslation {
  videoId: string;
  language: string;
  fetchedAt: number;
  status: 'ready' | 'untranslatable' | 'unavailable';
  reason?: string;
  /** The translated cues, as YouTube timed them: placed under the talk's lines by time (lib/captions/translation.ts). */
  lines: CaptionLine[];
}
