// What every browser must show once sync has settled, stated here on its own: it takes nothing from the extension's
// merge, its records or its constants. A ledger holds each change the user made, in which browser, at which moment of
// that browser's clock, and what that browser showed right after it. The rule:
//
// - Of all the changes made to one quote's save (or to its own timing), the latest wins: every browser shows what the
//   browser that made it showed right after. Two changes at the same moment: either may win, as long as every browser
//   shows the same one.
// - A removal keeps older copies out for 30 days. Once a removal is older than that, an older copy still held
//   somewhere (a browser long offline) may come back: the one stated exception.
// - Nothing is ever shown that no change made.
//
// When sync is full (the saves no longer all fit), it carries the newest: a browser signing in shows only those, and
// every save it does not show is no newer than every save it does. Each browser keeps all of its own, says truly how
// many of them sync carries ("N of M"), and shows the latest change of every save sync carries, as above; a save sync
// does not carry still shows, in the browser that made its latest change, as that change made it.
import type { TalkDatabase } from '../../lib/db/database';
import { readOwnTimings, readSaves } from '../../lib/db/reads';

/** A removal is remembered this long. */
const THIRTY_DAYS = 30 * 24 * 60 * 60 * 1000;

/** What a quote shows when it has no save, or no timing. */
export const NOTHING = 'nothing';
export const savedAs = (quoteId: string) => `saved ${quoteId}`;
export const pinnedAs = (quoteId: string) => `pinned ${quoteId}`;
/** A save as the Saved list shows it: when it was starred (its place in the list), and its note. */
export const showsSave = (savedAt: number, note: string | undefined) => JSON.stringify({ savedAt, note: note ?? null });
export const showsPin = (start: number) => `at ${start} s`;

/** What a quote shows, short enough to read in a failure. */
export const brief = (shows: string | undefined) =>
  shows && shows.length > 90 ? `${shows.slice(0, 60)}…(${shows.length} characters)` : String(shows);

export interface Entry {
  /** `saved q3`, `pinned q3`. */
  what: string;
  browser: number;
  /** By the clock of the browser that made the change. */
  at: number;
  shows: string;
}

/** What a browser's views show: read through the popup's own reads, as `what` → what it shows. */
export async function shownBy(db: TalkDatabase): Promise<Map<string, string>> {
  const [{ saved }, timings] = await Promise.all([readSaves(db), readOwnTimings(db)]);
  return new Map([
    ...saved.map((save) => [savedAs(save.quoteId), showsSave(save.savedAt, save.note)] as const),
    ...[...timings].map(([quoteId, start]) => [pinnedAs(quoteId), showsPin(start)] as const),
  ]);
}

export interface Verdict {
  /** What breaks the rule, in words; empty when it holds. */
  problems: string[];
  /** Removals past their 30 days that an older copy came back over: the stated exception, counted. */
  expiredRevivals: number;
}

/** The changes made to `what`, and the latest of them (several, if tied). */
function changesTo(ledger: Entry[], what: string) {
  const changes = ledger.filter((entry) => entry.what === what);
  const last = Math.max(...changes.map((entry) => entry.at));
  return { changes, latest: changes.filter((entry) => entry.at === last), last };
}

/** Whether `view` is what the latest change to `what` made (or, past a removal's 30 days, an older change: counted). */
function rightFor(ledger: Entry[], what: string, view: string, end: number, skew: number, verdict: Verdict): boolean {
  const { changes, latest, last } = changesTo(ledger, what);
  if (changes.length === 0 ? view === NOTHING : latest.some((entry) => entry.shows === view)) return true;
  const removedLongAgo = latest.every((entry) => entry.shows === NOTHING) && last < end + skew - THIRTY_DAYS;
  if (removedLongAgo && changes.some((entry) => entry.shows === view)) {
    verdict.expiredRevivals++;
    return true;
  }
  const wanted = latest.map((entry) => `${brief(entry.shows)} (browser ${entry.browser} at ${entry.at})`).join(' or ');
  verdict.problems.push(`${what}: shows ${brief(view)}, but the latest change made it ${wanted}`);
  return false;
}

/** Every browser shows the same of `what`, and it is what the latest change made. */
function agreeOn(ledger: Entry[], what: string, views: string[], end: number, skew: number, verdict: Verdict): void {
  const view = views[0]!;
  if (views.some((other) => other !== view))
    verdict.problems.push(`${what}: the browsers disagree: ${views.map(brief).join(' / ')}`);
  else rightFor(ledger, what, view, end, skew, verdict);
}

const everything = (ledger: Entry[], shown: Map<string, string>[]) =>
  new Set([...ledger.map((entry) => entry.what), ...shown.flatMap((view) => [...view.keys()])]);

/**
 * `shown`: each browser's view at the end. `end`: the world's time then; `skew`: how far a browser's clock may be
 * ahead of it.
 */
export function judge(ledger: Entry[], shown: Map<string, string>[], end: number, skew: number): Verdict {
  const verdict: Verdict = { problems: [], expiredRevivals: 0 };
  for (const what of everything(ledger, shown))
    agreeOn(
      ledger,
      what,
      shown.map((view) => view.get(what) ?? NOTHING),
      end,
      skew,
      verdict,
    );
  return verdict;
}

/** What a browser's Saved list says of sync: as the status it keeps has it. */
export type SaidOfSync = { state: 'on'; carried: number; total: number } | { state: string } | undefined;

/**
 * Sync full, judged. `carried`: what a browser signing in now shows (what sync carries). `said`: what each browser says
 * of sync. The latest change made to each thing sync carries shows everywhere; the rest stay where they were made.
 */
export function judgeFull(
  ledger: Entry[],
  shown: Map<string, string>[],
  carried: Map<string, string>,
  said: SaidOfSync[],
  end: number,
  skew: number,
): Verdict {
  const verdict: Verdict = { problems: [], expiredRevivals: 0 };
  const saves = (view: Map<string, string>) => [...view].filter(([what]) => what.startsWith('saved '));
  /** When the change that made what a browser shows of `what` was made. */
  const madeAt = (what: string, view: string) =>
    Math.max(...ledger.filter((entry) => entry.what === what && entry.shows === view).map((entry) => entry.at));
  const carriedSaves = saves(carried);
  const oldestCarried = Math.min(...carriedSaves.map(([what, view]) => madeAt(what, view)));
  shown.forEach((view, browser) => {
    const own = saves(view);
    const status = said[browser];
    const truly = { state: 'on', carried: carriedSaves.length, total: own.length };
    if (JSON.stringify(status) !== JSON.stringify(truly))
      verdict.problems.push(`browser ${browser} says sync is ${JSON.stringify(status)}, not ${JSON.stringify(truly)}`);
    for (const [what, shows] of own)
      if (!carried.has(what) && madeAt(what, shows) > oldestCarried)
        verdict.problems.push(
          `browser ${browser}: ${what} (made at ${madeAt(what, shows)}) stays out of sync, which carries an older save (made at ${oldestCarried})`,
        );
  });
  for (const what of everything(ledger, [...shown, carried])) {
    const views = shown.map((view) => view.get(what) ?? NOTHING);
    if (carried.has(what)) {
      agreeOn(ledger, what, [...views, carried.get(what)!], end, skew, verdict);
      continue;
    }
    // Not carried: the browser that made the latest change shows what it made; no browser shows what no change made.
    const { latest } = changesTo(ledger, what);
    if (latest.length > 0 && !latest.some((entry) => views[entry.browser] === entry.shows))
      rightFor(ledger, what, views[latest[0]!.browser]!, end, skew, verdict);
    views.forEach((view, browser) => {
      if (view !== NOTHING && !ledger.some((entry) => entry.what === what && entry.shows === view))
        verdict.problems.push(`browser ${browser}: ${what} shows ${brief(view)}, which no change made`);
    });
  }
  return verdict;
}

/** How many changes share the very moment of another change to the same thing: ties, which either may win. */
export function tiedStamps(ledger: Entry[]): number {
  const seen = new Map<string, number>();
  for (const entry of ledger) seen.set(`${entry.what}@${entry.at}`, (seen.get(`${entry.what}@${entry.at}`) ?? 0) + 1);
  return [...seen.values()].filter((count) => count > 1).reduce((sum, count) => sum + count - 1, 0);
}
