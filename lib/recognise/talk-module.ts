// The talk module: what the content script loads on the talk's page only. wxt.config.ts builds it apart, as an ES
// module web-accessible to YouTube's pages; the content script imports it from here. Its path is written once.
export const TALK_MODULE = { entry: 'entrypoints/youtube/talk-page.ts', file: 'content-scripts/talk-page.js' } as const;
/** The talk window's module: the talk module loads it when the user first opens the window. Built the same way. */
export const TALK_WINDOW = {
  entry: 'entrypoints/youtube/talk-window.tsx',
  file: 'content-scripts/talk-window.js',
} as const;
/** The slide's module: the talk module loads it when the first slide is taken. Built the same way. */
export const SLIDE_MODULE = { entry: 'entrypoints/youtube/slide.ts', file: 'content-scripts/slide.js' } as const;
