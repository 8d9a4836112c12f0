// A seeded, deterministic world of several browsers that share the user's saves through the browser's sync, running the
// extension's own code: each browser is a real database (Dexie on fake-indexeddb) changed by the one writer's
// functions, and synced by the real sync pass against a `storage.sync` that keeps Chrome's limits (sync-storage.ts).
// Chrome Sync between them is a server that keeps each item's last write and hands items out late, in part, or
// twice. Each browser has its own clock, off by up to a few minutes. Within a browser things happen at once, as in its
// worker: the user's changes while a pass runs, two views' changes together, the worker stopped in the middle of any
// of them. What a history must end in: judge.ts.
import './own-thread';
import './plain-clone';
import 'fake-indexeddb/auto';
import { AsyncLocalStorage } from 'node:async_hooks';
import Dexie, { type DBCoreMutateRequest } from 'dexie';
import { TalkDatabase } from '../../lib/db/database';
import type { OwnTiming, Save } from '../../lib/model/save';
import type { StoredTalk } from '../../lib/model/talk';
import { savesJson } from '../../lib/saves/export-file';
import { databaseSide } from '../../lib/saves/sync/local';
import { WRITE_LIMITS } from '../../lib/saves/sync/pacing';
import { syncPass } from '../../lib/saves/sync/pass';
import { readSyncItems } from '../../lib/saves/sync/items';
import type { SyncStatus } from '../../lib/saves/sync/status';
import { importSavesFile } from '../../lib/saves/write/import';
import { setNote } from '../../lib/saves/write/notes';
import { removeSave, setSaved } from '../../lib/saves/write/saves';
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
  type Stop,
} from './history';
import {
  brief,
  judge,
  judgeFull,
  NOTHING,
  pinnedAs,
  savedAs,
  shownBy,
  showsPin,
  showsSave,
  tiedStamps,
  type Entry,
} from './judge';
import { jsonOf, OTHER_EXTENSION, SyncStorage } from './sync-storage';

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

/** What a task of a browser's worker runs with: its moment, the worker it runs in, and a change's own writes. */
interface Running {
  at: number;
  browser: SimBrowser;
  /** Which start of the worker the task began in: one stopped since has nothing more to run. */
  life: number;
  writes?: { table: string; request: DBCoreMutateRequest }[];
}
const running = new AsyncLocalStorage<Running>();
/**
 * Which task each transaction is of. Inside a transaction Dexie runs its callbacks from its own scheduler, where the
 * async context is whichever task scheduled first: there the transaction (Dexie's zone carries it) says whose it is.
 */
const taskOfTransaction = new WeakMap<object, Running>();
const taskNow = () => {
  const transaction = Dexie.currentTransaction as { idbtrans?: object } | null;
  return (transaction?.idbtrans && taskOfTransaction.get(transaction.idbtrans)) ?? running.getStore();
};
const realNow = Date.now;
// The writers stamp their changes with Date.now(): each task reads its own browser's moment, whatever runs beside it.
Date.now = () => taskNow()?.at ?? realNow();

/** Lets the event loop turn `turns` times: fake-indexeddb does one step of a transaction a turn. */
const turns = async (count: number) => {
  for (let turn = 0; turn < count; turn++) await new Promise((resolve) => setImmediate(resolve));
};

const STOPPED = 'the worker was stopped';
/** The errors a browser's sync gives: the pass fails, and the background tries again later. */
const SYNC_FAILURE = /quota exceeded|sync is not available/;
/**
 * A task cut short by the worker stopping: a transaction it had open aborted (Dexie says so as an AbortError, or as a
 * BulkError or ModifyError whose failures are), or it asked for more after.
 */
const stoppedBy = (error: unknown): boolean => {
  if (!(error instanceof Error)) return false;
  const { inner, failures, failuresByPos } = error as { inner?: unknown; failures?: unknown; failuresByPos?: unknown };
  return (
    error.name === 'AbortError' ||
    error.message.includes(STOPPED) ||
    stoppedBy(inner) ||
    [...(Array.isArray(failures) ? failures : []), ...Object.values(failuresByPos ?? {})].some(stoppedBy)
  );
};

let opened = 0;
/** Which browser a database is now, and the databases no world uses: opening three afresh per history took ~8 ms. */
const owners = new WeakMap<TalkDatabase, SimBrowser>();
const free: TalkDatabase[] = [];

/** A database for `browser`: one a closed world left, emptied, or a new one. */
function databaseFor(browser: SimBrowser): TalkDatabase {
  const db = free.pop() ?? watchedDatabase();
  owners.set(db, browser);
  return db;
}

/** The tables written since a database was last emptied: only they need emptying. */
const writtenTables = new WeakMap<TalkDatabase, Set<string>>();

/** Empties a database and leaves it for the next world. */
async function release(db: TalkDatabase): Promise<void> {
  owners.delete(db);
  const tables = db.tables.filter((table) => writtenTables.get(db)?.has(table.name));
  if (tables.length > 0) await db.transaction('rw', tables, () => Promise.all(tables.map((table) => table.clear())));
  writtenTables.delete(db);
  free.push(db);
}

/**
 * A database whose owner (the browser it is now) sees what is done to it: its read-write transactions open (to abort
 * them when the worker stops), every write (a change's own go to its ledger), and each transaction tagged with the
 * task that opened it (the call is made in the task's own context). One asked for by a task of a stopped worker is
 * refused: that worker runs nothing more.
 */
function watchedDatabase(): TalkDatabase {
  const db = new TalkDatabase(`sim-${++opened}`);
  db.use({
    stack: 'dbcore',
    name: 'simulated-worker',
    create: (down) => ({
      ...down,
      transaction: (stores, mode, options) => {
        const transaction = down.transaction(stores, mode, options) as unknown as IDBTransaction;
        const owner = owners.get(db);
        if (owner && mode === 'readwrite') {
          owner.open.add(transaction);
          const done = () => owner.open.delete(transaction);
          for (const end of ['complete', 'abort', 'error']) transaction.addEventListener(end, done);
        }
        return transaction as never;
      },
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) => {
            writtenTables.set(db, (writtenTables.get(db) ?? new Set()).add(name));
            const owner = owners.get(db);
            if (owner) owner.mutations++;
            taskOfTransaction.get(request.trans)?.writes?.push({ table: name, request });
            return table.mutate(request);
          },
        };
      },
    }),
  });
  const open = db.transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
  Object.assign(db, {
    transaction: (...args: unknown[]) => {
      const task = running.getStore();
      if (owners.get(db)?.alive() === false) return Promise.reject(new Error(STOPPED));
      const scope = args.at(-1) as () => unknown;
      return open(...args.slice(0, -1), () => {
        const idbtrans = (Dexie.currentTransaction as { idbtrans?: object } | null)?.idbtrans;
        if (idbtrans && task && !taskOfTransaction.has(idbtrans)) taskOfTransaction.set(idbtrans, task);
        return scope();
      });
    },
  });
  return db;
}

class SimBrowser {
  readonly db: TalkDatabase;
  readonly storage: SyncStorage;
  /** When this worker wrote to sync: forgotten when the worker stops. */
  writes: number[] = [];
  /** What the last pass said of sync (the Saved list shows it). */
  status: SyncStatus | undefined;
  online = true;
  offlineSince: number | null = null;
  /** The worker's start: a stop ends every task of the one before. */
  life = 0;
  /** The stamp of this browser's last change: two changes a user makes are never at the same millisecond. */
  private stamped = -Infinity;
  /** Read-write transactions open now: a stopped worker's are aborted. */
  readonly open = new Set<IDBTransaction>();
  private passing = false;
  private changing = 0;
  /** Writes to this browser's database so far: a world has settled when a round of passes makes none. */
  mutations = 0;

  constructor(
    readonly index: number,
    private readonly skew: number,
    private readonly world: World,
  ) {
    this.db = databaseFor(this);
    this.storage = new SyncStorage(
      () => world.time,
      world.faults,
      () => this.alive(),
    );
  }

  clock = () => this.world.time + this.skew;

  /** Whether the task asking runs in this worker's current life (a task of another browser, or none, always may). */
  alive(): boolean {
    const task = running.getStore();
    return task?.browser !== this || task.life === this.life;
  }

  /** Runs `work` as a task of this browser's worker, at `at`. */
  private task<T>(at: number, work: () => Promise<T>, writes?: Running['writes']): Promise<T> {
    return running.run({ at, browser: this, life: this.life, ...(writes && { writes }) }, work);
  }

  /**
   * The user's change, made through the extension's one writer on what the view shows now. `alone`: nothing else runs
   * in this browser, so its effect is checked against what the user asked for. Its ledger entries are what it wrote.
   */
  async change(change: Change, alone: boolean): Promise<void> {
    if (!alone) {
      if (this.passing) this.world.faults.count('changeDuringPass');
      if (this.changing > 0) this.world.faults.count('concurrentEdits');
    }
    this.changing++;
    const at = (this.stamped = Math.max(this.clock(), this.stamped + 1));
    const writes: NonNullable<Running['writes']> = [];
    try {
      const view = await this.task(at, () => shownBy(this.db));
      const expected = await this.task(at, () => this.make(change, view), writes);
      const made = ledgerOf(writes, this.db);
      this.world.ledger.push(...[...made].map(([what, shows]) => ({ what, browser: this.index, at, shows })));
      if (alone) await this.checkEffect(change, view, expected, made);
    } catch (error) {
      // The worker stopped in the middle: the change was never made, and the user was never told it was.
      if (!stoppedBy(error)) throw error;
    } finally {
      this.changing--;
    }
  }

  /** Makes the change on what `view` shows; resolves with what each thing it changes must show after. */
  private async make(change: Change, view: Map<string, string>): Promise<Map<string, string>> {
    const at = Date.now();
    const quoteId = quoteOf('quote' in change ? change.quote : change.quotes[0]!);
    const expected = new Map<string, string>();
    const saved = view.get(savedAs(quoteId));
    if (change.kind === 'star') {
      // The star asks for the opposite of what it shows.
      expected.set(savedAs(quoteId), saved ? NOTHING : showsSave(at, undefined));
      await setSaved(this.db, TALK.id, quoteId, !saved);
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
    } else if (change.kind === 'unpin' && view.has(pinnedAs(quoteId))) {
      expected.set(pinnedAs(quoteId), NOTHING);
      await unpinTiming(this.db, quoteId);
    } else if (change.kind === 'import') {
      const file = exportFile(change, at - 3 * DAY);
      // Only what is not here yet comes in: a save or a timing here stays as it is.
      for (const save of file.saves)
        if (!view.has(savedAs(save.quoteId))) expected.set(savedAs(save.quoteId), showsSave(save.savedAt, save.note));
      for (const timing of file.timings)
        if (!view.has(pinnedAs(timing.quoteId))) expected.set(pinnedAs(timing.quoteId), showsPin(timing.start));
      await importSavesFile(this.db, file.text);
    }
    return expected;
  }

  /** With nothing else running: the browser shows what the user asked for, changed nothing else, and wrote what it shows. */
  private async checkEffect(
    change: Change,
    before: Map<string, string>,
    expected: Map<string, string>,
    made: Map<string, string>,
  ): Promise<void> {
    const after = await this.task(this.clock(), () => shownBy(this.db));
    const quoteId = quoteOf('quote' in change ? change.quote : change.quotes[0]!);
    const named = change.kind === 'import' ? 'an import' : `${change.kind} of ${quoteId}`;
    for (const what of new Set([...before.keys(), ...after.keys(), ...expected.keys(), ...made.keys()])) {
      const wanted = expected.get(what) ?? before.get(what) ?? NOTHING;
      const shows = after.get(what) ?? NOTHING;
      if (shows !== wanted)
        this.world.problems.push(
          `browser ${this.index}, ${named}: ${what} shows ${brief(shows)}, not ${brief(wanted)}`,
        );
      else if (made.has(what) && made.get(what) !== shows)
        this.world.problems.push(`browser ${this.index}, ${named}: ${what} was written ${brief(made.get(what))}`);
    }
  }

  /** One pass of the real sync, as the background runs it; a failure of sync leaves the database as it was. */
  async pass(stop: Stop, crowd: boolean): Promise<void> {
    Object.assign(this.storage, { stop, crowd });
    this.passing = true;
    const writes: NonNullable<Running['writes']> = [];
    try {
      const outcome = await this.task(
        this.clock(),
        () => syncPass(databaseSide(this.db), this.storage, this.writes, WRITE_LIMITS, this.clock),
        writes,
      );
      if ('status' in outcome) this.status = outcome.status;
      const removed = [...ledgerOf(writes, this.db)].filter(
        ([what, shows]) => what.startsWith('saved') && shows === NOTHING,
      );
      if (removed.length > 0) this.world.faults.count('arrivingRemovals', removed.length);
    } catch (error) {
      if (error instanceof Error && SYNC_FAILURE.test(error.message))
        this.status = { state: 'waiting', reason: error.message, retryAt: this.clock() + MINUTE };
      // Stopped by sync's own step (during its set or remove): the worker goes, as at any stop. Stopped by a halt
      // already made: nothing more.
      else if (error instanceof Error && error.message.startsWith(`${STOPPED} during`)) this.halt();
      else if (!stoppedBy(error)) throw error;
    } finally {
      this.passing = false;
      Object.assign(this.storage, { stop: null, crowd: false });
      if ([...this.storage.items.keys()].filter((key) => key !== OTHER_EXTENSION).length > 1)
        this.world.faults.count('severalItems');
    }
  }

  /**
   * The browser stops the worker, now, whatever it is doing: every transaction open aborts (nothing half-written),
   * every task of it ends, and what it held in memory is gone. The next event starts it again.
   */
  halt(): void {
    let aborted = 0;
    for (const transaction of this.open) {
      try {
        transaction.abort();
        aborted++;
      } catch {
        // Finished meanwhile: nothing to abort.
      }
    }
    this.open.clear();
    if (aborted > 0) this.world.faults.count('stoppedInTransaction');
    this.life++;
    this.writes = [];
  }
}

/** What a change's writes make each save and timing show: its last write to each. */
function ledgerOf(writes: NonNullable<Running['writes']>, db: TalkDatabase): Map<string, string> {
  const made = new Map<string, string>();
  for (const { table, request } of writes) {
    const name = table === db.saves.name ? savedAs : table === db.timings.name ? pinnedAs : undefined;
    if (!name) continue;
    if (request.type === 'delete') for (const key of request.keys) made.set(name(String(key)), NOTHING);
    if (request.type === 'add' || request.type === 'put')
      for (const row of request.values as (Save | OwnTiming)[])
        made.set(
          name(row.quoteId),
          'savedAt' in row ? showsSave(row.savedAt, row.note) : showsPin((row as OwnTiming).start),
        );
  }
  return made;
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
    await Promise.all(this.browsers.map((b) => release(b.db)));
  }

  async step(step: Step): Promise<void> {
    if (step.kind === 'tick') return void (this.time += step.ms);
    const b = this.browsers[step.browser]!;
    if (step.kind === 'change') await b.change(step.change, true);
    else if (step.kind === 'pass') await b.pass(step.stop, step.crowd);
    else if (step.kind === 'busy') await this.busy(b, step);
    else if (step.kind === 'burst') await this.burst(b, step.count);
    else if (step.kind === 'upload') this.upload(b);
    else if (step.kind === 'deliver') this.deliver(b, step.some);
    else if (step.kind === 'crowd') b.storage.crowdWith(step.bytes);
    else if (step.kind === 'syncDown' || step.kind === 'syncUp') b.storage.up = step.kind === 'syncUp';
    else if (step.kind === 'offline') {
      b.online = false;
      b.offlineSince ??= this.time;
    } else this.online(b);
  }

  /** Everything a busy moment holds, at once: each part starts at its turn of the event loop, and all run to their end. */
  private async busy(b: SimBrowser, step: Extract<Step, { kind: 'busy' }>): Promise<void> {
    if (step.arrival) this.deliver(b, null);
    const at = async (turn: number, work: () => unknown) => {
      await turns(turn);
      await work();
    };
    await Promise.all([
      ...(step.pass ? [b.pass(null, false)] : []),
      ...step.changes.map(({ change, after }) => at(after, () => b.change(change, false))),
      ...(step.halt === null ? [] : [at(step.halt, () => b.halt())]),
    ]);
  }

  /**
   * Stars as fast as the user presses, a pass after each, the worker stopped and started again before every pass: each
   * start forgets the writes the one before counted, so the passes write faster than sync takes.
   */
  private async burst(b: SimBrowser, count: number): Promise<void> {
    for (let n = 0; n < count; n++) {
      this.time += 300;
      await b.change({ kind: 'star', quote: n % QUOTE_COUNT }, true);
      b.halt();
      await b.pass(null, false);
    }
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
      .filter((key) => jsonOf(this.server.get(key)) !== jsonOf(b.storage.items.get(key)))
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

  /**
   * Brings every browser online with sync up, and lets it settle: healed, with no other data in sync; or full, with
   * the same other data in every browser's sync (as the browser's sync would carry it), so the saves do not all fit.
   */
  async settle(ending: History['ending'], rounds = 12): Promise<boolean> {
    for (const b of this.browsers) {
      this.online(b);
      b.storage.up = true;
      b.storage.write(OTHER_EXTENSION, undefined);
      if (ending.kind === 'full') b.storage.crowdWith(ending.fullBytes);
    }
    // Settled: a round in which no browser wrote to sync or to its database, and after which every browser's sync holds
    // what the server does (two browsers that overwrite each other's writes round after round have not settled, though
    // each round ends as the one before).
    const written = () => this.browsers.reduce((sum, b) => sum + b.storage.writesLanded + b.mutations, 0);
    for (let round = 0; round < rounds; round++) {
      const before = written();
      this.time += 2 * MINUTE;
      for (const b of this.browsers) {
        this.deliver(b, null);
        await b.pass(null, false);
        this.upload(b);
      }
      // Uploaded this round but not yet handed to every browser: not settled.
      if (written() === before && this.browsers.every((b) => !this.differs(b))) return true;
    }
    return false;
  }

  /** What a browser signing in now would show: the saves and timings sync carries, and nothing else. */
  private async carried(fullBytes: number): Promise<Map<string, string>> {
    const probe = new SimBrowser(this.browsers.length, 0, this);
    try {
      await probe.db.talks.put(TALK);
      for (const [key, value] of this.server) probe.storage.items.set(key, structuredClone(value));
      probe.storage.crowdWith(fullBytes);
      await probe.pass(null, false);
      return await shownBy(probe.db);
    } finally {
      await release(probe.db);
    }
  }

  /** Judges what every browser shows now against the ledger, and, when sync is full, what it carries. */
  async judge(settled: boolean, ending: History['ending']): Promise<Outcome> {
    const shown = await Promise.all(this.browsers.map((b) => shownBy(b.db)));
    this.faults.count('tiedStamps', tiedStamps(this.ledger));
    // Full: a browser says it holds saves back, or sync carries the mark that something (an own timing, say) is.
    const marked = readSyncItems(Object.fromEntries(this.server), this.time, () => undefined).heldBack !== undefined;
    const full =
      ending.kind === 'full' &&
      (marked || this.browsers.some((b) => b.status?.state === 'on' && b.status.carried < b.status.total));
    if (full) this.faults.count('fullSync');
    const verdict = full
      ? judgeFull(
          this.ledger,
          shown,
          await this.carried(ending.fullBytes),
          this.browsers.map((b) => b.status),
          this.time,
          MAX_SKEW,
        )
      : judge(this.ledger, shown, this.time, MAX_SKEW);
    this.faults.count('expiredRemovals', verdict.expiredRevivals);
    return {
      problems: [...this.problems, ...(settled ? [] : ['sync never settled']), ...verdict.problems],
      faults: this.faults,
      expiredRevivals: verdict.expiredRevivals,
    };
  }
}

/** Runs a history, brings the world online and lets it settle (healed, or full); judges the end. */
export async function runHistory({ skews, steps, ending }: History): Promise<Outcome> {
  const world = await World.open(skews);
  try {
    for (const step of steps) await world.step(step);
    return await world.judge(await world.settle(ending), ending);
  } finally {
    await world.close();
  }
}
