// A caption track as YouTube's timedtext serves it (json3, srv3, WebVTT or the old srv1 XML) into lines of the
// talk's words. Pure and exception-free: malformed or empty input gives a reason, never an empty transcript.
import type { CaptionLine } from '../model/captions';

export type ParsedCaptions = { ok: true; lines: CaptionLine[] } | { ok: false; reason: string };

export function parseCaptions(body: string): ParsedCaptions {
  const text = body.replace(/^\uFEFF/, '').trimStart();
  if (text === '') return { ok: false, reason: 'YouTube sent an empty caption track' };
  let lines: CaptionLine[] | string;
  try {
    if (text.startsWith('{')) lines = fromJson3(text);
    else if (text.startsWith('WEBVTT')) lines = fromVtt(text);
    else if (/^<\?xml[^>]*>\s*<timedtext|^<timedtext/.test(text)) lines = fromSrv3(text);
    else if (/^<\?xml[^>]*>\s*<transcript|^<transcript/.test(text)) lines = fromSrv1(text);
    else lines = 'the caption track is in a form this extension does not read';
  } catch (error) {
    lines = `the caption track is damaged (${error instanceof Error ? error.message : String(error)})`;
  }
  if (typeof lines === 'string') return { ok: false, reason: lines };
  const kept = tidy(lines);
  return kept.length > 0 ? { ok: true, lines: kept } : { ok: false, reason: 'the caption track holds no words' };
}

/** Lines in time order, blank ones dropped, each ending no later than the next begins (automatic tracks overlap). */
function tidy(lines: CaptionLine[]): CaptionLine[] {
  const kept = lines
    .map((line) => ({ ...line, text: line.text.replace(/\s+/g, ' ').trim() }))
    .filter((line) => line.text !== '' && Number.isFinite(line.start) && line.start >= 0)
    .sort((a, b) => a.start - b.start);
  kept.forEach((line, at) => {
    const next = kept[at + 1];
    if (!(line.end > line.start)) line.end = line.start + 2;
    if (next && line.end > next.start) line.end = Math.max(line.start, next.start);
  });
  return kept;
}

interface Json3Event {
  tStartMs?: number;
  dDurationMs?: number;
  segs?: { utf8?: string }[];
}

/** Events with word segments; the newline-only "append" events of automatic tracks hold no words, and go with the blank lines. */
function fromJson3(text: string): CaptionLine[] | string {
  const data = JSON.parse(text) as { events?: unknown };
  if (!Array.isArray(data.events)) return 'the caption track has no events';
  return (data.events as Json3Event[]).flatMap((event) => {
    if (!Array.isArray(event.segs) || typeof event.tStartMs !== 'number') return [];
    const start = event.tStartMs / 1000;
    const words = event.segs.map((seg) => seg.utf8 ?? '').join('');
    return [{ start, end: start + (event.dDurationMs ?? 0) / 1000, text: words }];
  });
}

/** <p t="ms" d="ms">…<s t="offset">word</s>…</p> */
function fromSrv3(text: string): CaptionLine[] {
  return [...text.matchAll(/<p\b([^>]*)>([\s\S]*?)<\/p>/g)].map(([, attributes = '', inner = '']) => {
    const start = Number(attribute(attributes, 't')) / 1000;
    return {
      start,
      end: start + Number(attribute(attributes, 'd') ?? 0) / 1000,
      text: decodeEntities(inner.replace(/<[^>]*>/g, '')),
    };
  });
}

/** <text start="s" dur="s">…</text>, its text entity-escaped twice. */
function fromSrv1(text: string): CaptionLine[] {
  return [...text.matchAll(/<text\b([^>]*)>([\s\S]*?)<\/text>/g)].map(([, attributes = '', inner = '']) => {
    const start = Number(attribute(attributes, 'start'));
    return {
      start,
      end: start + Number(attribute(attributes, 'dur') ?? 0),
      text: decodeEntities(decodeEntities(inner)).replace(/<[^>]*>/g, ''),
    };
  });
}

const VTT_TIME = String.raw`(?:(\d+):)?(\d{2}):(\d{2})[.,](\d{3})`;
const VTT_CUE = new RegExp(String.raw`^${VTT_TIME}\s+-->\s+${VTT_TIME}`);

/** WEBVTT cues: a timing line, then text lines (with inline <c> and <00:00:01.000> tags) up to a blank line. */
function fromVtt(text: string): CaptionLine[] {
  const seconds = (parts: (string | undefined)[]) =>
    Number(parts[0] ?? 0) * 3600 + Number(parts[1]) * 60 + Number(parts[2]) + Number(parts[3]) / 1000;
  const lines: CaptionLine[] = [];
  const rows = text.split(/\r?\n/);
  rows.forEach((row, at) => {
    const cue = VTT_CUE.exec(row);
    if (!cue) return;
    const words: string[] = [];
    for (let next = at + 1; next < rows.length && rows[next]!.trim() !== ''; next++) words.push(rows[next]!);
    lines.push({
      start: seconds(cue.slice(1, 5)),
      end: seconds(cue.slice(5, 9)),
      text: decodeEntities(words.join(' ').replace(/<[^>]*>/g, '')),
    });
  });
  return lines;
}

function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(String.raw`\b${name}="([^"]*)"`).exec(attributes)?.[1];
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}
