// The popup (and side panel): the talk from the database, kept in step with the tab playing it.
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FactFocus } from '@/components/About';
import { SettingSwitch } from '@/components/SettingSwitch';
import { ChapterList } from '@/components/ChapterList';
import { CurrentChapter } from '@/components/CurrentChapter';
import { isTyping } from '@/components/keyboard';
import { LineBeingSaid } from '@/components/LineBeingSaid';
import { NearQuotes } from '@/components/NearQuotes';
import { TalkHeader } from '@/components/TalkHeader';
import { Transcript } from '@/components/Transcript';
import { TranscriptDownloads } from '@/components/TranscriptDownloads';
import { ViewTabs, type View } from '@/components/ViewTabs';
import { setSetting } from '@/lib/settings';
import { currentChapter, quotesNear } from '@/lib/timeline/near';
import { captionStarts, lineAt, timedQuotes } from '@/lib/timeline/timeline';
import { openingView } from './opening';
import { markPainted } from './paint-mark';
import { useServedTab, type TabFollower } from './tab-follower';
import { useLaterViews } from './use-later-views';
import type { Live } from './use-live-query';
import { useSearch } from './use-search';
import { useSaves, useSetting, useOwnTimings, useProfiles, useTalk, useTranscript, type FirstScreen } from './use-talk';
import { captionActions, saveActions, jumper, openSidePanel, quoteActions, readCaptionsAgain } from './view-actions';

export type Surface = 'popup' | 'sidepanel';

interface Props {
  surface: Surface;
  follower: TabFollower;
  /** What the first screen shows, already read as the view started. */
  first?: FirstScreen;
}

export function App({ surface, follower, first }: Props) {
  const served = useServedTab(follower);
  const playback = served?.playback ?? null;
  const data = useTalk(playback?.talkId, first);
  const saves = useSaves(first);
  const ownTimings = useOwnTimings(first);
  const cardOn = useSetting('cardEnabled');
  const marksOn = useSetting('marksEnabled');
  const laterViews = useLaterViews();
  const later = laterViews.status === 'ready' ? laterViews.value : undefined;
  const talkShown = data.status === 'ready' ? data.value : undefined;
  const profiles = useProfiles(talkShown);
  const transcript = useTranscript(talkShown?.id, first);
  const kept = transcript.status === 'ready' ? transcript.value : undefined;
  const captions = useMemo(() => captionStarts(kept), [kept]);
  const [view, setView] = useState<View>(openingView() ?? 'now');
  const [query, setQuery] = useState('');
  const [factFocus, setFactFocus] = useState<FactFocus>();
  const searchBox = useRef<HTMLInputElement>(null);
  const results = useSearch(query, talkShown, profiles, saves.saved, kept);

  // A layout effect, so "/" works from the first paint: a plain effect is run a frame later, and a key pressed as
  // the popup appears was lost.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === '/' && !isTyping(event)) {
        event.preventDefault();
        searchBox.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // Marks the first paint showing the chapters and the quotes near now, for `npm run bench`.
  const painted = useRef(false);
  useLayoutEffect(() => {
    if (painted.current || data.status !== 'ready' || !data.value || playback?.talkId !== data.value.id) return;
    if (view === 'transcript' && kept?.status !== 'ready') return;
    painted.current = true;
    markPainted();
  });

  if (data.status === 'loading') return <p class="status">Loading the talk…</p>;
  if (data.status === 'error') return <p class="status error" role="alert">Could not read the talk: {data.error.message}</p>;
  if (!data.value) return <p class="status">No talk is installed.</p>;

  const talk = data.value;
  const { chapters, quotes } = talk;
  const watching = playback && playback.talkId === talk.id ? playback : null;
  const chapter = watching ? currentChapter(chapters, watching.time) : undefined;
  const saved = new Set(saves.saved.map((save) => save.quoteId));
  const jump = jumper(talk, watching, served);
  const actions = quoteActions(talk, watching, jump, saved, ownTimings, captions);
  const savedActions = saveActions(talk, jump);
  const lineActions = captionActions(talk, kept?.videoId, saved, jump);
  const near = watching && quotesNear(timedQuotes(quotes, ownTimings, captions), watching.time);
  const nothingNear = near && near.now.length + near.next.length + near.past.length === 0;
  const lineBeingSaid = watching && kept?.status === 'ready' ? kept.lines[lineAt(kept.lines, watching.time)] : undefined;

  const onSearchKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && query) {
      event.preventDefault();
      setQuery('');
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      document.querySelector<HTMLElement>('#view-panel [data-nav]')?.focus();
    }
  };

  return (
    <main>
      <TalkHeader
        talk={talk}
        playback={watching}
        chapter={chapter}
        inOtherTab={served?.how === 'recent'}
        unreadable={served?.unreadable}
        onOpen={() => jump(0)}
        onOpenSidePanel={surface === 'popup' ? () => void openSidePanel() : undefined}
      />
      <input
        ref={searchBox}
        type="search"
        class="search"
        aria-label="Search the talk and your saved quotes"
        placeholder="Search quotes, chapters, speakers… (press /)"
        value={query}
        onInput={(event) => setQuery(event.currentTarget.value)}
        onKeyDown={onSearchKey}
      />
      {query.trim() ? (
        <div id="view-panel" class="panel">
          {(results.status === 'error' || laterViews.status === 'error') && <PartMissing part={results.status === 'error' ? results : laterViews} />}
          {results.status === 'ready' && later && (
            <later.SearchResults
              query={query.trim()}
              results={results.value}
              actions={actions}
              savedActions={savedActions}
              lineActions={lineActions}
              onSelectChapter={(c) => jump(c.start)}
              onOpenFact={(fact, ranges) => {
                setQuery('');
                setView('about');
                setFactFocus({ key: fact.key, ranges });
              }}
            />
          )}
        </div>
      ) : (
        <>
          <ViewTabs
            view={view}
            savedCount={saved.size}
            onChange={(next) => {
              setView(next);
              setFactFocus(undefined);
            }}
          />
          <div id="view-panel" class="panel" role="tabpanel" aria-labelledby={`tab-${view}`}>
            {view === 'now' && (
              <>
                {watching && chapter && <CurrentChapter chapters={chapters} chapter={chapter} time={watching.time} duration={watching.duration} />}
                {near && <NearQuotes near={near} actions={actions} />}
                {nothingNear && lineBeingSaid && <LineBeingSaid line={lineBeingSaid} actions={lineActions} />}
                <ChapterList chapters={chapters} currentStart={chapter?.start} onSelect={(c) => jump(c.start)} />
                {cardOn !== undefined && <SettingSwitch label="Show the quote card on the video" enabled={cardOn} onChange={(on) => void setSetting('cardEnabled', on)} />}
                {marksOn !== undefined && <SettingSwitch label="Show the quotes on the seek bar" enabled={marksOn} onChange={(on) => void setSetting('marksEnabled', on)} />}
              </>
            )}
            {view !== 'now' && view !== 'transcript' && !later && <PartMissing part={laterViews} />}
            {later && view === 'quotes' && <later.AllQuotes quotes={quotes} actions={actions} />}
            {view === 'transcript' && (
              <>
                <TranscriptDownloads
                  transcript={kept}
                  onDownload={async (format) => kept && (await import('./export-import')).downloadTranscript(format, talk, chapters, kept)}
                />
                <Transcript
                  transcript={kept}
                  loading={transcript.status === 'loading'}
                  error={transcript.status === 'error' ? transcript.error : undefined}
                  time={watching ? watching.time : null}
                  actions={lineActions}
                  onReadAgain={watching?.videoId ? () => readCaptionsAgain(served, watching.videoId!) : undefined}
                />
              </>
            )}
            {later && view === 'about' && <later.About facts={later.aboutFacts(talk, profiles)} focus={factFocus} />}
            {later && view === 'saved' && (
              <later.SavedView
                talk={talk}
                chapters={chapters}
                saves={saves.saved}
                inCorpus={saves.inCorpus}
                ownTimings={ownTimings}
                captions={captions}
                actions={savedActions}
              />
            )}
          </div>
        </>
      )}
    </main>
  );
}

/** A part loaded after the first paint, while it loads or if it cannot: a view left open across an update of the
 * extension asks for files the update replaced. */
function PartMissing({ part }: { part: Live<unknown> }) {
  if (part.status !== 'error') return <p class="status">Loading…</p>;
  return (
    <p class="status error" role="alert">
      This part of Talk Companion could not load ({part.error.message}). Close it and open it again.
    </p>
  );
}
