// The live data a view shows: the talk with its chapters and quotes, the saves and the user's own timings.
// The first screen comes from the background as the view opens; live queries keep each up to date from then on.
import { useEffect, useState } from 'preact/hooks';
import type { SavedSlide } from '@/lib/model/save';
import type { StoredTalk } from '@/lib/model/talk';
import type { StoredTranscript } from '@/lib/model/captions';
import { readSlides } from '@/lib/db/reads';
import type { FirstScreenData } from '@/lib/model/messages';
import { onSyncStatusChange, readSyncStatus, type SyncStatus } from '@/lib/saves/sync/status';
import { onSettingChange, settingOn, type Setting } from '@/lib/settings';
import type { SpeakerProfile, Talk } from '@/lib/model/corpus';
import { readOwnTimings, readProfiles, readSaves, readTalk, readTranscript, type Saves } from '@/lib/db/reads';
import { useLiveQuery, type Live } from './use-live-query';

/** What the first screen shows, for the talk the served tab plays (or the first talk installed). */
export interface FirstScreen {
  talkId: string | undefined;
  talk: StoredTalk | undefined;
  saves: Saves;
  timings: Map<string, number>;
  transcript?: StoredTranscript;
}

export function firstScreenOf(
  talkId: string | undefined,
  { talk, saved, inCorpus, drafts, timings, transcript }: FirstScreenData,
): FirstScreen {
  return {
    talkId,
    talk,
    saves: { saved, inCorpus: new Set(inCorpus), drafts: new Map(drafts) },
    timings: new Map(timings),
    transcript,
  };
}

export function useTalk(talkId: string | undefined, first?: FirstScreen) {
  return useLiveQuery(
    (db) => readTalk(db, talkId),
    [talkId],
    first && first.talkId === talkId ? { value: first.talk } : undefined,
  );
}

/** The captions kept for the talk (undefined while read, or when none were ever read). */
export function useTranscript(talkId: string | undefined, first?: FirstScreen): Live<StoredTranscript | undefined> {
  const initial = first?.transcript && first.talkId === talkId ? { value: first.transcript } : undefined;
  return useLiveQuery((db) => readTranscript(db, talkId), [talkId], initial);
}

/** Empty until read: the About view and search want them, the first screen does not. */
export function useProfiles(talk: Talk | undefined): SpeakerProfile[] {
  const profiles = useLiveQuery((db) => readProfiles(db, talk), [talk]);
  return profiles.status === 'ready' ? profiles.value : [];
}

export function useOwnTimings(first?: FirstScreen): Map<string, number> {
  const timings = useLiveQuery(readOwnTimings, [], first && { value: first.timings });
  return timings.status === 'ready' ? timings.value : new Map();
}

export function useSaves(first?: FirstScreen): Saves {
  const saves = useLiveQuery(readSaves, [], first && { value: first.saves });
  return saves.status === 'ready'
    ? saves.value
    : { saved: [], inCorpus: new Set<string>(), drafts: new Map<string, string>() };
}

/** The slides kept here, by save: read after the first paint, with Saved. */
export function useSlides(): ReadonlyMap<string, SavedSlide> {
  const slides = useLiveQuery(readSlides, []);
  return slides.status === 'ready' ? slides.value : new Map();
}

/** Whether the quote card or the marks show on the player, kept in step with every other view. */
export function useSetting(setting: Setting): boolean | undefined {
  const [enabled, setEnabled] = useState<boolean>();
  useEffect(() => {
    void settingOn(setting).then(setEnabled);
    return onSettingChange(setting, setEnabled);
  }, [setting]);
  return enabled;
}

/** What sync is doing, as the background last wrote it, kept in step. */
export function useSyncStatus(): SyncStatus | undefined {
  const [status, setStatus] = useState<SyncStatus>();
  useEffect(() => {
    void readSyncStatus().then(setStatus);
    return onSyncStatusChange(setStatus);
  }, []);
  return status;
}
