// A seeded, deterministic world of several browsers that share the user's saves through the browser's sync, running the
// extension's own code: each browser is a real database (Dexie on fake-indexeddb) changed by the one writer's
// functions, and synced by the real sync pass against a `storage.sync` that keeps Chrome's limits (sync-storage.ts).
// Chrome Sync between them is a server that keeps each item's last write and hands items out late, in part, or
// twice. Each browser has its own clock, off by up to a few minutes. What a history must end in: judge.ts.
import 'fake-indexeddb/auto';
import { TalkDatabase } from '../../lib/db/database';
import type { StoredTalk } from '../../lib/model/talk';
import { savesJson } from '../../lib/saves/export-file';
import { databaseSide } from '../../lib/saves/sync/local';
import { WRITE_LIMITS } from '../../lib/saves/sync/pacing';
import { syncPass } from '../../lib/saves/sync/pass';
import { importSavesFile } from '../../lib/saves/write/import';
import { setNote } from '../../lib/saves/write/notes';
import { removeSave, toggleSave } from '../../lib/saves/write/saves';
import { pinTiming, unpinTiming } from '../../lib/saves/write/timings';
import { Faults } from './faults';
import {
  DAY,
  LONG_NOTE,
  MAX_SKEW,
  MINUTE,
  QUOTE_COUNT,
  quoteOf,
  type Change,
  type History,
  type Step,
} from './history';
import { brief, judge, NOTHING, pinnedAs, savedAs, shownBy, showsPin, showsSave, type Entry } from './judge';
import { OTHER_EXTENSION, SyncStorage } from './sync-storage';

export { historyArbitrary } from './history';

const VIDEO = 'xBRK227talk';
const TALK: StoredTalk = {
  id: 'brk227',
  code: 'BRK227',
  title: 'Distributed systems to AI platforms',
  themes: [],
  speakers: [{ name: 'Ion Stoica' }],
  videoIds: [VIDEO],
  sources: [],
  chapters: [],
  quotes: Array.from({ length: QUOTE_COUNT }, (_, n) => ({
    id: quoteOf(n),
    talkId: 'brk227',
    text: `Words of quote ${n}, as said on stage.`,
    speaker: 'Ion Stoica',
    topics: [],
    start: n % 3 === 0 ? null : n * 50,
    sources: [],
  })),
};

/** Runs `work` with the browser's clock standing at `moment`: the writers stamp their changes with Date.now(). */
async function atMoment<T>(moment: number, work: () => Promise<T>): Promise<T> {
  const real = Date.now;
  Date.now = () => moment;
  try {
    return await work();
  } finally {
    Date.now = real;
  }
}

/** The errors a browser's sync gives: the pass fails, and the background tries again later. */
const SYNC_FAILURE = /quota exceeded|sync is not available|the worker was stopped/;

let opened = 0;

class SimBrowser {
  readonly db = new TalkDatabase(`sim-${++opened}`);
  readonly storage: SyncStorage;
  /** When this worker wrote to sync: forgotten when the worker stops. */
  writes: number[] = [];
  online = true;
  offlineSince: number | null = null;
  /** The stamp of this browser's last change: two changes a user makes are never at the same millisecond. */
  private stamped = -Infinity;

  constructor(
    readonly index: number,
    private readonly skew: number,
    private readonly world: World,
  ) {
    this.storage = new SyncStorage(() => world.time, world.faults);
  }

  clock = () => this.world.time + this.skew;

  /** The user's change, made through the extension's writers; resolves with what it made, as the ledger records it. */
  async change(change: Change): Promise<Entry[]> {
    const before = await shownBy(this.db);
    const at = (this.stamped = Math.max(this.clock(), this.stamped + 1));
    const quoteId = quoteOf('quote' in change ? change.quote : change.quotes[0]!);
    const expected = new Map<string, string>();
    await atMoment(at, async () => {
      const saved = before.get(savedAs(quoteId));
      if (change.kind === 'star') {
        expected.set(savedAs(quoteId), saved ? NOTHING : showsSave(at, undefined));
        await toggleSave(this.db, TALK.id, quoteId);
      } else if (change.kind === 'remove' && saved) {
        expected.set(savedAs(quoteId), NOTHING);
        await removeSave(this.db, quoteId);
      } else if (change.kind === 'note' && saved) {
        // Over 2,000 characters a note is refused whole; one of only spaces is no note.
        if (change.text.length <= 2000)
          expected.set(
            savedAs(quoteId),
            showsSave(JSON.parse(saved).savedAt, change.text.trim() ? change.text : undefined),
          );
        await setNote(this.db, quoteId, change.text);
      } else if (change.kind === 'pin') {
        expected.set(pinnedAs(quoteId), showsPin(change.start));
        await pinTiming(this.db, TALK.id, quoteId, change.start);
      } else if (change.kind === 'unpin' && before.has(pinnedAs(quoteId))) {
        expected.set(pinnedAs(quoteId), NOTHING);
        await unpinTiming(this.db, quoteId);
      } else if (change.kind === 'import') {
        const file = exportFile(change, at - 3 * DAY);
        // Only what is not here yet comes in: a save or a timing here stays as it is.
        for (const save of file.saves)
          if (!before.has(savedAs(save.quoteId)))
            expected.set(savedAs(save.quoteId), showsSave(save.savedAt, save.note));
        for (const timing of file.timings)
          if (!before.has(pinnedAs(timing.quoteId))) expected.set(pinnedAs(timing.quoteId), showsPin(timing.start));
        await importSavesFile(this.db, file.text);
      }
    });
    const after = await shownBy(this.db);
    for (const what of new Set([...before.keys(), ...after.keys(), ...expected.keys()])) {
      const wanted = expected.get(what) ?? before.get(what) ?? NOTHING;
      if ((after.get(what) ?? NOTHING) !== wanted)
        this.world.problems.push(
          `browser ${this.index}, ${change.kind === 'import' ? 'an import' : `${change.kind} of ${quoteId}`}: ${what} shows ${brief(after.get(what))}, not ${brief(wanted)}`,
        );
    }
    return [...expected].map(([what, shows]) => ({ what, browser: this.index, at, shows }));
  }

  /** One pass of the real sync, as the background runs it; a failure of sync leaves the database as it was. */
  async pass({ stop, crowd }: Extract<Step, { kind: 'pass' }>): Promise<void> {
    Object.assign(this.storage, { stop, crowd });
    try {
      await atMoment(this.clock(), () =>
        syncPass(databaseSide(this.db), this.storage, this.writes, WRITE_LIMITS, this.clock),
      );
    } catch (error) {
      if (!(error instanceof Error && SYNC_FAILURE.test(error.message))) throw error;
      // A stopped worker's next start knows nothing of its writes; any other failure is tried again later.
      if (error.message.includes('stopped')) this.writes = [];
    } finally {
      Object.assign(this.storage, { stop: null, crowd: false });
      if ([...this.storage.items.keys()].filter((key) => key !== OTHER_EXTENSION).length > 1)
        this.world.faults.count('severalItems');
    }
  }
}

/** An export file made on another day, with these quotes saved and pinned, read as the user would pick it. */
function exportFile({ quotes, noted, pins }: Extract<Change, { kind: 'import' }>, madeAt: number) {
  const saves = quotes.map((n, order) => ({
    quoteId: quoteOf(n),
    talkId: TALK.id,
    savedAt: madeAt - order * MINUTE,
    text: TALK.quotes[n]!.text,
    speaker: 'Ion Stoica',
    talkTitle: TALK.title,
    videoId: VIDEO,
    start: TALK.quotes[n]!.start,
    ...(noted && { note: n % 3 === 0 ? LONG_NOTE : `From my notes on ${n}`, noteAt: madeAt }),
  }));
  const timings = pins.map((n) => ({ quoteId: quoteOf(n), talkId: TALK.id, start: 100 + n, pinnedAt: madeAt }));
  return { saves, timings, text: savesJson(saves, timings, new Date(madeAt)) };
}

export interface Outcome {
  /** What broke the rule (judge.ts) or a change's own effect, in words; empty when the history ended as it must. */
  problems: string[];
  faults: Faults;
  /** Removals past their 30 days that an older copy came back over: the stated exception. */
  expiredRevivals: number;
}

export class World {
  time = Date.UTC(2026, 11, 1);
  readonly faults = new Faults();
  readonly problems: string[] = [];
  readonly ledger: Entry[] = [];
  readonly server = new Map<string, unknown>();
  readonly browsers: SimBrowser[];

  private constructor(skews: number[]) {
    this.browsers = skews.map((skew, index) => new SimBrowser(index, skew, this));
  }

  static async open(skews: number[]): Promise<World> {
    const world = new World(skews);
    await Promise.all(world.browsers.map((b) => b.db.talks.put(TALK)));
    return world;
  }

  async close(): Promise<void> {
    await Promise.all(this.browsers.map((b) => b.db.delete()));
  }

  async step(step: Step): Promise<void> {
    if (step.kind === 'tick') return void (this.time += step.ms);
    const b = this.browsers[step.browser]!;
    if (step.kind === 'change') this.ledger.push(...(await b.change(step.change)));
    else if (step.kind === 'pass') await b.pass(step);
    else if (step.kind === 'upload') this.upload(b);
    else if (step.kind === 'deliver') this.deliver(b, step.some);
    else if (step.kind === 'crowd') b.storage.crowdWith(step.bytes);
    else if (step.kind === 'syncDown' || step.kind === 'syncUp') b.storage.up = step.kind === 'syncUp';
    else if (step.kind === 'offline') {
      b.online = false;
      b.offlineSince ??= this.time;
    } else this.online(b);
  }

  private online(b: SimBrowser): void {
    const away = this.time - (b.offlineSince ?? this.time);
    if (away >= DAY && (b.storage.unsent.size > 0 || this.differs(b))) this.faults.count('offlineForDays');
    b.online = true;
    b.offlineSince = null;
  }

  /** Chrome Sync sends what the browser wrote on to the server. */
  private upload(b: SimBrowser): void {
    if (!b.online) return;
    for (const [key, value] of b.storage.unsent) {
      if (value === undefined) this.server.delete(key);
      else this.server.set(key, value);
    }
    b.storage.unsent.clear();
  }

  /** The keys of ours where the server and the browser's sync differ (its own writes not yet sent stand). */
  private changedFor(b: SimBrowser): string[] {
    const keys = new Set([...this.server.keys(), ...b.storage.items.keys()]);
    return [...keys]
      .filter((key) => key !== OTHER_EXTENSION && !b.storage.unsent.has(key))
      .filter((key) => JSON.stringify(this.server.get(key)) !== JSON.stringify(b.storage.items.get(key)))
      .sort();
  }

  private differs = (b: SimBrowser) => this.changedFor(b).length > 0;

  /** Chrome Sync hands the browser the server's items: all, or those `some` picks out. */
  private deliver(b: SimBrowser, some: number | null): void {
    if (!b.online) return;
    const changed = this.changedFor(b);
    const handed = changed.filter((_, index) => some === null || (some >> (index % 8)) & 1);
    if (handed.length > 0 && handed.length < changed.length) this.faults.count('partialDelivery');
    for (const key of handed) {
      const value = this.server.get(key);
      if (value === undefined) b.storage.items.delete(key);
      else b.storage.items.set(key, structuredClone(value));
    }
  }

  /** Heals the world (every browser online, sync up, no other extension's data) and lets it settle. */
  async settle(rounds = 12): Promise<boolean> {
    for (const b of this.browsers) {
      this.online(b);
      b.storage.up = true;
      b.storage.write(OTHER_EXTENSION, undefined);
    }
    for (let round = 0; round < rounds; round++) {
      const before = await this.state();
      this.time += 2 * MINUTE;
      for (const b of this.browsers) {
        this.deliver(b, null);
        await b.pass({ kind: 'pass', browser: b.index, stop: null, crowd: false });
        this.upload(b);
      }
      if ((await this.state()) === before) return true;
    }
    return false;
  }

  private async state(): Promise<string> {
    const shown = await Promise.all(this.browsers.map((b) => shownBy(b.db)));
    return JSON.stringify([
      shown.map((view) => [...view]),
      this.browsers.map((b) => [[...b.storage.items], [...b.storage.unsent]]),
      [...this.server],
    ]);
  }

  /** Judges what every browser shows now against the ledger. */
  async judge(settled: boolean): Promise<Outcome> {
    const shown = await Promise.all(this.browsers.map((b) => shownBy(b.db)));
    const verdict = judge(this.ledger, shown, this.time, MAX_SKEW);
    this.faults.count('expiredRemovals', verdict.expiredRevivals);
    return {
      problems: [...this.problems, ...(settled ? [] : ['sync never settled']), ...verdict.problems],
      faults: this.faults,
      expiredRevivals: verdict.expiredRevivals,
    };
  }
}

/** Runs a history, heals the world and lets it settle; judges the end. */
export async function runHistory({ skews, steps }: History): Promise<Outcome> {
  const world = await World.open(skews);
  try {
    for (const step of steps) await world.step(step);
    return await world.judge(await world.settle());
  } finally {
    await world.close();
  }
}
