// npm run test:mutation: how strong the unit tests are, as the share of small changes to the rules they catch.
// Stryker 9.6 (10 needs Node 22) with its Vitest runner; each mutant runs only the tests that cover it.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  coverageAnalysis: 'perTest',
  mutate: [
    'lib/saves/sync/merge.ts',
    'lib/saves/sync/records.ts',
    'lib/saves/sync/pack.ts',
    'lib/saves/sync/pacing.ts',
    'lib/saves/tombstones.ts',
    'lib/saves/write/saves.ts',
    'lib/saves/ids.ts',
    'lib/saves/write/notes.ts',
    'lib/saves/write/removals.ts',
    'lib/saves/slides.ts',
    'lib/saves/write/slides.ts',
    'lib/timeline/timeline.ts',
    'lib/timeline/near.ts',
    'lib/timeline/marks.ts',
    'lib/recognise/match.ts',
    'lib/youtube/seek-bar.ts',
    'lib/background/saves-service.ts',
  ],
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  concurrency: 2,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
