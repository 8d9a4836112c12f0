// npm run test:mutation: the second half, the captions chain's pure parts (reading YouTube's caption formats, keeping
// a transcript, placing the quotes on it, the exports). Same settings as stryker.config.mjs, its own report.
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate: ['lib/captions/*.ts', 'lib/db/kept-captions.ts', 'lib/timeline/align.ts'],
  jsonReporter: { fileName: 'reports/mutation/captions.json' },
  incrementalFile: 'reports/stryker-captions-incremental.json',
};
