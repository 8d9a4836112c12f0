// The modules YouTube's pages load on demand: the talk module (on the talk's page only), the talk window's (when the
// window first opens) and the slide's (at the first slide). WXT builds content scripts as IIFE, where `import()` is
// inlined, so wxt.config.ts builds each apart as an ES module, web-accessible to YouTube's pages, and loadModule
// imports it from the extension's files. Their paths are written once, here.
import { browser } from 'wxt/browser';

export const TALK_MODULE = { entry: 'entrypoints/youtube/talk-page.ts', file: 'content-scripts/talk-page.js' } as const;
export const TALK_WINDOW = {
  entry: 'entrypoints/youtube/talk-window.tsx',
  file: 'content-scripts/talk-window.js',
} as const;
export const SLIDE_MODULE = { entry: 'entrypoints/youtube/slide.ts', file: 'content-scripts/slide.js' } as const;

/** One of them: `entry` its source, built apart by wxt.config.ts; `file` its built file in the extension. */
type OnDemandModule = typeof TALK_MODULE | typeof TALK_WINDOW | typeof SLIDE_MODULE;

/** Imports an on-demand module; `Exports`: what its entry exports. */
export const loadModule = <Exports>({ file }: OnDemandModule): Promise<Exports> =>
  import(/* @vite-ignore */ browser.runtime.getURL(`/${file}`));
