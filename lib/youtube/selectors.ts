// Every YouTube selector the extension uses, each with what it finds. Nothing else knows YouTube's DOM.

/** The main player on watch pages (hover previews use #inline-preview-player, the same classes, another id). */
export const PLAYER = '#movie_player';
/** The talk's <video> inside the main player. */
export const MAIN_VIDEO = '#movie_player video.html5-main-video, #movie_player video';
/** The watch page's container; its video-id attribute says which video the DOM currently shows. */
export const WATCH_FLEXY = 'ytd-watch-flexy';
/** The video title heading under the player. */
export const TITLE = 'ytd-watch-metadata h1';
/** The channel name under the player (the link's text). */
export const CHANNEL = 'ytd-watch-metadata ytd-channel-name a, ytd-watch-metadata ytd-channel-name #text, #owner ytd-channel-name a';
/** Set on the main player while an ad plays in the same <video>. */
export const AD_SHOWING_CLASS = 'ad-showing';
/** Set on <html> while YouTube shows its dark theme. */
export const DARK_THEME_ATTRIBUTE = 'dark';
/** Fired by YouTube after it commits an in-page navigation (URL and DOM both updated). */
export const NAVIGATE_FINISH_EVENT = 'yt-navigate-finish';

/** The desktop seek bar: a slider whose aria-valuemax is the video's length in seconds. */
export const PROGRESS_BAR = '.ytp-progress-bar-container > .ytp-progress-bar';
/** One block per chapter in the seek bar, each with an inline px width and a margin-right gap. */
export const CHAPTER_BLOCK = '.ytp-chapters-container > .ytp-chapter-hover-container';
