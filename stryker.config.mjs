// npm run test:mutation: how strong the unit tests are, as the share of small changes to the rules they catch.
// Stryker 9.6 (10 needs Node 22) with its Vitest runner; each mutant runs only the tests that cover it.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  coverageAnalysis: 'perTest',
  // Everything that keeps or reads the user's data: the writers, the database, the sync (its pass, merge, packing,
  // pacing, the service and its scheduler, and the switch that turns it on), the checks on what comes in (import files,
  // sync, messages), and what takes the user's data out (the talk's note, the slides, a citation). The captions chain's
  // pure parts: stryker.captions.config.mjs.
  mutate: [
    'lib/saves/sync/*.ts',
    'lib/saves/write/*.ts',
    'lib/saves/checks.ts',
    'lib/saves/export-file.ts',
    'lib/saves/tombstones.ts',
    'lib/saves/ids.ts',
    'lib/saves/slides.ts',
    'lib/saves/talk-note.ts',
    'lib/saves/slides-export.ts',
    'lib/saves/citation.ts',
    'lib/settings.ts',
    'lib/db/database.ts',
    'lib/db/reads.ts',
    'lib/messaging/checks.ts',
    'lib/background/saves-service.ts',
    'lib/background/saves-sync-service.ts',
    'lib/background/pass-scheduler.ts',
    'lib/timeline/timeline.ts',
    'lib/timeline/near.ts',
    'lib/timeline/marks.ts',
    'lib/recognise/match.ts',
    'lib/youtube/seek-bar.ts',
  ],
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 95, low: 90, break: 90 },
  concurrency: 2,
  // Reruns only the mutants whose code or covering tests changed since the last run on this machine.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
