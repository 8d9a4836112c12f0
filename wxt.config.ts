import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { addEntrypoint } from 'wxt/modules';
import { seedCorpusPlugin, seedProblem } from './lib/corpus/seed-plugin';

// `npm run bench` builds extra variants: its own seeds (the synthetic corpus) and output folder, and the pages it
// measures against (tests/bench/pages/NAME → bench-NAME.html). A normal build never contains them.
const bench = process.env.TALK_BENCH === '1';
const BENCH_PAGES = ['blank', 'lab'];
const SEEDS_DIR = process.env.TALK_SEEDS_DIR ?? 'seeds';

// See https://wxt.dev/api/config.html
export default defineConfig({
  imports: false,
  outDir: process.env.TALK_OUT_DIR ?? '.output',
  vite: () => ({
    plugins: [preact(), seedCorpusPlugin(SEEDS_DIR)],
  }),
  hooks: {
    // A broken seed stops the build before it starts, said once and plainly; Vite would print it per build group
    // with its stack, under the corpus module's id.
    'build:before': () => {
      const problem = seedProblem(SEEDS_DIR);
      if (!problem) return;
      console.error(`\nThe seeds cannot be read:\n${problem}\n`);
      process.exit(1);
    },
    // The content script loads on every YouTube page: terser's two passes take ~5% more off it than esbuild does.
    // `unsafe` and `pure_getters` assume no one patched built-ins or hides side effects in getters, true of this code.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      const terserOptions = { compress: { passes: 2, unsafe: true, pure_getters: true }, ecma: 2020 } as const;
      config.build = { ...config.build, minify: 'terser', terserOptions };
    },
    ready: (wxt) => {
      if (!bench) return;
      for (const page of BENCH_PAGES) {
        addEntrypoint(wxt, {
          type: 'unlisted-page',
          name: `bench-${page}`,
          inputPath: resolve(`tests/bench/pages/${page}/index.html`),
          outputDir: wxt.config.outDir,
          options: {},
          skipped: false,
        });
      }
    },
  },
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
      // The page-world script that asks YouTube's player for its caption tracks (Chrome runs it as a MAIN-world
      // content script instead); only YouTube's pages can load it.
      web_accessible_resources: ['page-captions-firefox.js'],
      browser_specific_settings: {
        gecko: { id: 'talk-companion@talk-companion.invalid', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
});
