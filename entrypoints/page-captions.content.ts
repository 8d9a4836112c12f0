// Chrome: the page-world side of reading captions (lib/youtube/page-captions.ts), declared as a MAIN-world script.
// Firefox's MV2 build has no main world: there the content script injects entrypoints/page-captions-firefox.ts instead.
import { defineContentScript } from '#imports';
import { answerCaptionRequests } from '@/lib/youtube/page-captions';

export default defineContentScript({
  matches: ['*://www.youtube.com/*', '*://m.youtube.com/*'],
  world: 'MAIN',
  runAt: 'document_idle',
  include: ['chrome'],
  main: () => answerCaptionRequests(),
});
