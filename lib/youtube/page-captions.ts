// Runs in the page's own world, where YouTube's player is. When the content script asks whether YouTube plays a video,
// it answers from the player's response at once. When it asks for a video's captions it tries, in turn, the ways
// YouTube gives them in late 2026 (lib/captions/README.md), and hands back the first that gives words:
// 1. the player's track URL: at once if it does not ask for the proof-of-origin token (no `exp=xpe`), else once it
//    carries the token (waited for a few seconds; never fetched without it: timedtext answers that with an empty 200
//    after a stall);
// 2. the player's own caption request, which carries the token: already made if the user has captions on, else asked
//    of the player, and the user's caption setting put back as it was.
// Asked for a translation, it reads the same track the same ways, with `tlang` (YouTube translates it).
// YouTube's transcript panel, the third way, is page DOM, read by the talk module (transcript-panel.ts). This does
// nothing until asked, and then only until it has answered: a few requests at most, no retry loop.
import type { CaptionsFetched, CaptionsWay, CaptionTrack, TranslationFetched } from '../model/captions';
import { chooseTrack, json3Url, needsToken } from '../captions/tracks';
import {
  captionTracksOf,
  offeredInResponse,
  translationLanguagesOf,
  unplayableIn,
  videoIdOfResponse,
  type OfferedTrack,
  type Unplayable,
} from './player-response';
import { PLAYER } from './selectors';

export const CAPTIONS_WANTED = 'talk-companion:captions-wanted';
export const CAPTIONS_FOUND = 'talk-companion:captions-found';
export const PLAYABILITY_WANTED = 'talk-companion:playability-wanted';
export const PLAYABILITY_FOUND = 'talk-companion:playability-found';
export const TRANSLATION_WANTED = 'talk-companion:translation-wanted';
export const TRANSLATION_FOUND = 'talk-companion:translation-found';

interface Player extends Element {
  getVideoData?(): { video_id?: string } | undefined;
  /** The player's innertube response: read where the methods above are gone (player-response.ts). */
  getPlayerResponse?(): unknown;
  getAudioTrack?(): { captionTracks?: OfferedTrack[] } | undefined;
  getOption?(module: string, option: string): { languageCode?: string } | undefined;
  setOption?(module: string, option: string, value: object): void;
  loadModule?(module: string): void;
  unloadModule?(module: string): void;
}

const POLL_MS = 250;
/** The player names its video this soon after an in-page navigation, or never will. */
const PLAYER_WAIT_MS = 10_000;
/** asbplayer (2026-08) waits 5 s for a track URL that carries the token. */
const TOKEN_WAIT_MS = 5_000;
/** The player makes its own caption request this soon after captions are switched on. */
const PLAYER_REQUEST_WAIT_MS = 5_000;
/** Only YouTube's own timedtext is ever fetched: a path on this origin, or one of YouTube's hosts (nocookie's too). */
const TIMEDTEXT = /^(https:\/\/((www|m)\.youtube|www\.youtube-nocookie)\.com)?\/api\/timedtext\?/;

const hasToken = (url: string) => /[?&]pot=[^&]/.test(url);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `read`'s first answer, asked every POLL_MS for up to `ms`. */
async function until<T>(read: () => T | undefined, ms: number): Promise<T | undefined> {
  for (let waited = 0; ; waited += POLL_MS) {
    const value = read();
    if (value !== undefined || waited >= ms) return value;
    await sleep(POLL_MS);
  }
}

/** The tracks the player offers: from its audio track, else (that method gone) from its player response. */
const tracksOf = (player: Player): CaptionTrack[] =>
  captionTracksOf(
    player.getAudioTrack
      ? (player.getAudioTrack()?.captionTracks ?? [])
      : offeredInResponse(player.getPlayerResponse?.()),
  );

/** The player's timedtext requests for this video, oldest first, as the page's resource timings list them. */
const playerRequests = (videoId: string) =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => TIMEDTEXT.test(url) && new URL(url).searchParams.get('v') === videoId);
/** A request of the player's for this video that carries the token: made when captions are on. */
const playerRequest = (videoId: string) => playerRequests(videoId).findLast(hasToken);

/**
 * Switches the player's captions on for a moment so that it makes its own request (the user had them off), then back
 * off: the user's setting is left as it was. Resolves with the request's URL, if the player made one.
 */
async function askPlayer(player: Player, languageCode: string, videoId: string): Promise<string | undefined> {
  if (!player.loadModule || !player.setOption) return undefined;
  const wasOn = Boolean(player.getOption?.('captions', 'track')?.languageCode);
  const before = playerRequests(videoId).length;
  if (!wasOn) {
    player.loadModule('captions');
    player.setOption('captions', 'track', { languageCode });
  }
  try {
    // Its next request, with the token or (then it gives none) without.
    const made = await until(() => playerRequests(videoId)[before], PLAYER_REQUEST_WAIT_MS);
    return made && hasToken(made) ? made : undefined;
  } finally {
    if (!wasOn) {
      player.setOption('captions', 'track', {});
      player.unloadModule?.('captions');
    }
  }
}

/** The player, once it names this video: after in-page navigation it reports the previous one for a moment. */
const playerOf = (doc: Document, videoId: string) =>
  until(() => {
    const found = doc.querySelector<Player>(PLAYER);
    const shows = found?.getVideoData
      ? found.getVideoData()?.video_id
      : videoIdOfResponse(found?.getPlayerResponse?.());
    return shows === videoId ? found! : undefined;
  }, PLAYER_WAIT_MS);

/** Why YouTube does not play the video, as its player's response says; null when it plays (or never said). */
export async function readPlayability(doc: Document, videoId: string): Promise<Unplayable | null> {
  const player = await playerOf(doc, videoId);
  return (player && unplayableIn(player.getPlayerResponse?.())) ?? null;
}

/** The player of this video and the track to read, or what is found instead. */
async function chosenTrack(
  doc: Document,
  videoId: string,
): Promise<Exclude<CaptionsFetched, { outcome: 'track' }> | { player: Player; track: CaptionTrack }> {
  const player = await playerOf(doc, videoId);
  if (!player) return { outcome: 'failed', reason: 'the player never said which captions it offers' };
  // A video YouTube does not play has no captions to give: said at once, not after a wait for a token.
  const unplayable = unplayableIn(player.getPlayerResponse?.());
  if (unplayable) return { outcome: 'failed', reason: `YouTube does not play this video here (${unplayable.status})` };
  const chosen = chooseTrack(tracksOf(player));
  if (!chosen) return { outcome: 'none' };
  if (!TIMEDTEXT.test(chosen.url))
    return { outcome: 'failed', reason: 'the player offered captions from somewhere other than YouTube' };
  return { player, track: chosen };
}

/**
 * A track's words, the ways YouTube gives them tried in turn (see above); `language`: YouTube's translation into it
 * (`tlang`, as youtube-transcript-api and yt-dlp ask), by the same ways and the same token.
 */
async function readTrack(
  doc: Document,
  player: Player,
  videoId: string,
  track: CaptionTrack,
  language?: string,
): Promise<{ body: string; way: CaptionsWay } | { problem: string }> {
  let problem = language
    ? 'YouTube gave an empty translation'
    : 'YouTube gave its captions to no one without its token';
  const fetchTrack = async (from: string): Promise<string> => {
    const asked = new URL(json3Url(from, doc.location.origin));
    // asbplayer's PR #978: without the client's name timedtext may answer empty.
    if (!asked.searchParams.has('c'))
      asked.searchParams.set(
        'c',
        String(
          (doc.defaultView as { ytcfg?: { get?(key: string): unknown } } | null)?.ytcfg?.get?.(
            'INNERTUBE_CLIENT_NAME',
          ) ?? 'WEB',
        ),
      );
    if (language) asked.searchParams.set('tlang', language);
    try {
      const response = await fetch(asked.href);
      if (response.ok) return await response.text();
      problem = `YouTube answered ${response.status}`;
    } catch (error) {
      problem = `the captions could not be fetched (${String(error)})`;
    }
    return '';
  };

  // 1. The track's own URL: as it is if it needs no token, else once the player has minted its token. A request of the
  // player's that carries it (the user's captions are on) ends the wait too (null: no track URL, go on).
  const tokenedTrack = () =>
    tracksOf(player).find(
      (offered) => offered.vssId === track.vssId && (hasToken(offered.url) || !needsToken(offered.url)),
    )?.url;
  const tokened = await until(() => tokenedTrack() ?? (playerRequest(videoId) ? null : undefined), TOKEN_WAIT_MS);
  const fromTrack = tokened ? await fetchTrack(tokened) : '';
  if (fromTrack) return { body: fromTrack, way: 'track' };
  // 2. The player's own request: made already if captions are on, else asked for.
  const own = playerRequest(videoId) ?? (await askPlayer(player, track.languageCode, videoId));
  const fromPlayer = own ? await fetchTrack(own) : '';
  if (fromPlayer) return { body: fromPlayer, way: 'player' };
  return { problem };
}

export async function readCaptions(doc: Document, videoId: string): Promise<CaptionsFetched> {
  const chosen = await chosenTrack(doc, videoId);
  if ('outcome' in chosen) return chosen;
  const { url: _url, ...track } = chosen.track;
  const read = await readTrack(doc, chosen.player, videoId, chosen.track);
  if (!('body' in read)) return { outcome: 'failed', reason: read.problem };
  const languages = translationLanguagesOf(chosen.player.getPlayerResponse?.());
  return { outcome: 'track', track, body: read.body, way: read.way, ...(languages.length > 0 && { languages }) };
}

/** YouTube's translation of the track the captions are read from, into `language`. */
export async function readTranslation(doc: Document, videoId: string, language: string): Promise<TranslationFetched> {
  const chosen = await chosenTrack(doc, videoId);
  if ('outcome' in chosen) return chosen.outcome === 'none' ? { outcome: 'untranslatable' } : chosen;
  const response = chosen.player.getPlayerResponse?.();
  const languages = translationLanguagesOf(response);
  // The player's own list may not say whether a track is translated; its response does.
  const listed = captionTracksOf(offeredInResponse(response)).find((track) => track.vssId === chosen.track.vssId);
  const offered = languages.length === 0 || languages.some((offer) => offer.code === language);
  if (chosen.track.translatable === false || listed?.translatable === false || !offered)
    return { outcome: 'untranslatable' };
  const read = await readTrack(doc, chosen.player, videoId, chosen.track, language);
  return 'body' in read ? { outcome: 'track', body: read.body } : { outcome: 'failed', reason: read.problem };
}

/** Answers the content script's requests until stopped (the returned function; the page's life in use). */
export function servePlayerCaptions(doc: Document = document): () => void {
  const serve = <T extends object>(wanted: string, found: string, read: (videoId: string) => Promise<T | null>) => {
    const listener = (event: Event) => {
      const videoId = (event as CustomEvent<unknown>).detail;
      if (typeof videoId !== 'string') return;
      // The detail is a JSON string: a string crosses between the page's world and the content script's in every
      // browser.
      void read(videoId).then((answer) =>
        doc.dispatchEvent(new CustomEvent(found, { detail: JSON.stringify({ videoId, answer }) })),
      );
    };
    doc.addEventListener(wanted, listener);
    return () => doc.removeEventListener(wanted, listener);
  };
  const stops = [
    serve(CAPTIONS_WANTED, CAPTIONS_FOUND, (videoId) => readCaptions(doc, videoId)),
    serve(PLAYABILITY_WANTED, PLAYABILITY_FOUND, (videoId) => readPlayability(doc, videoId)),
    // Asked as `videoId|language`, and answered under the same key.
    serve(TRANSLATION_WANTED, TRANSLATION_FOUND, (key) => {
      const [videoId = '', language = ''] = key.split('|');
      return readTranslation(doc, videoId, language);
    }),
  ];
  return () => stops.forEach((stop) => stop());
}
