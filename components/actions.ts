// What a view can do with a quote; the app supplies it, components only call it.
import type { Quote } from '@/lib/corpus/types';

export interface QuoteActions {
  isSaved: (quoteId: string) => boolean;
  toggleSave: (quote: Quote) => void;
  /** Plays the talk from this second (seeks the talk's tab, or opens the talk there). */
  jump: (seconds: number) => void;
}
