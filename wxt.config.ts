import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { seedCorpusPlugin } from './lib/corpus/seed-plugin';

// See https://wxt.dev/api/config.html
export default defineConfig({
  imports: false,
  vite: () => ({
    plugins: [preact(), seedCorpusPlugin('seeds')],
  }),
  manifest: {
    name: 'Talk Companion',
    description: 'Follow a conference talk on YouTube: the current chapter, quotes synced to playback, favourites and search.',
    permissions: ['storage'],
  },
});
