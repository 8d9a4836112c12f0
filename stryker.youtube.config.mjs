// npm run test:mutation: the third part, what the product reads of YouTube's page and what it tells the user of it:
// the page's readers (the title and channel with their fallbacks, the player's response), the page report's rule and
// words, and the tabs' record that carries it to the views. Same settings as stryker.config.mjs, its own report.
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate: ['lib/page-report.ts', 'lib/youtube/player-response.ts', 'lib/youtube/page.ts', 'lib/talk-tabs.ts'],
  jsonReporter: { fileName: 'reports/mutation/youtube.json' },
  incrementalFile: 'reports/stryker-youtube-incremental.json',
};
