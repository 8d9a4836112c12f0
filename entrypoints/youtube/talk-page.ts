// The talk module: the content script imports it once it has recognised the talk. It lists the talk page's features
// (lib/talk-page/, one file each) and starts them for the visit.
import { showQuoteCard } from '@/lib/talk-page/card';
import { answerCaptionRequests } from '@/lib/talk-page/captions';
import { listenForKeys } from '@/lib/talk-page/keys';
import { showMarks } from '@/lib/talk-page/marks';
import { startTalkPage as start, type TalkPageFeature } from '@/lib/talk-page/page';
import { followTalkPlayback } from '@/lib/talk-page/playback';
import { sayWhenNotPlayed } from '@/lib/talk-page/playability';
import { answerSeeks } from '@/lib/talk-page/seek';
import { keepSlides } from '@/lib/talk-page/slides';
import { offerTalkWindow } from '@/lib/talk-page/talk-window';
import { readTranscriptPanelWhenAsked } from '@/lib/talk-page/transcript-panel';
import type { TalkVisit } from '@/lib/recognise/visits';

// The features that listen; the playback is followed after them (lib/talk-page/page.ts).
const FEATURES: TalkPageFeature[] = [
  sayWhenNotPlayed,
  showQuoteCard,
  showMarks,
  listenForKeys,
  answerCaptionRequests,
  readTranscriptPanelWhenAsked,
  keepSlides,
  answerSeeks,
  offerTalkWindow,
];

export const startTalkPage = (visit: TalkVisit): Promise<void> => start(visit, FEATURES, followTalkPlayback);
