// The sync's pacing of its passes: one at a time, at the soonest moment asked for.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPassScheduler } from '@/lib/background/pass-scheduler';

/** A pass that ends when the test says, counting how many ran and how many ever ran at once. */
function passes() {
  const ends: (() => void)[] = [];
  const counts = { started: 0, atOnce: 0, most: 0 };
  const pass = () => {
    counts.started += 1;
    counts.atOnce += 1;
    counts.most = Math.max(counts.most, counts.atOnce);
    return new Promise<void>((done) =>
      ends.push(() => {
        counts.atOnce -= 1;
        done();
      }),
    );
  };
  const endAll = async () => {
    while (ends.length > 0) {
      ends.shift()!();
      await vi.advanceTimersByTimeAsync(0);
    }
  };
  return { pass, counts, endAll };
}

/** Whether a promise has resolved, once the microtasks now queued have run. */
async function resolved(promise: Promise<void>) {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

beforeEach(() => vi.useFakeTimers({ now: new Date('2026-12-01T09:00:00Z') }));
afterEach(() => vi.useRealTimers());

describe('the sync pass scheduler', () => {
  it('runs a burst of asks as one pass, when the first ask said', async () => {
    const { pass, counts, endAll } = passes();
    const scheduler = createPassScheduler(pass);
    for (let i = 0; i < 5; i += 1) {
      scheduler.schedule(50);
      await vi.advanceTimersByTimeAsync(10);
    }
    expect(counts.started).toBe(1);
    await endAll();
    await vi.advanceTimersByTimeAsync(1000);
    expect(counts.started).toBe(1);
  });

  it('runs at the soonest moment asked for: a sooner ask brings the pass forward, a later one never puts it off', async () => {
    const { pass, counts, endAll } = passes();
    const scheduler = createPassScheduler(pass);
    scheduler.schedule(1000);
    scheduler.schedule(10);
    await vi.advanceTimersByTimeAsync(10);
    expect(counts.started).toBe(1);
    await endAll();

    scheduler.schedule(10);
    scheduler.schedule(1000);
    await vi.advanceTimersByTimeAsync(9);
    expect(counts.started).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(counts.started).toBe(2);
    await endAll();
    await vi.advanceTimersByTimeAsync(2000);
    expect(counts.started).toBe(2);
  });

  it('runs one pass at a time: asks while a pass runs are one more pass after it', async () => {
    const { pass, counts, endAll } = passes();
    const scheduler = createPassScheduler(pass);
    scheduler.schedule(0);
    await vi.advanceTimersByTimeAsync(0);
    for (let i = 0; i < 3; i += 1) {
      scheduler.schedule(0);
      await vi.advanceTimersByTimeAsync(5);
    }
    expect(counts).toMatchObject({ started: 1, atOnce: 1 });
    await endAll();
    expect(counts).toMatchObject({ started: 2, most: 1, atOnce: 0 });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(counts.started).toBe(2);
  });

  it('is settled once no pass is due or running, however often the due moment moved', async () => {
    const { pass, endAll } = passes();
    const scheduler = createPassScheduler(pass);
    await expect(resolved(scheduler.settled())).resolves.toBe(true);

    scheduler.schedule(1000);
    const settled = scheduler.settled();
    scheduler.schedule(10);
    await vi.advanceTimersByTimeAsync(10);
    expect(await resolved(settled), 'while the pass runs').toBe(false);
    await endAll();
    expect(await resolved(settled)).toBe(true);
  });

  it('once stopped, runs nothing more, and is settled', async () => {
    const { pass, counts } = passes();
    const scheduler = createPassScheduler(pass);
    scheduler.schedule(1000);
    const settled = scheduler.settled();
    scheduler.stop();
    expect(await resolved(settled)).toBe(true);
    scheduler.schedule(10);
    await vi.advanceTimersByTimeAsync(5000);
    expect(counts.started).toBe(0);
  });
});
