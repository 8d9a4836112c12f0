// The background's side of the talk's page: what its card, marks and keys show (placed quotes, saves), the save-by-key
// command, the line to replay, and news of the user's stars and timings for each talk tab. (The card's star and the
// save it asks for are changes: saves-service.ts makes them.)
import { liveQuery } from 'dexie';
import { browser } from '#imports';
import { onMessage, sendMessage } from '../messaging';
import type { PageQuotes } from '../model/messages';
import { corpusReady } from '../db/seeding';
import { db } from '../db/store';
import type { TalkTab } from '../talk-tabs';
import { lineAt, placedQuotes } from '../timeline/timeline';
import { readTimeline, readTranscript } from '../db/reads';
import { alignTranslation, quoteSecondLine } from '../captions/translation';
import { onSecondLanguageChange, secondLanguage } from '../settings';
import type { StoredTranscript } from '../model/captions';

/** The second line under each of the transcript's lines, in the user's language, where YouTube's translation is kept. */
async function secondLines(
  transcript: StoredTranscript | undefined,
): Promise<{ language: string; lines: string[] } | undefined> {
  const language = await secondLanguage();
  if (!language || transcript?.status !== 'ready') return undefined;
  const translation = await db.translations.get([transcript.videoId, language]);
  return translation?.status === 'ready'
    ? { language, lines: alignTranslation(transcript.lines, translation.lines) }
    : undefined;
}

/** The talk's quotes placed by the one precedence rule, which are saved, and the caption lines the user saved. */
async function pageQuotes(talkId: string): Promise<PageQuotes> {
  const [talk, timeline, saves, withSlide, transcript] = await Promise.all([
    db.talks.get(talkId),
    readTimeline(db, talkId),
    db.saves.filter((save) => save.talkId === talkId).toArray(),
    db.slides
      .where('talkId')
      .equals(talkId)
      .filter((slide) => slide.image !== undefined)
      .primaryKeys(),
    readTranscript(db, talkId),
  ]);
  const quotes = placedQuotes(talk?.quotes ?? [], timeline);
  const second = await secondLines(transcript);
  const savedLines = saves.filter((save) => save.source === 'captions' && save.start !== null);
  return {
    talkId,
    quotes,
    saved: saves.map((save) => save.quoteId),
    savedLines: savedLines.map((line) => ({
      id: line.quoteId,
      text: line.text,
      speaker: line.speaker,
      start: line.start!,
    })),
    chapters: talk?.chapters.map(({ start, title }) => ({ start, title })) ?? [],
    withSlide,
    ...(second && {
      second: {
        language: second.language,
        quotes: Object.fromEntries(
          quotes.map((quote) => [quote.id, quoteSecondLine(transcript!, second.lines, quote, quote.start)]),
        ),
      },
    }),
  };
}

export function registerTalkPageService(
  talkFrameOf: (tabId: number) => Promise<TalkTab | undefined>,
  talkTabIds: () => Promise<number[]>,
): void {
  onMessage('pageQuotes', async ({ data }) => {
    await corpusReady();
    return pageQuotes(data.talkId);
  });

  // The keyboard command saves the quote being said in the tab the user is on: the tab's card says where its player
  // is (saveQuoteAt) and confirms what was saved. A tab not showing the talk has no card and ignores it.
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'save-current-quote' || tab?.id === undefined) return;
    // To the frame the views follow: a page may embed the talk more than once.
    const followed = await talkFrameOf(tab.id);
    await sendMessage('saveKeyPressed', undefined, { tabId: tab.id, frameId: followed?.frameId ?? 0 }).catch(
      () => undefined,
    );
  });
  onMessage('slideOf', async ({ data }) => {
    const slide = await db.slides.get(data.quoteId);
    return slide?.image ? { image: slide.image, width: slide.width!, height: slide.height! } : null;
  });
  onMessage('lineAt', async ({ data }) => {
    const transcript = await readTranscript(db, data.talkId);
    if (transcript?.videoId !== data.videoId || transcript.status !== 'ready') return null;
    const at = lineAt(transcript.lines, data.time);
    const line = transcript.lines[at];
    const second = (await secondLines(transcript))?.lines[at];
    return line ? { start: line.start, end: line.end, text: line.text, ...(second && { second }) } : null;
  });

  // A star, a pin, a slide kept or captions read show on the page at once: their tables are watched (across contexts), and each
  // talk tab is sent what its page shows. The first value is sent too: a worker that was stopped may have missed a change.
  const watched = () =>
    Promise.all([
      db.saves.toCollection().primaryKeys(),
      db.timings.toArray(),
      db.transcripts.toCollection().keys(),
      db.slides.toCollection().primaryKeys(),
      db.translations.toCollection().keys(),
    ]);
  const tellTabs = async () => {
    for (const tabId of await talkTabIds()) {
      const followed = await talkFrameOf(tabId);
      if (followed)
        void sendMessage('pageQuotesChanged', await pageQuotes(followed.playback.talkId), tabId).catch(() => undefined);
    }
  };
  liveQuery(watched).subscribe(() => void tellTabs());
  // Another language for the second line: the card shows it, or none.
  onSecondLanguageChange(() => void tellTabs());
}
