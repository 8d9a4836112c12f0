// The typed corpus: what the seed documents say about each talk, merged across documents.

export interface Speaker {
  name: string;
  /** "Azure CTO", "UC Berkeley professor". */
  role?: string;
  /** The parenthesis after the name in the description, if any. */
  details?: string;
}

export interface Talk {
  /** Stable across corpus edits: the session code plus a hash of the title (codes are reused every year). */
  id: string;
  code: string;
  title: string;
  event?: string;
  channel?: string;
  track?: string;
  format?: string;
  level?: string;
  language?: string;
  link?: string;
  summary?: string;
  overview?: string;
  themes: string[];
  description?: string;
  speakers: Speaker[];
  /** YouTube ids known to show this talk (seeds/videos.json); may be empty. */
  videoIds: string[];
  sources: string[];
}

export interface Chapter {
  talkId: string;
  /** Seconds from the start of the video. */
  start: number;
  title: string;
}

export interface Quote {
  /** talkId + hash of the normalised text, so it survives re-seeding. */
  id: string;
  talkId: string;
  text: string;
  speaker: string;
  role?: string;
  topics: string[];
  /** Seconds from the start of the video, or null when no document gives a time. */
  start: number | null;
  sources: string[];
}

export interface SpeakerProfile {
  id: string;
  speaker: string;
  text: string;
  sources: string[];
}

export interface Corpus {
  talks: Talk[];
  chapters: Chapter[];
  quotes: Quote[];
  profiles: SpeakerProfile[];
}

export interface SeedFile {
  name: string;
  text: string;
}

/** A seed document that cannot be read: names the file, the line where known (from 1), and says why. */
export class SeedError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly line?: number,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${reason}`);
    this.name = 'SeedError';
  }
}
