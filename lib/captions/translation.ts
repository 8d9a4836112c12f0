// YouTube's translation of a talk's captions, as a second line under the talk's own: which language, and where each
// translated cue goes. YouTube may split a translation into other cues than the talk's lines (and a translation of
// automatic captions comes without word timings), so cues are placed by their time, never by their count.
import type { CaptionLine, StoredTranscript } from '../model/captions';
import { lineAt } from '../timeline/timeline';

/** Seconds two spans share. */
const overlap = (a: CaptionLine, b: CaptionLine) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/**
 * The translation under each of the talk's lines, in order (an empty text where none falls): each translated cue goes
 * under the line it shares most time with, or, sharing none, the line being said when it begins. A cue over two lines
 * is shown once, whole: a translation's words cannot be cut by time.
 */
export function alignTranslation(lines: CaptionLine[], translated: CaptionLine[]): string[] {
  const under: string[][] = lines.map(() => []);
  for (const cue of translated) {
    let best = -1;
    let most = 0;
    // Lines that begin before the cue ends, from the one being said as it begins.
    for (let at = Math.max(0, lineAt(lines, cue.start)); at < lines.length && lines[at]!.start < cue.end; at++) {
      const shared = overlap(lines[at]!, cue);
      if (shared > most) [best, most] = [at, shared];
    }
    if (best < 0) best = Math.max(0, lineAt(lines, cue.start));
    under[best]?.push(cue.text);
  }
  return under.map((texts) => texts.join(' '));
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * The lines a quote placed at `start` spans: from the one being said then, until they hold as many words as the quote
 * (a curated quote is the speaker's words, sometimes trimmed, so this is near, not exact). [first, after last).
 */
export function quoteSpan(lines: CaptionLine[], start: number, text: string): [number, number] {
  const first = lineAt(lines, start);
  if (first < 0) return [0, 0];
  let words = 0;
  let after = first;
  while (after < lines.length && words < wordCount(text)) words += wordCount(lines[after++]!.text);
  return [first, after];
}

/**
 * A curated quote's second line: the translated lines its words are said over, from where the captions place them
 * (a published moment may be off: the corpus's traps), else from its moment on the timeline; empty where none falls.
 */
export function quoteSecondLine(
  transcript: Pick<StoredTranscript, 'lines' | 'placements'>,
  aligned: string[],
  quote: { id: string; text: string },
  start: number | null,
): string {
  const at = transcript.placements[quote.id]?.start ?? start;
  return at === null ? '' : quoteTranslation(transcript.lines, aligned, at, quote.text);
}

/**
 * A save's translation, for the talk's note: a saved caption line's own second line, a quote's as above; empty where
 * it has no moment or none falls.
 */
export function saveTranslation(
  transcript: Pick<StoredTranscript, 'lines' | 'placements'>,
  aligned: string[],
  save: { quoteId: string; text: string; source?: string },
  start: number | null,
): string {
  if (save.source !== 'captions')
    return quoteSecondLine(transcript, aligned, { id: save.quoteId, text: save.text }, start);
  return start === null ? '' : (aligned[lineAt(transcript.lines, start)] ?? '');
}

/** A quote's translation: YouTube's translated lines over the moment it is said, joined; empty where none falls. */
export function quoteTranslation(lines: CaptionLine[], aligned: string[], start: number, text: string): string {
  const [first, after] = quoteSpan(lines, start, text);
  return aligned.slice(first, after).filter(Boolean).join(' ');
}
