// Reading YouTube's transcript panel when a view asks (its Transcript tab's "Read YouTube's transcript"): opened, read
// as its lines arrive, and sent to the background, which keeps it as the video's transcript until a track replaces it.
import { onMessage } from '../messaging/page';
import { openPanel, readPanel } from '../youtube/transcript-panel';
import type { TalkPage } from './page';

export function readTranscriptPanelWhenAsked(page: TalkPage): void {
  const read = async (): Promise<string | null> => {
    if (!openPanel(document)) return 'YouTube’s “Show transcript” button was not found on this page.';
    const lines = await readPanel(document, page.signal);
    if (page.signal.aborted) return 'You left the talk before its transcript was read.';
    if (lines.length === 0) return 'YouTube’s transcript showed no lines.';
    await page.send('captions', { talkId: page.talkId, videoId: page.videoId, outcome: 'panel', lines });
    return null;
  };
  // A request meant for the video before an in-page navigation is dropped.
  const stop = onMessage('readTranscriptPanel', ({ data }) =>
    data.videoId === page.videoId && page.alive() ? read() : 'This tab no longer shows the talk.',
  );
  page.signal.addEventListener('abort', stop);
}
