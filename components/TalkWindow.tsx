// The talk window: the talk's companion in a Document Picture-in-Picture window above every other window. It shows the
// chapter and how far into it, what is being said (a quote, else the caption line), the next quote and its countdown,
// a star for what is being said with a note box for the save just made, the slide kept with it, and play, back 10 s
// and chapter buttons acting on the talk's video. It reads the video every frame it paints, so a quote shows as it
// starts; while an ad plays, its clock stands still.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { openingWords } from '@/lib/corpus/text';
import type { CaptionLine } from '@/lib/model/captions';
import type { TakenSlide } from '@/lib/model/slide';
import type { TalkPage } from '@/lib/talk-page/page';
import { formatTimestamp } from '@/lib/time';
import { currentChapter } from '@/lib/timeline/near';
import { chapterBeside, windowMoment, type WindowMoment } from '@/lib/timeline/window';
import { mainVideo, seekTo } from '@/lib/youtube/page';
import { readClock, type Clock } from '@/lib/talk-page/window-clock';
import { lineSaves } from '@/lib/saves/ids';
import { whatIsSaid } from '@/lib/timeline/said';
import { CurrentChapter } from './CurrentChapter';
import { NoteEditor } from './NoteEditor';
import { StarButton } from './StarButton';

/** What is being said: a quote of the talk, else a line of the kept captions; `second`: in the user's language, where YouTube's translation is kept. */
type Said = ({ kind: 'quote'; id: string } | { kind: 'line'; start: number }) & { text: string; second?: string };

const BACK_SECONDS = 10;

export function TalkWindow({ page, pip }: { page: TalkPage; pip: Window }) {
  const [quotes, setQuotes] = useState(page.quotes);
  const [clock, setClock] = useState<Clock>(() => readClock(page, page.reading?.time ?? 0));
  const [line, setLine] = useState<(CaptionLine & { second?: string }) | null>(null);
  const [justSaved, setJustSaved] = useState<Said>();
  const [problem, setProblem] = useState<string>();
  const [slide, setSlide] = useState<{ quoteId: string; slide: TakenSlide | null }>();
  // The notes saved here this time: the window is not told a save's note, and a note box shows it once saved.
  const [notes, setNotes] = useState<Record<string, string>>({});
  const asked = useRef<number>();

  useEffect(() => page.on('quotes', () => setQuotes(page.quotes)), []);
  // Every frame the window paints: the video's time, and the view only when what it shows has changed.
  useEffect(() => {
    let frame = 0;
    const tick = () => {
      setClock((last) => {
        const next = readClock(page, last.time);
        const same = (Object.keys(next) as (keyof Clock)[]).every((key) =>
          key === 'time' ? shown(next.time) === shown(last.time) : next[key] === last[key],
        );
        return same ? last : next;
      });
      frame = pip.requestAnimationFrame(tick);
    };
    frame = pip.requestAnimationFrame(tick);
    return () => pip.cancelAnimationFrame(frame);
  }, []);
  useEffect(() => {
    pip.document.documentElement.dataset.theme = clock.dark ? 'dark' : 'light';
  }, [clock.dark]);

  const moment: WindowMoment = windowMoment(quotes, clock.time);
  const chapters = useMemo(() => [...quotes.chapters].sort((a, b) => a.start - b.start), [quotes.chapters]);
  const chapter = currentChapter(chapters, clock.time);
  // No quote being said: the caption line, asked for again once the time leaves the line known.
  const lineHere = line && clock.time >= line.start && clock.time < Math.max(line.end, line.start + 1) ? line : null;
  useEffect(() => {
    if (moment.quote || lineHere || asked.current === Math.floor(clock.time)) return;
    asked.current = Math.floor(clock.time);
    void page.send('lineAt', { talkId: page.talkId, videoId: page.videoId, time: clock.time }).then((found) => {
      if (found) setLine(found);
    });
  }, [moment.quote, lineHere, Math.floor(clock.time)]);

  const being = whatIsSaid(moment.quote, lineHere ?? undefined, 'reading');
  const said: Said | undefined =
    being?.kind === 'quote'
      ? { kind: 'quote', id: being.quote.id, text: being.quote.text, second: quotes.second?.quotes[being.quote.id] }
      : being && { kind: 'line', start: being.line.start, text: being.line.text, second: being.line.second };
  const savedId = (target: Said | undefined) =>
    target?.kind === 'quote'
      ? quotes.saved.includes(target.id)
        ? target.id
        : undefined
      : target &&
        lineSaves(
          quotes.savedLines.map((saved) => saved.id),
          page.talkId,
          page.videoId,
        )(target);
  const saidId = savedId(said);
  const noteFor = savedId(justSaved);

  // The slide kept with what is being said, once it is saved and has one.
  const slideId = saidId && quotes.withSlide.includes(saidId) ? saidId : undefined;
  useEffect(() => {
    if (!slideId || slide?.quoteId === slideId) return;
    void page
      .send('slideOf', { quoteId: slideId })
      .then((found) => setSlide({ quoteId: slideId, slide: found ?? null }));
  }, [slideId]);

  const toggle = async () => {
    if (!said) return;
    const now =
      said.kind === 'quote'
        ? await page.send('setSaved', { talkId: page.talkId, quoteId: said.id, saved: !saidId })
        : await page.send('setLineSaved', {
            talkId: page.talkId,
            videoId: page.videoId,
            start: said.start,
            saved: !saidId,
          });
    setProblem(now === undefined ? 'Could not save: try again.' : undefined);
    if (now) setJustSaved(said);
    else if (now === false && justSaved?.text === said.text) setJustSaved(undefined);
  };
  const video = () => mainVideo(document);
  const seek = (seconds: number | undefined) => {
    if (seconds === undefined) return;
    if (!seekTo(document, seconds)) setProblem('The video cannot be moved while an ad plays.');
  };
  const playPause = () => {
    const playing = video();
    if (!playing) return;
    if (playing.paused) void playing.play().catch(() => setProblem('The video would not play: try YouTube’s player.'));
    else playing.pause();
  };
  // The window's own keys, as on YouTube: k or Space plays and pauses, j goes back; never while typing.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const tag = (event.target as Element | null)?.tagName ?? '';
      // Space on a button presses the button.
      const own = /^(TEXTAREA|INPUT)$/.test(tag) || (tag === 'BUTTON' && event.key === ' ');
      if (event.altKey || event.ctrlKey || event.metaKey || own) return;
      if (event.key === 'k' || event.key === ' ') playPause();
      else if (event.key === 'j') seek(Math.max(0, (video()?.currentTime ?? 0) - BACK_SECONDS));
      else return;
      event.preventDefault();
    };
    pip.document.addEventListener('keydown', onKey);
    return () => pip.document.removeEventListener('keydown', onKey);
  }, []);

  const { next } = moment;
  return (
    <main class="talk-window" aria-labelledby="talk-window-heading">
      <h1 id="talk-window-heading" class="visually-hidden">
        Talk Companion: the talk window
      </h1>
      {chapter ? (
        <CurrentChapter chapters={chapters} chapter={chapter} time={clock.time} duration={clock.length} />
      ) : (
        <p class="current-title">Before the first chapter</p>
      )}

      <section class="said" aria-label="Being said now" aria-live="polite">
        {clock.ad && (
          <p class="ad" role="status">
            An ad is playing: the talk goes on after it.
          </p>
        )}
        {said ? (
          <div class="said-row">
            {/* Focusable: a long quote scrolls in its box, by keyboard too. */}
            <blockquote class={said.kind === 'quote' ? 'quote' : 'line'} tabIndex={0}>
              <p>{said.kind === 'quote' ? `“${said.text}”` : said.text}</p>
              {said.second && (
                <p class="second" lang={quotes.second?.language} title="YouTube’s translation of the captions">
                  {said.second}
                </p>
              )}
              {said.kind === 'line' && <footer class="muted">From the captions</footer>}
            </blockquote>
            <StarButton saved={Boolean(saidId)} toggleSave={() => void toggle()} name={said.kind} nav={false} />
          </div>
        ) : (
          <p class="muted">Nothing quoted at {formatTimestamp(clock.time)}.</p>
        )}
      </section>

      {problem && (
        <p class="message error" role="alert">
          {problem}
        </p>
      )}

      <p class="next" aria-live="off">
        {next ? (
          <>
            <span class="muted">Next in {formatTimestamp(next.inSeconds)}:</span> {openingWords(next.quote.text)}
          </>
        ) : (
          <span class="muted">No more quotes after this point.</span>
        )}
      </p>

      <nav class="controls" aria-label="The talk’s video">
        <button type="button" onClick={() => seek(Math.max(0, (video()?.currentTime ?? 0) - BACK_SECONDS))}>
          Back 10 s
        </button>
        <button type="button" class="primary" aria-keyshortcuts="k" onClick={playPause}>
          {clock.paused ? 'Play' : 'Pause'}
        </button>
        <button type="button" onClick={() => seek(chapterBeside(quotes.chapters, clock.time, 'previous'))}>
          Previous chapter
        </button>
        <button type="button" onClick={() => seek(chapterBeside(quotes.chapters, clock.time, 'next'))}>
          Next chapter
        </button>
      </nav>

      {justSaved && noteFor && (
        <section class="saved-note" aria-label="Note on the save just made">
          <p class="muted">Saved: {openingWords(justSaved.text)}</p>
          <NoteEditor
            key={noteFor}
            open
            note={notes[noteFor]}
            setNote={async (note) => {
              const refused = answered(await page.send('setNote', { quoteId: noteFor, note }));
              if (!refused) setNotes((kept) => ({ ...kept, [noteFor]: note }));
              return refused;
            }}
            keepDraft={async (draft) => answered(await page.send('keepNoteDraft', { quoteId: noteFor, draft }))}
          />
        </section>
      )}

      {slideId && slide?.quoteId === slideId && slide.slide && (
        <img class="slide" src={slide.slide.image} alt="The slide kept with this save" />
      )}
    </main>
  );
}

/** The time as the window shows it: to the tenth of a second, enough for a quote to show as it starts. */
const shown = (time: number) => Math.floor(time * 10);

/** A writer's answer as the note box takes it: null is kept, no answer is a failure, a string is why not. */
const answered = (answer: string | null | undefined) =>
  answer === undefined ? 'Could not reach the extension: try again.' : (answer ?? undefined);
