import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';
import { seedCorpusPlugin } from './lib/corpus/seed-plugin';

export default defineConfig({
  // The seed plugin too, so the background's modules get this build's corpus as they do in the extension.
  plugins: [WxtVitest(), seedCorpusPlugin('seeds')],
  test: {
    include: ['tests/unit/**/*.test.ts?(x)'],
    setupFiles: ['tests/unit/fast-check-seed.ts', 'tests/unit/browser-language.ts'],
  },
});
