// Keys on the talk's page: Alt+Shift+→ and ← go to the next and previous mark (quotes and saves), Alt+Shift+R replays
// the caption line being said, Alt+Shift+F keeps the slide on screen with the line being said, Alt+Shift+W opens the
// talk window (talk-window.ts). YouTube's own keys are left alone (its W is a plain key), and nothing happens while
// the user types.
import { openingWords } from '../corpus/text';
import { quoteBeingSaid } from '../timeline/near';
import { markBeside, marksOf } from '../timeline/marks';
import { onTimeline } from '../timeline/timeline';
import { isTyping } from '../typing';
import { takeSlide } from '../youtube/frame';
import { isMobileSite, mainVideo, playFrom, seekTo } from '../youtube/page';
import type { SlideByKeyResult } from '../model/messages';
import type { TalkPage } from './page';

type Action = 'next' | 'previous' | 'replay' | 'slide' | 'window';
/** By the key's position (`code`): on a Mac, Alt turns R into another character. */
const ACTIONS: Record<string, Action> = {
  ArrowRight: 'next',
  ArrowLeft: 'previous',
  KeyR: 'replay',
  KeyF: 'slide',
  KeyW: 'window',
};

export function listenForKeys(page: TalkPage): void {
  // Phones have no keyboard to speak of, and the mobile site's marks are for later.
  if (isMobileSite(document)) return;
  const { talkId, videoId } = page;
  const say = (message: string) => page.tell('say', message);
  const now = () => mainVideo(document)?.currentTime ?? page.reading?.time ?? 0;

  const act = async (action: Exclude<Action, 'window'>) => {
    const time = now();
    if (action === 'slide') return keepSlideNow(page, time);
    if (action === 'replay') {
      const line = await page.send('lineAt', { talkId, videoId, time });
      const quote = quoteBeingSaid(onTimeline(page.quotes.quotes), time);
      const start = line?.start ?? quote?.start;
      if (start === undefined) return say('No caption line to replay here.');
      return void playFrom(document, start);
    }
    const { quotes, saved, savedLines } = page.quotes;
    const start = markBeside(marksOf(quotes, new Set(saved), savedLines), time, action);
    if (start === undefined)
      return say(action === 'next' ? 'No quote or save after this point.' : 'No quote or save before this point.');
    // Like YouTube's own chapter keys: playing or paused, the video stays so.
    seekTo(document, start);
  };

  const onKey = (event: KeyboardEvent) => {
    const action = ACTIONS[event.code];
    if (!action || !event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey || isTyping(event)) return;
    // A page left behind by an extension reload does nothing; while an ad plays the player is the ad's (the slide key
    // says why it keeps nothing).
    if (!page.alive() || (page.reading?.ad && action !== 'slide' && action !== 'window')) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    // The window opens in the key's own task: it needs the user's key press.
    if (action === 'window') page.tell('openWindow', undefined);
    else void act(action);
  };
  document.addEventListener('keydown', onKey, { capture: true, signal: page.signal });
}

/** The slide key: the frame on screen now, kept with the line being said (saved if it was not); the card says what it did. */
async function keepSlideNow(page: TalkPage, time: number): Promise<void> {
  const say = (message: string) => page.tell('say', message);
  const video = mainVideo(document);
  if (page.reading?.ad) return say('No slide while an ad plays.');
  if (!page.player) return say('No slide: YouTube’s player has changed, so an ad could not be told from the talk.');
  const slide = video ? await takeSlide(video) : 'not yet';
  if (slide === 'not yet') return say('No picture to keep yet.');
  const taken = slide === 'unreadable' ? { missing: slide } : { slide };
  const keep = () => page.send('keepSlideNow', { talkId: page.talkId, videoId: page.videoId, time, ...taken });
  const result = await onceCaptionsRead(page, keep, () => say('Keeping the slide once the captions are read…'));
  if (!result) return say('Could not keep the slide.');
  if (result.saved === 'reading') return say('No captions came, so nothing was kept.');
  if (result.saved === 'none') return say('Nothing is being said here to keep the slide with.');
  const words = openingWords(result.text);
  say(
    slide === 'unreadable'
      ? `Saved ${words}, without its slide: this page’s video cannot be read.`
      : `Kept the slide with ${words}`,
  );
}

/** How long a slide key pressed before the captions are read waits for them. */
const CAPTIONS_WAIT_MS = 30_000;

/**
 * The slide key's answer once it is not "the captions are still being read": asked at once, and again each time the
 * page's quotes change (the background tells the page when captions are kept), for at most CAPTIONS_WAIT_MS (then
 * the answer is still "reading"). `waiting` is called at each "reading".
 */
function onceCaptionsRead(
  page: TalkPage,
  keep: () => Promise<SlideByKeyResult | undefined>,
  waiting: () => void,
): Promise<SlideByKeyResult | undefined> {
  return new Promise((resolve) => {
    let over = false;
    const done = (result: SlideByKeyResult | undefined) => {
      over = true;
      stop();
      clearTimeout(timer);
      resolve(result);
    };
    // Listening before the first question: captions kept as it is answered are not missed. Answers may come out of
    // order: one after the end says nothing.
    const ask = async () => {
      const result = await keep();
      if (over) return;
      if (result?.saved === 'reading') waiting();
      else done(result);
    };
    const stop = page.on('quotes', () => void ask());
    const timer = setTimeout(() => done({ saved: 'reading' }), CAPTIONS_WAIT_MS);
    void ask();
  });
}
