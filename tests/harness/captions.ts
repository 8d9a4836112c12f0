// A made-up caption track for the 46-minute replica talk: filler speech every few seconds, and the corpus quotes
// spoken at moments the caller chooses. Written in every form timedtext serves, as a manual or an automatic track.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CaptionLine } from '../../lib/model/captions';

/** A recorded automatic json3 body's header (its pens, window styles and positions): the replica's tracks carry it. */
const { events: _recorded, ...RECORDED_HEADER } = JSON.parse(
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../fixtures/captions/asr-recorded-2025.json3'), 'utf8'),
) as Record<string, unknown>;

export interface Spoken {
  text: string;
  /** Seconds into the video. */
  at: number;
}

export interface TrackOptions {
  quotes: Spoken[];
  /** Automatic speech recognition: lower case, no punctuation, numbers as heard, some words misheard. */
  automatic?: boolean;
  duration?: number;
}

const FILLER = (
  'so when we think about the platform the question is how the system behaves under load and what the ' +
  'operators see when a region fails we spent years making the scheduler aware of locality and now the ' +
  'models bring new shapes of work batch jobs streaming requests long running agents that hold state'
).split(' ');
const WORDS_PER_LINE = 8;
const LINE_SECONDS = 3;
/** What an automatic track mishears, and how it writes what it hears. */
const MISHEARD: [RegExp, string][] = [
  [/\btheoretical\b/g, 'the radical'],
  [/\baxiomatic\b/g, 'axiom attic'],
  [/\bLean\b/g, 'lean'],
  [/\b12:50\b/g, '1250'],
  [/\b10 to 50\b/g, 'ten to fifty'],
];

function heard(text: string): string {
  let said = text;
  for (const [pattern, replacement] of MISHEARD) said = said.replace(pattern, replacement);
  return said
    .toLowerCase()
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The track's lines, in order: each quote over as many lines as it takes, filler everywhere else. */
export function captionLines({ quotes, automatic = false, duration = 2800 }: TrackOptions): CaptionLine[] {
  const spoken = quotes
    .map(({ text, at }) => {
      const words = (automatic ? heard(text) : text).split(/\s+/);
      const lines: CaptionLine[] = [];
      for (let at2 = 0; at2 < words.length; at2 += WORDS_PER_LINE) {
        const start = at + (at2 / WORDS_PER_LINE) * LINE_SECONDS;
        lines.push({ start, end: start + LINE_SECONDS, text: words.slice(at2, at2 + WORDS_PER_LINE).join(' ') });
      }
      return lines;
    })
    .sort((a, b) => a[0]!.start - b[0]!.start);
  const lines: CaptionLine[] = [];
  let filler = 0;
  for (let time = 1; time < duration;) {
    const quote = spoken.find((said) => said[0]!.start <= time + LINE_SECONDS && said.at(-1)!.end > time);
    if (quote) {
      lines.push(...quote);
      time = quote.at(-1)!.end;
      spoken.splice(spoken.indexOf(quote), 1);
      continue;
    }
    const words = Array.from({ length: WORDS_PER_LINE }, () => FILLER[filler++ % FILLER.length]!);
    const text = words.join(' ');
    lines.push({
      start: time,
      end: time + LINE_SECONDS,
      text: automatic ? text : `${text[0]!.toUpperCase()}${text.slice(1)}.`,
    });
    time += LINE_SECONDS;
  }
  return lines;
}

const ms = (seconds: number) => Math.round(seconds * 1000);
const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#39;');

/**
 * json3 as YouTube serves it (the header of a recorded body); an automatic track has word offsets, a window event, and
 * newline "append" events between lines, as recorded.
 */
export function json3(lines: CaptionLine[], automatic = false): string {
  if (!automatic)
    return JSON.stringify({
      ...RECORDED_HEADER,
      events: lines.map((line) => ({
        tStartMs: ms(line.start),
        dDurationMs: ms(line.end - line.start),
        segs: [{ utf8: line.text }],
      })),
    });
  const events: object[] = [
    { tStartMs: 0, dDurationMs: ms(lines.at(-1)?.end ?? 0), id: 1, wpWinPosId: 1, wsWinStyleId: 1 },
  ];
  lines.forEach((line, index) => {
    const words = line.text.split(' ');
    const step = ms(line.end - line.start) / words.length;
    events.push({
      tStartMs: ms(line.start),
      dDurationMs: ms(line.end - line.start) * 2,
      wWinId: 1,
      segs: words.map((word, at) => ({
        utf8: at ? ` ${word}` : word,
        ...(at && { tOffsetMs: Math.round(at * step) }),
        acAsrConf: 0,
      })),
    });
    if (index + 1 < lines.length)
      events.push({
        tStartMs: ms(line.end) - 10,
        dDurationMs: ms(line.end - line.start),
        wWinId: 1,
        aAppend: 1,
        segs: [{ utf8: '\n' }],
      });
  });
  return JSON.stringify({ ...RECORDED_HEADER, events });
}

export function srv3(lines: CaptionLine[]): string {
  const paragraphs = lines.map(
    (line) => `<p t="${ms(line.start)}" d="${ms(line.end - line.start)}">${xml(line.text)}</p>`,
  );
  return `<?xml version="1.0" encoding="utf-8" ?><timedtext format="3">\n<body>\n${paragraphs.join('\n')}\n</body>\n</timedtext>\n`;
}

export function vtt(lines: CaptionLine[]): string {
  const stamp = (seconds: number) => new Date(ms(seconds)).toISOString().slice(11, 23);
  return `WEBVTT\nKind: captions\nLanguage: en\n\n${lines.map((line) => `${stamp(line.start)} --> ${stamp(line.end)}\n${line.text}\n`).join('\n')}`;
}

/** The old format: <text start dur>, its text escaped twice. */
export function srv1(lines: CaptionLine[]): string {
  const texts = lines.map(
    (line) => `<text start="${line.start}" dur="${line.end - line.start}">${xml(xml(line.text))}</text>`,
  );
  return `<?xml version="1.0" encoding="utf-8" ?><transcript>${texts.join('')}</transcript>`;
}

/** The replica's German for the filler's words and a few of the quotes': enough for a search by a German word. */
const GERMAN: Record<string, string> = {
  so: 'also',
  when: 'wenn',
  we: 'wir',
  think: 'denken',
  about: 'über',
  the: 'die',
  platform: 'Plattform',
  question: 'Frage',
  is: 'ist',
  how: 'wie',
  system: 'System',
  behaves: 'sich verhält',
  under: 'unter',
  load: 'Last',
  and: 'und',
  what: 'was',
  operators: 'Betreiber',
  see: 'sehen',
  a: 'eine',
  region: 'Region',
  fails: 'ausfällt',
  spent: 'verbrachten',
  years: 'Jahre',
  making: 'damit',
  scheduler: 'Planer',
  aware: 'bewusst',
  of: 'von',
  locality: 'Lokalität',
  now: 'jetzt',
  models: 'Modelle',
  bring: 'bringen',
  new: 'neue',
  shapes: 'Formen',
  work: 'Arbeit',
  batch: 'Stapel',
  jobs: 'Aufträge',
  streaming: 'Streaming',
  requests: 'Anfragen',
  long: 'lang',
  running: 'laufende',
  agents: 'Agenten',
  that: 'die',
  hold: 'halten',
  state: 'Zustand',
};

/**
 * The replica's own translation of its track, marked as such ("[de]"): word by word from a small dictionary (German;
 * another language keeps the words), `per` of the track's lines to a cue (an automatic track's translation: 2, split
 * otherwise than its lines, as YouTube may).
 */
export function replicaTranslation(lines: CaptionLine[], language: string, per = 1): CaptionLine[] {
  const word = (text: string) => (language === 'de' ? (GERMAN[text.toLowerCase().replace(/\W/g, '')] ?? text) : text);
  const cues: CaptionLine[] = [];
  for (let at = 0; at < lines.length; at += per) {
    const pair = lines.slice(at, at + per);
    const text = pair.map((line) => line.text.split(' ').map(word).join(' ')).join(' ');
    cues.push({ start: pair[0]!.start, end: pair.at(-1)!.end, text: `[${language}] ${text}` });
  }
  return cues;
}
