// The popup (and side panel): reads the talk from the database and shows it. main.tsx renders it once seeded.
import { useLiveQuery } from '@/lib/live';
import { chaptersOf } from '@/lib/db';
import { db } from '@/lib/store';
import { ChapterList } from '@/components/ChapterList';

export function App() {
  const data = useLiveQuery(async () => {
    const talk = await db.talks.orderBy('id').first();
    return talk ? { talk, chapters: await chaptersOf(db, talk.id) } : undefined;
  }, []);

  if (data.status === 'loading') return <p class="status">Loading the talk…</p>;
  if (data.status === 'error') return <p class="status error" role="alert">Could not read the talk: {data.error.message}</p>;
  if (!data.value) return <p class="status">No talk is installed.</p>;
  const { talk, chapters } = data.value;
  return (
    <main>
      <header>
        <h1>{talk.title}</h1>
        <p class="meta">{[talk.event, talk.code].filter(Boolean).join(' · ')}</p>
      </header>
      <ChapterList chapters={chapters} />
    </main>
  );
}
