// The page-world side of reading captions (lib/youtube/page-captions.ts), declared as a MAIN-world content script:
// in Chrome, and in Firefox's MV2 build too (Firefox 128 and later). Nothing is injected into the page, so YouTube's
// script policy, which refuses inline scripts without its nonce, has nothing to refuse.
import { defineContentScript } from '#imports';
import { YOUTUBE_PAGES } from '@/lib/model/links';
import { servePlayerCaptions } from '@/lib/youtube/page-captions';

export default defineContentScript({
  matches: YOUTUBE_PAGES,
  // Embedded players too, in other sites' frames.
  allFrames: true,
  world: 'MAIN',
  // Listening before the talk module (document_end) can ask.
  runAt: 'document_start',
  main: () => void servePlayerCaptions(),
});
