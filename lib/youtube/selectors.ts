// Every YouTube selector the extension uses, each with what it finds. Nothing else knows YouTube's DOM.

/** The main player on watch pages (hover previews use #inline-preview-player, the same classes, another id). */
export const PLAYER = '#movie_player';
/** The talk's <video> inside the main player. */
export const MAIN_VIDEO = '#movie_player video.html5-main-video, #movie_player video';
/**
 * The talk's <video> where the main player is not found (renamed): inside the watch page's player slot, the mobile
 * site's player container, or the embed's page. Hover previews sit outside these.
 */
export const PLAYER_SLOT_VIDEO = 'ytd-watch-flexy #player video, ytm-watch #player-container-id video';
/**
 * The watch page's container; its video-id attribute says which video the DOM currently shows (ytd-watch-grid is the
 * spring 2024 layout, as Return YouTube Dislike reads both).
 */
export const WATCH_FLEXY = 'ytd-watch-flexy, ytd-watch-grid';
/** The video title under the player: its text inside the heading (maze-utils reads the same). */
export const TITLE = '#title h1 yt-formatted-string.ytd-watch-metadata';
/** The channel name under the player: the owner's link (maze-utils reads `ytd-channel-name a.yt-formatted-string`). */
export const CHANNEL = 'ytd-watch-metadata ytd-channel-name a.yt-formatted-string';
/**
 * m.youtube.com: the title under the player, read as the container's text (the class of the text node inside it
 * changed in April 2026, .yt-core-attributed-string to .ytAttributedStringHost).
 */
export const MOBILE_TITLE = '.slim-video-information-title';
/** m.youtube.com: the channel under the player, its name first, else the whole owner link's text. */
export const MOBILE_CHANNELS = [
  'ytm-slim-owner-renderer .slim-owner-channel-name',
  'ytm-slim-owner-renderer a.slim-owner-icon-and-title',
];
/**
 * The watch page's microdata, as YouTube serves it (`div#watch7-content[itemtype="http://schema.org/VideoObject"]`,
 * tests/fixtures/youtube/watch-microdata-2025-03.html): the video's id is its `identifier` (there is no `videoId`),
 * its name, and its author's name (a `link`; defuddle reads a `meta` there too). Written once per full page load:
 * after an in-page navigation it still names the first video.
 */
export const MICRODATA = {
  videoId: '[itemtype$="VideoObject"] > meta[itemprop="identifier"]',
  title: '[itemtype$="VideoObject"] > meta[itemprop="name"]',
  channel: '[itemprop="author"] link[itemprop="name"], [itemprop="author"] meta[itemprop="name"]',
};
/**
 * An embedded player's title: the title link of the classic embed, or the newer mobile-style embed's title (maze-utils
 * reads both). Its channel is not read: nothing recorded or read by a peer gives its name there.
 */
export const EMBED_TITLES = ['#movie_player a.ytp-title-link', '.ytmVideoInfoVideoTitle'];
/** Set on the main player while an ad plays in the same <video>. */
export const AD_SHOWING_CLASS = 'ad-showing';
/** Set on <html> while YouTube shows its dark theme. */
export const DARK_THEME_ATTRIBUTE = 'dark';
/** Fired on the document by YouTube's desktop site after it commits an in-page navigation (URL and DOM both updated). */
export const NAVIGATE_FINISH_EVENT = 'yt-navigate-finish';
/** Fired on window by m.youtube.com when an in-page navigation has finished: it fires no yt-navigate-finish. */
export const MOBILE_NAVIGATE_END_EVENT = 'state-navigateend';

/** The player's controls on the right (settings, full screen…), where the talk window's button goes (as SponsorBlock's). */
export const RIGHT_CONTROLS = '#movie_player .ytp-right-controls';
/** The desktop seek bar: a slider whose aria-valuemax is the video's length in seconds. */
export const PROGRESS_BAR = '.ytp-progress-bar-container > .ytp-progress-bar';
/** The seek bar's chapter blocks' container, and anything in it: YouTube rebuilds these, and the marks follow. */
export const CHAPTERS = '.ytp-chapters-container, .ytp-chapters-container *';
/** One block per chapter in the seek bar, each with an inline px width and a margin-right gap. */
export const CHAPTER_BLOCK = '.ytp-chapters-container > .ytp-chapter-hover-container';

/** The description's "Show transcript" button, which opens YouTube's transcript panel. */
export const TRANSCRIPT_BUTTON = 'ytd-video-description-transcript-section-renderer button';
/** YouTube's transcript panel (2026: PAmodern_transcript_view; before it, the searchable transcript), and whether it is open. */
export const TRANSCRIPT_PANEL =
  'ytd-engagement-panel-section-list-renderer[target-id="PAmodern_transcript_view"], ytd-engagement-panel-section-list-renderer[target-id="engagement-panel-searchable-transcript"]';
export const PANEL_OPEN = { attribute: 'visibility', value: 'ENGAGEMENT_PANEL_VISIBILITY_EXPANDED' };
/**
 * A line of the transcript, its time ("0:01") and its words, in the 2026 panel and the older one. The modern line's
 * accessibility label beside the time ("1 second", .ytwTranscriptSegmentViewModelTimestampA11yLabel) is not a word
 * said: only the words' own element is read. (Its inner class yt-core-attributed-string went stale in 2026.)
 */
export const TRANSCRIPT_LINES = [
  {
    line: 'transcript-segment-view-model',
    time: '.ytwTranscriptSegmentViewModelTimestamp',
    words: 'span.ytAttributedStringHost[role="text"]',
  },
  { line: 'ytd-transcript-segment-renderer', time: '.segment-timestamp', words: '.segment-text' },
];
