// What the talk's page found of YouTube's page, and so which of its features work there: the content script reports
// it, the background keeps it for the tab, the views say it ("On this page", and the status line for a feature down).

/** The parts of YouTube's page a feature needs beyond the <video> (without which nothing works: the page is unreadable). */
export const PAGE_PARTS = ['player', 'seekBar', 'titleAndChannel', 'controls'] as const;
export type PagePart = (typeof PAGE_PARTS)[number];

/** The talk page's features, as the user knows them. */
export const PAGE_FEATURES = ['card', 'marks', 'keys', 'slides', 'ads', 'talkWindow', 'windowButton'] as const;
export type PageFeature = (typeof PAGE_FEATURES)[number];

export interface PageReport {
  talkId: string;
  videoId: string;
  /** How the page was taken for the talk: by a video id the talk lists, or by its title and channel. */
  recognisedBy: 'id' | 'title';
  /** Each part looked for: found or not. A part not looked for yet (or not on this kind of page) is absent. */
  parts: Partial<Record<PagePart, boolean>>;
  /** Where the title and channel were read, when the elements under the player were not found. */
  titleFrom?: 'microdata' | 'tab title';
  /** Whether this page can open the talk window: the browser has Document Picture-in-Picture, and this is no frame. */
  windowOpens?: boolean;
  /** The mobile site offers no marks and no keys; an embed has no title and channel under it. */
  kind: 'desktop' | 'mobile' | 'embed';
  /**
   * YouTube does not play the video here: its player's `playabilityStatus` (LOGIN_REQUIRED, AGE_CHECK_REQUIRED,
   * UNPLAYABLE, ERROR…) and the reason it gives, in YouTube's own words.
   */
  unplayable?: { status: string; reason: string };
}
