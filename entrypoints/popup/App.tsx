// The popup (and side panel): the talk from the database, kept in step with the tab playing it.
import { useMemo } from 'preact/hooks';
import { browser } from '#imports';
import { ChapterList } from '@/components/ChapterList';
import { NearQuotes } from '@/components/NearQuotes';
import { TalkHeader } from '@/components/TalkHeader';
import { chaptersOf, quotesOf } from '@/lib/db';
import type { Chapter, Talk } from '@/lib/corpus/types';
import { useLiveQuery } from '@/lib/live';
import { sendMessage } from '@/lib/messaging';
import { db } from '@/lib/store';
import { currentChapter, quotesNear, timedQuotes } from '@/lib/sync';
import { watchUrl } from '@/lib/time';
import { useServedTab } from './served-tab';

/** Where to watch a talk from a moment: its known video, else a YouTube search for it. */
function talkUrl(talk: Talk, seconds: number): string {
  const [videoId] = talk.videoIds;
  if (videoId) return watchUrl(videoId, seconds);
  return `https://www.youtube.com/results?search_query=${encodeURIComponent(`${talk.title} ${talk.code}`)}`;
}

export function App() {
  const served = useServedTab();
  const playback = served?.playback ?? null;
  const talkId = playback?.talkId;

  const data = useLiveQuery(async () => {
    const talk = talkId ? await db.talks.get(talkId) : await db.talks.orderBy('id').first();
    if (!talk) return undefined;
    const [chapters, quotes] = await Promise.all([chaptersOf(db, talk.id), quotesOf(db, talk.id)]);
    return { talk, chapters, quotes };
  }, [talkId]);
  const timed = useMemo(() => (data.status === 'ready' && data.value ? timedQuotes(data.value.quotes) : []), [data]);

  if (data.status === 'loading') return <p class="status">Loading the talk…</p>;
  if (data.status === 'error') return <p class="status error" role="alert">Could not read the talk: {data.error.message}</p>;
  if (!data.value) return <p class="status">No talk is installed.</p>;

  const { talk, chapters } = data.value;
  const watching = playback && playback.talkId === talk.id ? playback : null;
  const chapter = watching ? currentChapter(chapters, watching.time) : undefined;
  const open = (seconds: number) => void browser.tabs.create({ url: talkUrl(talk, seconds) });
  const select = (target: Chapter) => {
    if (watching && served?.tabId != null) void sendMessage('seek', { seconds: target.start }, served.tabId);
    else open(target.start);
  };

  return (
    <main>
      <TalkHeader talk={talk} playback={watching} chapter={chapter} inOtherTab={served?.how === 'recent'} onOpen={() => open(0)} />
      {watching && <NearQuotes near={quotesNear(timed, watching.time)} />}
      <ChapterList chapters={chapters} currentStart={chapter?.start} onSelect={select} />
    </main>
  );
}
