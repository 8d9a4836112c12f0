// The popup (and side panel): the talk from the database, kept in step with the tab playing it.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { FactFocus } from '@/components/About';
import { FeaturesDown } from '@/components/FeaturesDown';
import { TalkHeader } from '@/components/TalkHeader';
import { downLines } from '@/lib/page-report';
import { ViewTabs, type View } from '@/components/ViewTabs';
import { currentChapter } from '@/lib/timeline/near';
import { isTyping } from '@/lib/typing';
import { openingView } from './opening';
import { markPainted } from './paint-mark';
import { ChangeProblem, NowPanel, PartMissing, TranscriptPanel } from './panels';
import type { TabFollower } from './tab-follower';
import { useLaterViews } from './use-later-views';
import { useSearch } from './use-search';
import type { FirstScreen } from './use-talk';
import { useViewState, type ViewState } from './use-view-state';
import { captionActions, saveActions, jumper, openSidePanel, quoteActions } from './view-actions';

export type Surface = 'popup' | 'sidepanel';

interface Props {
  surface: Surface;
  follower: TabFollower;
  /** What the first screen shows, already read as the view started. */
  first?: FirstScreen;
}

export function App({ surface, follower, first }: Props) {
  const state = useViewState(follower, first);
  const { served, watching, talk: data, talkShown, saves, kept, timeline } = state;
  const laterViews = useLaterViews();
  const later = laterViews.status === 'ready' ? laterViews.value : undefined;
  const [view, setView] = useState<View>(openingView() ?? 'now');
  const [query, setQuery] = useState('');
  const [factFocus, setFactFocus] = useState<FactFocus>();
  // "What works on this page" opened About at its "On this page".
  const [showPage, setShowPage] = useState(false);
  // A change the background could not make: said until the user dismisses it.
  const [problem, setProblem] = useState<string>();
  const searchBox = useRef<HTMLInputElement>(null);
  const results = useSearch(query, talkShown, state.profiles, saves.saved, kept, state.second.lines);
  useSlashToSearch(searchBox);
  usePaintMark(state, view);

  if (data.status === 'loading') return <p class="status">Loading the talk…</p>;
  if (data.status === 'error')
    return (
      <p class="status error" role="alert">
        Could not read the talk: {data.error.message}
      </p>
    );
  if (!data.value) return <p class="status">No talk is installed.</p>;

  const talk = data.value;
  const chapter = watching ? currentChapter(talk.chapters, watching.time) : undefined;
  const saved = new Set(saves.saved.map((save) => save.quoteId));
  const context = { talk, watching, jump: jumper(talk, watching, served), saved, timeline, report: setProblem };
  const { jump } = context;
  const actions = quoteActions(context);
  const savedActions = saveActions(context);
  const lineActions = captionActions(context, kept?.videoId);

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
      <FeaturesDown
        lines={watching ? downLines(served?.report) : []}
        onDetails={() => {
          setQuery('');
          setView('about');
          setFactFocus(undefined);
          setShowPage(true);
        }}
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
      {problem && <ChangeProblem problem={problem} onDismiss={() => setProblem(undefined)} />}
      {query.trim() ? (
        <div id="view-panel" class="panel">
          {(results.status === 'error' || laterViews.status === 'error') && (
            <PartMissing part={results.status === 'error' ? results : laterViews} />
          )}
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
                setShowPage(false);
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
              setShowPage(false);
            }}
          />
          <div id="view-panel" class="panel" role="tabpanel" aria-labelledby={`tab-${view}`}>
            {view === 'now' && (
              <NowPanel
                talk={talk}
                chapter={chapter}
                state={state}
                actions={actions}
                lineActions={lineActions}
                jump={jump}
                report={setProblem}
              />
            )}
            {view === 'transcript' && (
              <TranscriptPanel talk={talk} state={state} lineActions={lineActions} report={setProblem} />
            )}
            {view !== 'now' && view !== 'transcript' && !later && <PartMissing part={laterViews} />}
            {later && view === 'quotes' && <later.AllQuotes quotes={talk.quotes} actions={actions} />}
            {later && view === 'about' && (
              <later.AboutView
                facts={later.aboutFacts(talk, state.profiles)}
                focus={factFocus}
                report={watching ? served?.report : undefined}
                transcript={kept}
                showPage={showPage}
              />
            )}
            {later && view === 'saved' && (
              <later.SavedView
                talk={talk}
                transcript={kept}
                {...(state.second.language &&
                  state.second.lines && { second: { language: state.second.language, lines: state.second.lines } })}
                saves={saves.saved}
                inCorpus={saves.inCorpus}
                drafts={saves.drafts}
                actions={savedActions}
                report={setProblem}
              />
            )}
          </div>
        </>
      )}
    </main>
  );
}

/**
 * "/" focuses the search box, unless the user types. A layout effect, so it works from the first paint: a plain
 * effect is run a frame later, and a key pressed as the popup appears was lost.
 */
function useSlashToSearch(searchBox: { current: HTMLInputElement | null }): void {
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
}

/** Marks the first paint showing the chapters and the quotes near now, for `npm run bench`. */
function usePaintMark({ talk, playback, kept }: ViewState, view: View): void {
  const painted = useRef(false);
  useLayoutEffect(() => {
    if (painted.current || talk.status !== 'ready' || !talk.value || playback?.talkId !== talk.value.id) return;
    if (view === 'transcript' && kept?.status !== 'ready') return;
    painted.current = true;
    markPainted();
  });
}
