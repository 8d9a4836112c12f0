// A slide as it travels: as the talk's page took it, and as an export file carries it.

/** The widest slide kept: enough to read a slide's text, not a screen's worth of bytes. */
export const SLIDE_MAX_WIDTH = 1280;
/** JPEG at this quality: a slide's text stays sharp at a tenth of the bytes. */
export const SLIDE_QUALITY = 0.8;

/** A slide as the talk's page took it: a JPEG data URL of the video's frame, and its size. */
export interface TakenSlide {
  image: string;
  width: number;
  height: number;
}

/** A save's slide as a file carries it: the frame's data URL, its size and the moment it shows. */
export interface FileSlide {
  quoteId: string;
  time: number;
  image: string;
  width: number;
  height: number;
}
