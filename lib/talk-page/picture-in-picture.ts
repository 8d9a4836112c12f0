// Document Picture-in-Picture, where the browser has it (Chrome 116+ desktop, Firefox 151+ desktop): detected, never
// inferred from a version. The talk page reports whether its window can open; talk-window.ts opens it.

interface PictureInPicture {
  window: Window | null;
  requestWindow(options: { width: number; height: number }): Promise<Window>;
}

type PageWindow = Window & { documentPictureInPicture?: PictureInPicture };
/** Firefox's content scripts see the page through Xrays, and have these to reach the page's own objects. */
declare const cloneInto: (<T>(value: T, target: Window) => T) | undefined;

/**
 * The page's own Document Picture-in-Picture. In Firefox, a window a content script opens through its Xray view is
 * given the script's principal, and the script may then not reach into its document ("Permission denied … on
 * cross-origin object"); opened through the page's own object (`wrappedJSObject`), it is the page's, as in Chrome.
 */
export const pictureInPicture = (): PictureInPicture | undefined =>
  ((window as Window & { wrappedJSObject?: PageWindow }).wrappedJSObject ?? (window as PageWindow))
    .documentPictureInPicture;

/** An object handed to the page's own functions: Firefox's page may only read it as its own copy. */
export const pageObject = <T>(value: T): T => (typeof cloneInto === 'function' ? cloneInto(value, window) : value);

/** Whether this page can open the talk window: the feature, in the top-level page (not in an embed's frame). */
export const windowOpens = (): boolean => Boolean(pictureInPicture()) && window === window.top;
