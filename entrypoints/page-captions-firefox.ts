// Firefox: the page-world side of reading captions, injected by the content script on the talk's page (web-accessible).
import { defineUnlistedScript } from '#imports';
import { answerCaptionRequests } from '@/lib/youtube/page-captions';

export default defineUnlistedScript({ include: ['firefox'], main: () => answerCaptionRequests() });
