// Document Picture-in-Picture, where the browser has it (Chrome 116+ desktop, Firefox 151+ desktop): detected, never
// inferred from a version. The talk page reports whether its window can open; talk-window.ts opens it.

interface PictureInPicture {
  window: Window | null;
  requestWindow(options: { width: number; height: number }): Promise<Window>;
}

export const pictureInPicture = (): PictureInPicture | undefined =>
  (window as Window & { documentPictureInPicture?: PictureInPicture }).documentPictureInPicture;

/** Whether this page can open the talk window: the feature, in the top-level page (not in an embed's frame). */
export const windowOpens = (): boolean => Boolean(pictureInPicture()) && window === window.top;
