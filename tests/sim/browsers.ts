// A seeded, deterministic simulation of several browsers that share the user's saves through the browser's sync. Each
// browser has its own clock (off by up to a few minutes), its own tables, merged by the real rule (planMerge), and its
// own storage.sync area, written by the real sync pass (pack, records, pacing). Chrome Sync between them is a server
// that keeps each item's last write and hands items out late, in part, or twice. Faults: sync unavailable for a
// while, the quota refused, a browser offline for days, the worker stopped mid-write (its write lost, its pacing
// forgotten). What a history must end in is written in `judge`, from an order of changes stated apart from the code.
import type { OwnTiming, Save, Tombstone } from '../../lib/model/save';
import type { LocalSide } from '../../lib/saves/sync/local';
import { localRecords, planMerge, type LocalSaves } from '../../lib/saves/sync/merge';
import { quotaBytes, BROWSER_LIMITS } from '../../lib/saves/sync/pack';
import { WRITE_LIMITS } from '../../lib/saves/sync/pacing';
import { syncPass, type SyncArea } from '../../lib/saves/sync/pass';
import { toWire, type SyncRecord } from '../../lib/saves/sync/records';
import { savedKey, TOMBSTONE_MS } from '../../lib/saves/tombstones';
import { MAX_SKEW, MINUTE, QUOTES, type Change, type History } from './history';

export { historyArbitrary, QUOTES, type History } from './history';

const TALK = 'talk';

// ---- The world: browsers, their sync areas, the server -------------------------------------------------------------

/** Another extension's data in sync: it leaves our saves room for a few records only, so sync carries them in part. */
const CROWD_KEY = 'someOtherExtension';
const CROWD = 'x'.repeat(BROWSER_LIMITS.totalBytes - 1_400);

const saveOf = (quoteId: string, at: number): Save => ({
  quoteId,
  talkId: TALK,
  savedAt: at,
  text: `words of ${quoteId}`,
  speaker: 'Ion Stoica',
  talkTitle: 'A talk',
  videoId: null,
  start: null,
  changedAt: at,
});

class SimBrowser {
  tables: LocalSaves = { saves: [], timings: [], tombstones: [] };
  /** This browser's storage.sync, as it holds it. */
  area = new Map<string, unknown>();
  /** Its writes not yet sent on to the server (undefined: removed). */
  unsent = new Map<string, unknown>();
  /** When its worker wrote to sync: forgotten when the worker stops. */
  writes: number[] = [];
  online = true;
  syncUp = true;
  stopping = false;

  /** The stamp of this browser's last change: two changes a user makes are never at the same millisecond. */
  private stamped = -Infinity;

  constructor(readonly clock: () => number) {}

  local: LocalSide = {
    readRecords: async (now) => localRecords(this.tables, now),
    applyArriving: async (arriving, now) => {
      const plan = planMerge(this.tables, arriving, now);
      const { saves, timings, tombstones } = this.tables;
      const put = <T extends { quoteId: string }>(rows: T[], added: T[], gone: string[]) => [
        ...rows.filter((row) => !gone.includes(row.quoteId) && !added.some((a) => a.quoteId === row.quoteId)),
        ...added,
      ];
      this.tables = {
        saves: put(saves, plan.putSaves, plan.deleteSaves),
        timings: put(timings, plan.putTimings, plan.deleteTimings),
        tombstones: [
          ...tombstones.filter(
            (t) => !plan.forgetTombstones.includes(t.key) && !plan.putTombstones.some((p) => p.key === t.key),
          ),
          ...plan.putTombstones,
        ],
      };
      return plan.changed;
    },
  };

  sync: SyncArea = {
    get: async () => {
      if (!this.syncUp) throw new Error('sync is not available');
      return Object.fromEntries(this.area);
    },
    set: async (items) => {
      if (!this.syncUp) throw new Error('sync is not available');
      if (this.stopping) throw new Error('the worker was stopped');
      const after = new Map([...this.area, ...Object.entries(items)]);
      const bytes = [...after].reduce((sum, [key, value]) => sum + quotaBytes(key) + quotaBytes(value), 0);
      if (bytes > BROWSER_LIMITS.totalBytes) throw new Error('QUOTA_BYTES quota exceeded');
      for (const [key, value] of Object.entries(items)) this.write(key, value);
    },
    remove: async (keys) => {
      if (!this.syncUp) throw new Error('sync is not available');
      if (this.stopping) throw new Error('the worker was stopped');
      for (const key of keys) this.write(key, undefined);
    },
  };

  write(key: string, value: unknown): void {
    if (value === undefined) this.area.delete(key);
    else this.area.set(key, value);
    this.unsent.set(key, value);
  }

  /** The user's change, as lib/saves makes it: stamped with this browser's clock. */
  change(change: Change, ledger: SyncRecord[]): void {
    const now = (this.stamped = Math.max(this.clock(), this.stamped + 1));
    const quoteId = QUOTES[change.quote]!;
    const t = this.tables;
    const forget = (key: string) => (t.tombstones = t.tombstones.filter((stone) => stone.key !== key));
    const remember = (key: string) => {
      forget(key);
      const stone: Tombstone = { key, removedAt: now };
      t.tombstones.push(stone);
      ledger.push({ key, at: now, removed: true });
    };
    const saved = t.saves.find((save) => save.quoteId === quoteId);
    const timed = t.timings.find((timing) => timing.quoteId === quoteId);
    if (change.kind === 'add' && !saved) {
      const save = saveOf(quoteId, now);
      t.saves.push(save);
      forget(savedKey('f', quoteId));
      ledger.push({ key: savedKey('f', quoteId), at: now, save });
    } else if (change.kind === 'remove' && saved) {
      t.saves = t.saves.filter((save) => save !== saved);
      remember(savedKey('f', quoteId));
    } else if (change.kind === 'note' && saved) {
      const noted: Save = { ...saved, note: change.text || undefined, noteAt: now, changedAt: now };
      if (noted.note === undefined) delete noted.note;
      t.saves = t.saves.map((save) => (save === saved ? noted : save));
      ledger.push({ key: savedKey('f', quoteId), at: now, save: noted });
    } else if (change.kind === 'pin') {
      const timing: OwnTiming = { quoteId, talkId: TALK, start: change.start, pinnedAt: now, changedAt: now };
      t.timings = [...t.timings.filter((row) => row.quoteId !== quoteId), timing];
      forget(savedKey('t', quoteId));
      ledger.push({ key: savedKey('t', quoteId), at: now, timing });
    } else if (change.kind === 'unpin' && timed) {
      t.timings = t.timings.filter((row) => row !== timed);
      remember(savedKey('t', quoteId));
    }
  }

  /** One pass of the real sync, as the background runs it; a failure leaves everything here as it was. */
  async pass(stopped: boolean): Promise<void> {
    this.stopping = stopped;
    try {
      await syncPass(this.local, this.sync, this.writes, WRITE_LIMITS, this.clock);
    } catch {
      // Retried at a later pass, as the background retries.
    } finally {
      if (stopped) this.writes = [];
      this.stopping = false;
    }
  }
}

export interface Outcome {
  diverged: boolean;
  /** Saves whose latest change is an add, missing (or not as last changed) in some browser at the end. */
  lost: string[];
  /** Removals not yet forgotten whose save is back in some browser at the end. */
  revived: string[];
  /** Removals older than TOMBSTONE_MS (forgotten) whose older save came back: the stated exception. */
  forgottenRemovals: number;
}

/** Runs a history, then heals the world (all online, sync up, room in sync) and lets it settle; judges the end. */
export async function runHistory({ skews, steps }: History): Promise<Outcome> {
  let time = Date.UTC(2026, 11, 1);
  const browsers = skews.map((skew) => new SimBrowser(() => time + skew));
  const server = new Map<string, unknown>();
  const ledger: SyncRecord[] = [];
  const upload = (b: SimBrowser) => {
    if (!b.online) return;
    for (const [key, value] of b.unsent) {
      if (value === undefined) server.delete(key);
      else server.set(key, value);
    }
    b.unsent.clear();
  };
  const deliver = (b: SimBrowser, some: number | null) => {
    if (!b.online) return;
    const keys = new Set([
      ...server.keys(),
      ...[...b.area.keys()].filter((key) => key !== CROWD_KEY && !b.unsent.has(key)),
    ]);
    [...keys].sort().forEach((key, index) => {
      if (some !== null && !((some >> (index % 8)) & 1)) return;
      if (b.unsent.has(key)) return; // its own write, not yet sent, stands
      const value = server.get(key);
      if (value === undefined) b.area.delete(key);
      else b.area.set(key, value);
    });
  };

  for (const step of steps) {
    if (step.kind === 'tick') time += step.ms;
    else {
      const b = browsers[step.browser]!;
      if (step.kind === 'change') b.change(step.change, ledger);
      else if (step.kind === 'pass') await b.pass(step.stopped);
      else if (step.kind === 'upload') upload(b);
      else if (step.kind === 'deliver') deliver(b, step.some);
      else if (step.kind === 'offline' || step.kind === 'online') b.online = step.kind === 'online';
      else if (step.kind === 'syncDown' || step.kind === 'syncUp') b.syncUp = step.kind === 'syncUp';
      else if (step.kind === 'crowd') b.area.set(CROWD_KEY, CROWD);
      else b.area.delete(CROWD_KEY);
    }
  }

  // Healing: every browser back, sync up, room in it; passes, uploads and deliveries until nothing changes.
  for (const b of browsers) Object.assign(b, { online: true, syncUp: true }).area.delete(CROWD_KEY);
  let settled = false;
  for (let round = 0; round < 12 && !settled; round++) {
    const state = () => JSON.stringify([browsers.map((b) => [b.tables, [...b.area], [...b.unsent]]), [...server]]);
    const before = state();
    time += 2 * MINUTE;
    for (const b of browsers) {
      deliver(b, null);
      await b.pass(false);
      upload(b);
    }
    settled = state() === before;
  }
  return judge(browsers, ledger, time, settled);
}

// ---- The end a history must reach ---------------------------------------------------------------------------------

/**
 * The order of changes, stated here apart from the code's `wins`: the later stamp wins; at the same stamp a save beats
 * a removal; two different saves at the same stamp are ordered by their content, the same way in every browser.
 */
function later(a: SyncRecord, b: SyncRecord): boolean {
  if (a.at !== b.at) return a.at > b.at;
  const aRemoved = 'removed' in a;
  if (aRemoved !== 'removed' in b) return !aRemoved;
  return JSON.stringify(toWire(a)) > JSON.stringify(toWire(b));
}

const heldBy = (b: SimBrowser, now: number) =>
  new Map([...localRecords(b.tables, now)].filter(([, record]) => !('removed' in record)));
const same = (a: SyncRecord | undefined, b: SyncRecord | undefined) =>
  JSON.stringify(a && toWire(a)) === JSON.stringify(b && toWire(b));

function judge(browsers: SimBrowser[], ledger: SyncRecord[], now: number, settled: boolean): Outcome {
  const held = browsers.map((b) => heldBy(b, b.clock()));
  const text = (records: Map<string, SyncRecord>) =>
    JSON.stringify(
      [...records.values()].map(toWire).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    );
  const diverged = !settled || held.some((records) => text(records) !== text(held[0]!));
  const latest = new Map<string, SyncRecord>();
  for (const record of ledger) {
    const seen = latest.get(record.key);
    if (!seen || later(record, seen)) latest.set(record.key, record);
  }
  const outcome: Outcome = { diverged, lost: [], revived: [], forgottenRemovals: 0 };
  for (const [key, record] of latest) {
    if (!('removed' in record)) {
      if (held.some((records) => !same(records.get(key), record))) outcome.lost.push(key);
    } else if (held.some((records) => records.has(key))) {
      // Forgotten after TOMBSTONE_MS (by the end, in a browser whose clock is ahead): an older copy still held somewhere
      // (a browser long offline, an item not rewritten since) may come back. The stated exception.
      if (record.at < now - TOMBSTONE_MS + MAX_SKEW) outcome.forgottenRemovals++;
      else outcome.revived.push(key);
    }
  }
  return outcome;
}
