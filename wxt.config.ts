import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { seedCorpusPlugin } from './lib/corpus/seed-plugin';

// See https://wxt.dev/api/config.html
export default defineConfig({
  imports: false,
  vite: () => ({
    plugins: [preact(), seedCorpusPlugin('seeds')],
  }),
  manifest: ({ browser }) => ({
    name: 'Talk Companion',
    description: 'Follow a conference talk on YouTube: the current chapter, quotes synced to playback, favourites and search.',
    // storage: the quote card's on/off choice and which tabs play the talk. Nothing else: no tabs, no <all_urls>.
    permissions: ['storage'],
    commands: {
      'save-current-quote': {
        // YouTube's own shortcuts are unmodified or Shift keys; Alt+Shift+S clashes with none.
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save the quote being said now',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: { id: 'talk-companion@talk-companion.invalid', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
});
