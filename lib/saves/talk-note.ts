// A talk as one Markdown note for Obsidian and its like: front matter (title, event, speakers, the day it was saved,
// the link), then the chapters as headings with the user's saves under them, their notes and timestamped links.
import type { Chapter, Talk } from '../model/corpus';
import type { Save } from '../model/save';
import { currentChapter } from '../timeline/near';
import { formatTimestamp } from '../time';
import type { Timeline } from '../timeline/timeline';
import { talkLink } from '../model/links';

/** A YAML double-quoted scalar: JSON's string syntax is a subset of it. */
const yaml = (text: string) => JSON.stringify(text);
/** A user's line of text, kept literal where Markdown would read a heading, a quote, a list or a rule into it. */
const literal = (line: string) => line.replace(/^(\s*)([#>+-]|\d+[.)]|---)/, '$1\\$2');

export interface TalkNoteInput {
  talk: Talk;
  chapters: Chapter[];
  /** The user's saves of this talk. */
  saves: Save[];
  timeline: Timeline;
  savedOn: Date;
  /** Each save's slide, as a path beside the note (standard Markdown images, which Obsidian shows as they are). */
  slides?: ReadonlyMap<string, string>;
  /** A save's second line (YouTube's translation of the captions it is said over), put under its words. */
  second?: (save: Save, start: number | null) => string;
}

export function talkNote({ talk, chapters, saves, timeline, savedOn, slides, second }: TalkNoteInput): string {
  const videoId = talk.videoIds[0] ?? saves.find((save) => save.videoId)?.videoId ?? null;
  const front = [
    '---',
    `title: ${yaml(talk.title)}`,
    ...(talk.event ? [`event: ${yaml(talk.event)}`] : []),
    'speakers:',
    ...talk.speakers.map((speaker) => `  - ${yaml(speaker.name)}`),
    `saved: ${savedOn.toISOString().slice(0, 10)}`,
    `link: ${yaml(talkLink(videoId, `${talk.title} ${talk.code}`))}`,
    '---',
  ];
  const placed = saves
    .map((save) => ({ save, ...timeline.startOf(save.quoteId, save.start) }))
    .sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity));
  const body: string[] = [`# ${talk.title}`];
  let heading: string | undefined;
  for (const { save, start, own, fromCaptions } of placed) {
    const under =
      start === null ? 'Time unknown' : (currentChapter(chapters, start)?.title ?? 'Before the first chapter');
    if (under !== heading) body.push('', `## ${under}`);
    heading = under;
    const at =
      start === null
        ? 'time unknown'
        : `${fromCaptions ? '≈ ' : ''}${formatTimestamp(start)}${own ? ' (my timing)' : ''}`;
    const link = save.videoId ?? videoId;
    const when = start !== null && link ? `[${at}](${talkLink(link, '', start)})` : at;
    const who = save.source === 'captions' ? 'from the captions' : save.speaker;
    const translated = second?.(save, start);
    body.push('', ...save.text.split('\n').map((line) => `> ${line}`));
    if (translated) body.push('>', `> ${translated.replace(/\s*\n\s*/g, ' ')}`);
    body.push('', `— ${who}, ${when}`);
    const slide = slides?.get(save.quoteId);
    if (slide) body.push('', `![Slide at ${start === null ? 'its moment' : formatTimestamp(start)}](${slide})`);
    if (save.note) body.push('', ...save.note.split('\n').map(literal));
  }
  return `${[...front, '', ...body].join('\n')}\n`;
}
