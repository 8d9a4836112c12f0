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

/**
 * `shown`: each browser's view at the end. `end`: the world's time then; `skew`: how far a browser's clock may be
 * ahead of it.
 */
export function judge(ledger: Entry[], shown: Map<string, string>[], end: number, skew: number): Verdict {
  const verdict: Verdict = { problems: [], expiredRevivals: 0 };
  const whats = new Set([...ledger.map((entry) => entry.what), ...shown.flatMap((view) => [...view.keys()])]);
  for (const what of whats) {
    const views = shown.map((view) => view.get(what) ?? NOTHING);
    const view = views[0]!;
    if (views.some((other) => other !== view)) {
      verdict.problems.push(`${what}: the browsers disagree: ${views.map(brief).join(' / ')}`);
      continue;
    }
    const changes = ledger.filter((entry) => entry.what === what);
    const last = Math.max(...changes.map((entry) => entry.at));
    const latest = changes.filter((entry) => entry.at === last);
    if (changes.length === 0 ? view === NOTHING : latest.some((entry) => entry.shows === view)) continue;
    const removedLongAgo = latest.every((entry) => entry.shows === NOTHING) && last < end + skew - THIRTY_DAYS;
    if (removedLongAgo && changes.some((entry) => entry.shows === view)) {
      verdict.expiredRevivals++;
      continue;
    }
    const wanted = latest
      .map((entry) => `${brief(entry.shows)} (browser ${entry.browser} at ${entry.at})`)
      .join(' or ');
    verdict.problems.push(`${what}: every browser shows ${brief(view)}, but the latest change made it ${wanted}`);
  }
  return verdict;
}
