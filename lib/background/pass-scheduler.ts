// Runs one pass at a time, at the soonest moment asked for: a burst of asks is one pass, an ask while a pass runs is
// one more pass after it, and a failed pass is the caller's to retry.
export interface PassScheduler {
  /** Runs a pass in `delayMs`, unless one is due sooner. */
  schedule(delayMs: number): void;
  /** Resolves once no pass is due or running. */
  settled(): Promise<void>;
  /** Runs nothing more. */
  stop(): void;
}

export function createPassScheduler(pass: () => Promise<void>): PassScheduler {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dueAt = Infinity;
  let stopped = false;
  let running: Promise<void> | undefined;
  let again = false;
  // Resolves when the timer due fires: settled() waits on it without a timer of its own.
  let fired: { promise: Promise<void>; resolve: () => void } | undefined;

  const schedule = (delayMs: number) => {
    if (stopped || Date.now() + delayMs >= dueAt) return;
    clearTimeout(timer);
    dueAt = Date.now() + delayMs;
    if (!fired) {
      let resolve = () => {};
      const promise = new Promise<void>((done) => (resolve = done));
      fired = { promise, resolve };
    }
    timer = setTimeout(run, delayMs);
  };

  function run(): void {
    dueAt = Infinity;
    timer = undefined;
    fired?.resolve();
    fired = undefined;
    if (running) return void (again = true);
    running = pass().finally(() => {
      running = undefined;
      if (again) {
        again = false;
        schedule(0);
      }
    });
  }

  return {
    schedule,
    async settled() {
      while (running || fired) await (running ?? fired?.promise);
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      dueAt = Infinity;
      fired?.resolve();
      fired = undefined;
    },
  };
}
