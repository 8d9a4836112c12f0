// The slides: each save keeps the video's frame at its moment, what was on screen when it was said. Taken on the talk's
// page when the video shows that moment (at once if it does), never from another moment; kept through the one writer.
import { LINE_SECONDS } from '../model/captions';
import type { PageQuotes } from '../model/messages';
import { speakingSeconds } from '../timeline/near';

/** Where a saved quote or line is said: the frames of this stretch of the video are its slide. */
export interface SaveMoment {
  quoteId: string;
  start: number;
  end: number;
}

/** The saves of the talk's page that have no slide yet, with their moments. */
export function momentsWithoutSlide({ quotes, saved, savedLines, withSlide }: PageQuotes): SaveMoment[] {
  const wanted = new Set(saved.filter((id) => !withSlide.includes(id)));
  return [
    ...quotes
      .filter((quote) => wanted.has(quote.id))
      .map((quote) => ({ quoteId: quote.id, start: quote.start, end: quote.start + speakingSeconds(quote.text) })),
    ...savedLines
      .filter((line) => wanted.has(line.id))
      .map((line) => ({ quoteId: line.id, start: line.start, end: line.start + LINE_SECONDS })),
  ];
}

/** The save whose moment the video shows at `time`, if any: its slide is on screen now. */
export const momentAt = (moments: SaveMoment[], time: number): SaveMoment | undefined =>
  moments.find((moment) => time >= moment.start && time < moment.end);

/** The bytes of the image a data URL holds. */
export const dataUrlBytes = (image: string) => {
  const base64 = image.slice(image.indexOf(',') + 1);
  return Math.floor((base64.length * 3) / 4) - (base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0);
};
