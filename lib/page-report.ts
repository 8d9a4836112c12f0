// Which of the talk page's features work on the page in front of the user, from what its content script found, and
// how to say it: a line for each feature that is down, and the plain-text report a user can send with a bug.
import type { StoredTranscript } from './model/captions';
import type { PageFeature, PagePart, PageReport } from './model/page-report';

/** The parts a feature needs (the title and channel are not: the page is recognised without them). */
type NeededPart = Exclude<PagePart, 'titleAndChannel'>;

/** What each feature needs of YouTube's page beyond the <video>. Slides need the player to tell an ad's frame apart. */
const NEEDS: Record<PageFeature, NeededPart[]> = {
  card: ['player'],
  marks: ['player', 'seekBar'],
  keys: [],
  slides: ['player'],
  ads: ['player'],
  talkWindow: [],
  windowButton: ['player', 'controls'],
};

/** Each feature as the user knows it, with the verb that goes with it. */
const LABELS: Record<PageFeature, string> = {
  card: 'The quote card is',
  marks: 'Marks on the seek bar are',
  keys: 'The talk’s keys (Alt+Shift+→, ←, R, F, W) are',
  slides: 'Slides are',
  ads: 'Telling ads from the talk is',
  talkWindow: 'The talk window is',
  windowButton: 'The talk window’s button on the player is',
};

/** Why a feature is down, by the first part it needs that was not found. */
const CHANGED: Record<NeededPart, string> = {
  player: 'YouTube’s player has changed',
  seekBar: 'YouTube’s seek bar has changed',
  controls: 'YouTube’s player controls have changed (Alt+Shift+W still opens the window)',
};

/** The user's switches that turn a feature off. */
export interface FeatureSwitches {
  cardEnabled?: boolean;
  marksEnabled?: boolean;
}

export type FeatureState =
  | { feature: PageFeature; state: 'on' | 'off' }
  | { feature: PageFeature; state: 'unavailable' | 'not here'; reason: string };

/** Why the talk window cannot open on a page, if it cannot. */
function windowNotHere(report: PageReport): string | undefined {
  if (report.kind === 'mobile') return 'not offered on YouTube’s mobile site';
  if (report.kind === 'embed') return 'opened from YouTube’s own page only, not from a player embedded in another';
  if (report.windowOpens === false) return 'not offered by this browser: it cannot open a picture-in-picture page';
}

/** The state of every feature on the page: down when a part it needs is missing, off when the user turned it off. */
export function featureStates(report: PageReport, switches: FeatureSwitches = {}): FeatureState[] {
  const noWindow = windowNotHere(report);
  // Where the window cannot open, its button is not said apart.
  const features = (Object.keys(NEEDS) as PageFeature[]).filter((feature) => !(noWindow && feature === 'windowButton'));
  return features.map((feature) => {
    if (report.kind === 'mobile' && (feature === 'marks' || feature === 'keys'))
      return { feature, state: 'not here', reason: 'not offered on YouTube’s mobile site' };
    if (feature === 'talkWindow' && noWindow) return { feature, state: 'not here', reason: noWindow };
    const missing = NEEDS[feature].find((part) => report.parts[part] === false);
    if (missing) return { feature, state: 'unavailable', reason: CHANGED[missing] };
    const off =
      (feature === 'card' && switches.cardEnabled === false) ||
      (feature === 'marks' && switches.marksEnabled === false);
    return { feature, state: off ? 'off' : 'on' };
  });
}

/** "Marks on the seek bar are unavailable: YouTube’s seek bar has changed." */
export function stateLine(state: FeatureState): string {
  const label = LABELS[state.feature];
  switch (state.state) {
    case 'on':
      return `${label} on.`;
    case 'off':
      return `${label} turned off.`;
    case 'not here':
      return `${label} ${state.reason}.`;
    case 'unavailable':
      return `${label} unavailable: ${state.reason}.`;
  }
}

/** What YouTube asks before it plays a video, by its playabilityStatus (any other is said as "does not play it here"). */
const NOT_PLAYED: Record<string, string> = {
  LOGIN_REQUIRED: 'YouTube asks you to sign in before it plays this video',
  AGE_CHECK_REQUIRED: 'YouTube asks you to confirm your age before it plays this video',
  ERROR: 'YouTube cannot play this video',
};

/** "YouTube asks you to sign in before it plays this video: “Sign in to confirm your age”." */
export function notPlayedLine({ status, reason }: NonNullable<PageReport['unplayable']>): string {
  const said = NOT_PLAYED[status] ?? 'YouTube does not play this video here';
  return reason ? `${said}: “${reason}”.` : `${said}.`;
}

/** The lines a view shows under its header: YouTube not playing the video, then each feature down on the page. */
export function downLines(report: PageReport | undefined): string[] {
  if (!report) return [];
  return [
    ...(report.unplayable ? [notPlayedLine(report.unplayable)] : []),
    ...featureStates(report)
      .filter((state) => state.state === 'unavailable')
      .map(stateLine),
  ];
}

const PART_NAMES: Record<PagePart, string> = {
  player: 'The player',
  seekBar: 'The seek bar',
  titleAndChannel: 'The title and channel under the player',
  controls: 'The player’s controls',
};

/** How the page was taken for the talk, in words. */
export function recognisedLine(report: PageReport): string {
  if (report.recognisedBy === 'id') return `Recognised by its video id (${report.videoId}).`;
  const from = report.titleFrom ? ` (read from the page’s ${report.titleFrom})` : '';
  return `Recognised by its title and channel${from}; video id ${report.videoId}.`;
}

/** Parts a kind of page does not have, or that nothing reads there. */
const NOT_READ: Record<PageReport['kind'], PagePart[]> = {
  desktop: [],
  mobile: ['seekBar', 'controls'],
  embed: ['titleAndChannel', 'controls'],
};

/** Each part the page is read for: found, not found, or still looked for (the player may build it late). */
export function partLines(report: PageReport): string[] {
  return (Object.keys(PART_NAMES) as PagePart[]).flatMap((part) => {
    // The controls are looked for only to hold the talk window's button.
    if (NOT_READ[report.kind].includes(part) || (part === 'controls' && report.windowOpens === false)) return [];
    const found = report.parts[part];
    const fallback = part === 'titleAndChannel' && report.titleFrom ? `: read from the ${report.titleFrom}` : '';
    const state = found === undefined ? 'still looked for' : found ? 'found' : `not found${fallback}`;
    return [`${PART_NAMES[part]}: ${state}.`];
  });
}

const localTime = (ms: number) => new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const isoTime = (ms: number) => new Date(ms).toISOString();

/** Which way the captions were read, and when (in the user's words, unless `time` says otherwise); or why there are none. */
export function captionsLine(transcript: StoredTranscript | undefined, time = localTime): string {
  if (!transcript) return 'Captions: not read yet.';
  const when = time(transcript.fetchedAt);
  if (transcript.status === 'none') return `Captions: none offered for this video (looked ${when}).`;
  if (transcript.status === 'unavailable')
    return `Captions: unavailable, ${transcript.reason ?? 'they could not be read'} (${when}).`;
  const way = transcript.source === 'panel' ? 'YouTube’s transcript panel' : 'the caption track';
  const track = transcript.track ? ` (${transcript.track.name})` : '';
  return `Captions: read from ${way}${track}, ${when}.`;
}

export interface ReportContext {
  /** The extension's version, and the browser's name and version. */
  version: string;
  browser: string;
  switches?: FeatureSwitches;
  transcript?: StoredTranscript;
  /** When the report was made (ms since epoch). */
  at: number;
}

const KIND_NAMES: Record<PageReport['kind'], string> = {
  desktop: 'the desktop site',
  mobile: 'the mobile site',
  embed: 'an embedded player',
};

/** The report "Copy report" copies: what a bug report needs, and nothing of the user's saves, notes or history. */
export function reportText(report: PageReport, context: ReportContext): string {
  return [
    `Talk Companion ${context.version} on ${context.browser}`,
    `YouTube page: ${KIND_NAMES[report.kind]}, ${isoTime(context.at)}`,
    '',
    recognisedLine(report),
    ...(report.unplayable ? [notPlayedLine(report.unplayable)] : []),
    ...partLines(report),
    captionsLine(context.transcript, isoTime),
    '',
    ...featureStates(report, context.switches).map(stateLine),
    '',
    'This report holds no saves, notes or history.',
  ].join('\n');
}
