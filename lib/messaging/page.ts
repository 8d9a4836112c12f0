// The messages the talk's page receives, and its listener: the talk module imports this, not the whole table, so it
// carries only the checks of what it is sent (the rest of the table is in ./index.ts).
import { isPageQuotes, isSeekRequest, isTranslationRequest, isVideoRequest } from './checks';
import { listenWith, type Rows } from './transport';

const isNothing = (data: unknown): data is undefined => data === undefined;

export const PAGE_ROWS: Rows<
  'seek' | 'pageQuotesChanged' | 'saveKeyPressed' | 'readCaptions' | 'readTranslation' | 'readTranscriptPanel'
> = {
  seek: { check: isSeekRequest, refused: false },
  pageQuotesChanged: { check: isPageQuotes, refused: undefined },
  saveKeyPressed: { check: isNothing, refused: undefined },
  readCaptions: { check: isVideoRequest, refused: undefined },
  readTranslation: { check: isTranslationRequest, refused: undefined },
  readTranscriptPanel: { check: isVideoRequest, refused: 'This request could not be read.' },
};

/** Listens on the talk's page for one of its messages, checked by its row. */
export const onMessage = listenWith(PAGE_ROWS);
export { sendMessage, type ProtocolMap } from './transport';
