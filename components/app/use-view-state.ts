// Everything a view shows of the tab it follows, kept live: the playback, the talk, the saves, the user's timings, the
// kept transcript and its second line, the profiles, and the one timeline that places every quote from them.
import { useMemo } from 'preact/hooks';
import { timelineOf } from '@/lib/timeline/timeline';
import { useServedTab, type TabFollower } from './tab-follower';
import { useSecondLine } from './use-second-line';
import { useOwnTimings, useProfiles, useSaves, useTalk, useTranscript, type FirstScreen } from './use-talk';

export function useViewState(follower: TabFollower, first: FirstScreen | undefined) {
  const served = useServedTab(follower);
  const playback = served?.playback ?? null;
  const talk = useTalk(playback?.talkId, first);
  const saves = useSaves(first);
  const ownTimings = useOwnTimings(first);
  const talkShown = talk.status === 'ready' ? talk.value : undefined;
  const profiles = useProfiles(talkShown);
  const transcript = useTranscript(talkShown?.id, first);
  const kept = transcript.status === 'ready' ? transcript.value : undefined;
  const timeline = useMemo(() => timelineOf(ownTimings, kept), [ownTimings, kept]);
  const second = useSecondLine(kept);
  // The talk's playback, when the tab followed plays the talk shown.
  const watching = playback && talkShown && playback.talkId === talkShown.id ? playback : null;
  return { served, playback, watching, talk, talkShown, saves, profiles, transcript, kept, timeline, second };
}

export type ViewState = ReturnType<typeof useViewState>;
