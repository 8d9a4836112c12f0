// A talk as it is kept (its row holds its chapters and quotes), and a quote at its place on the timeline.
import type { Chapter, Quote, Talk } from './corpus';

export interface StoredTalk extends Talk {
  chapters: Chapter[];
  quotes: Quote[];
}

/** A quote at its place, as the talk's page gets it (the card, the marks, the keys), with whose the place is when not the published time. */
export interface PlacedQuote {
  id: string;
  text: string;
  speaker: string;
  start: number;
  timing?: 'own' | 'captions';
}
