import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { build, mergeConfig, type InlineConfig } from 'vite';
import { defineConfig } from 'wxt';
import { addEntrypoint } from 'wxt/modules';
import { seedCorpusPlugin, seedProblem } from './lib/corpus/seed-plugin';
import { SLIDE_MODULE, TALK_MODULE, TALK_WINDOW } from './lib/modules';
import { YOUTUBE_PAGES } from './lib/model/links';

// `npm run bench` builds extra variants: its own seeds (the synthetic corpus) and output folder, and, with
// TALK_BENCH=pages, the pages it measures against (tests/bench/pages/NAME → bench-NAME.html) alone, to be copied
// beside a normal build: built with it, they would share chunks with the popup, which would then load more files than
// it ships with. A normal build never contains them.
const benchPagesOnly = process.env.TALK_BENCH === 'pages';
const BENCH_PAGES = ['blank', 'lab', 'frames'];
const SEEDS_DIR = process.env.TALK_SEEDS_DIR ?? 'seeds';
// The content script on every YouTube page (entrypoints/youtube/index.ts) is built as an unlisted script, without
// WXT's content-script context, and listed in the manifest here. What it loads on the talk's page, the talk module,
// cannot be a plain import(): WXT builds these scripts as IIFE, where import() is inlined. So it is built apart as an
// ES module with the content script's own Vite config, and made web-accessible to YouTube's pages only (after WXT's
// esm-content-script-ui example). The talk window's module and the slide's, which the talk module loads on first use,
// are built alike.
const CONTENT_SCRIPT = 'youtube';
const MODULES = [TALK_MODULE, TALK_WINDOW, SLIDE_MODULE];
// Chrome 116: sidePanel.open and AbortSignal.any. Firefox 140: data_collection_permissions on the desktop (MAIN-world
// content scripts 128, AbortSignal.any 124). Firefox for Android 142: data_collection_permissions there.
const MINIMUM = { chrome: '116', firefox: '140.0', firefoxAndroid: '142.0' };
let contentScriptConfig: InlineConfig | undefined;

// See https://wxt.dev/api/config.html
export default defineConfig({
  imports: false,
  outDir: process.env.TALK_OUT_DIR ?? '.output',
  ...(benchPagesOnly && { filterEntrypoints: BENCH_PAGES.map((page) => `bench-${page}`) }),
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
    // Content scripts load on every YouTube page: terser's two passes take ~5% more off them than esbuild does.
    // `unsafe` and `pure_getters` assume no one patched built-ins or hides side effects in getters, true of this code.
    'vite:build:extendConfig': (entrypoints, config) => {
      const isContentScript = (entrypoint: (typeof entrypoints)[number]) =>
        entrypoint.type === 'content-script' || entrypoint.name === CONTENT_SCRIPT;
      if (!entrypoints.every(isContentScript)) return;
      const terserOptions = { compress: { passes: 2, unsafe: true, pure_getters: true }, ecma: 2020 } as const;
      config.build = { ...config.build, minify: 'terser', terserOptions };
      if (entrypoints.some((entrypoint) => entrypoint.name === CONTENT_SCRIPT)) contentScriptConfig = config;
    },
    'build:done': async (wxt) => {
      if (benchPagesOnly) return;
      if (!contentScriptConfig)
        throw new Error("The talk module needs the content script's build config, which never came.");
      for (const module of MODULES) {
        const own: InlineConfig = {
          configFile: false,
          logLevel: 'warn',
          build: {
            lib: { entry: resolve(module.entry), formats: ['es'], fileName: () => module.file },
            outDir: wxt.config.outDir,
            emptyOutDir: false,
            rollupOptions: { output: { entryFileNames: module.file, inlineDynamicImports: true } },
          },
        };
        await build(mergeConfig(contentScriptConfig, own));
      }
    },
    'build:manifestGenerated': (wxt, manifest) => {
      // In every frame: YouTube's player embedded in another site's page is a frame of it.
      const contentScript = {
        matches: YOUTUBE_PAGES,
        js: [`${CONTENT_SCRIPT}.js`],
        run_at: 'document_end' as const,
        all_frames: true,
      };
      manifest.content_scripts = [...(manifest.content_scripts ?? []), contentScript];
      // MV2 cannot limit which pages load a resource: Firefox's build lists the file alone. Chrome takes only whole
      // origins here, so the embed host's pattern is its origin's.
      const pages = YOUTUBE_PAGES.map((pattern) => pattern.replace(/\/embed\/\*$/, '/*'));
      // The slide maker is a frame of the talk's page (lib/youtube/frame.ts).
      const files = [...MODULES.map((module) => module.file), 'slide-maker.html'];
      const resources = wxt.config.manifestVersion === 3 ? [{ resources: files, matches: pages }] : files;
      manifest.web_accessible_resources = [
        ...(manifest.web_accessible_resources ?? []),
        ...resources,
      ] as typeof manifest.web_accessible_resources;
    },
    'prepare:publicPaths': (_, paths) => void paths.push(...MODULES.map((module) => module.file)),
    ready: (wxt) => {
      if (!benchPagesOnly) return;
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
    description:
      'Follow a conference talk on YouTube: the current chapter, the quotes being said around now, saves and search.',
    // storage: the index of talks the content script reads, the card and marks switches, which tabs play the talk.
    // Nothing else: no tabs, no <all_urls>.
    permissions: ['storage'],
    commands: {
      'save-current-quote': {
        // YouTube's own shortcuts are unmodified or Shift keys; Alt+Shift+S clashes with none.
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save the quote being said now',
      },
    },
    // Each minimum is the newest of what the code needs, listed with its source in README's "Where it works".
    ...(browser === 'chrome' && { minimum_chrome_version: MINIMUM.chrome }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'talk-companion@talk-companion.invalid',
          strict_min_version: MINIMUM.firefox,
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: MINIMUM.firefoxAndroid },
      },
    }),
  }),
});
