// npm run simulate [-- --runs N --seed S --workers W --steps MIN-MAX --path P]: many histories of three browsers sharing
// their saves through sync, with faults (tests/sim/world.ts), run in worker threads (worker i runs its share from seed
// S + i). Prints progress every few seconds, then how often each fault happened; fails if a history ends against the
// rule (tests/sim/judge.ts), or if a fault it claims to try never happened. A failing history prints its seed and path
// and shrinks to a small case: `--workers 1 --seed <its seed> --path <its path>` replays exactly that one.
// `npm run simulate` starts Node with `--single-threaded` (V8 runs no helper threads, so the two worker threads have the
// two cores to themselves) and `--max-semi-space-size=64` (fewer young collections): ~20 % faster here.
import fc from 'fast-check';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { Faults, FAULTS, type Fault } from './faults';
import { historyArbitrary, runHistory } from './world';

interface Share {
  runs: number;
  seed: number;
  minSteps: number;
  maxSteps: number;
  path?: string;
}
type Report =
  | { kind: 'progress'; histories: number; steps: number; faults: Record<Fault, number> }
  | { kind: 'failed'; histories: number; seed: number; message: string };

/** How often the main thread says where the run is, and how often a worker tells it. */
const PROGRESS_MS = 5_000;
const REPORT_MS = 1_000;

if (isMainThread) await main();
else await work(workerData as Share);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '20261202' },
      workers: { type: 'string', default: String(Math.min(2, availableParallelism())) },
      steps: { type: 'string', default: '5-25' },
      path: { type: 'string' },
    },
  });
  const runs = Number(values.runs);
  const seed = Number(values.seed);
  const workers = Math.max(1, Math.min(Number(values.workers), runs));
  const [minSteps, maxSteps] = values.steps.split('-').map(Number) as [number, number];
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  const number = (n: number) => n.toLocaleString('en');
  const latest = new Map<number, Extract<Report, { kind: 'progress' }>>();
  const sum = () => {
    const faults = new Faults();
    let [histories, steps] = [0, 0];
    for (const report of latest.values()) {
      histories += report.histories;
      steps += report.steps;
      faults.add(report.faults);
    }
    return { histories, steps, faults };
  };
  const progress = setInterval(() => {
    const { histories, faults } = sum();
    const seen = (Object.keys(FAULTS) as Fault[]).map((fault) => `${fault} ${number(faults.counts[fault])}`);
    console.log(`${number(histories)} of ${number(runs)} histories, ${seconds()} s; faults so far: ${seen.join(', ')}`);
  }, PROGRESS_MS);

  const failures: Extract<Report, { kind: 'failed' }>[] = [];
  const all: Worker[] = [];
  const running = Array.from({ length: workers }, (_, index) => {
    const share: Share = {
      runs: Math.floor(runs / workers) + Number(index < runs % workers),
      seed: seed + index,
      minSteps,
      maxSteps,
      ...(values.path !== undefined && { path: values.path }),
    };
    // The worker runs this same file. A worker thread does not inherit tsx's loader (privatenumber/tsx#354): it
    // registers it itself, then imports the file.
    const start = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); })`;
    const worker = new Worker(start, { eval: true, workerData: share });
    return new Promise<void>((resolve, reject) => {
      worker.on('message', (report: Report) => {
        if (report.kind === 'progress') latest.set(index, report);
        else {
          failures.push(report);
          // One failing history is enough: the other threads stop.
          for (const other of all) void other.terminate();
        }
      });
      worker.on('error', reject);
      worker.on('exit', () => resolve());
      all.push(worker);
    });
  });
  try {
    await Promise.all(running);
  } finally {
    clearInterval(progress);
  }

  const { histories, steps, faults } = sum();
  if (failures.length > 0) {
    for (const failure of failures) {
      console.error(`After ${number(failure.histories)} histories of the thread with seed ${failure.seed}:`);
      console.error(failure.message);
    }
    process.exitCode = 1;
    return;
  }
  console.log(
    `${number(histories)} histories (${number(steps)} steps, ${minSteps} to ${maxSteps} each after the first import, ` +
      `seeds ${seed} to ${seed + workers - 1}, ${workers} threads, ${seconds()} s): every one ended as the rule says.`,
  );
  console.table(
    Object.fromEntries(
      (Object.keys(FAULTS) as Fault[]).map((fault) => [fault, { times: faults.counts[fault], what: FAULTS[fault] }]),
    ),
  );
  const missing = faults.missing();
  if (histories < runs) {
    console.error(`Only ${number(histories)} of ${number(runs)} histories ran.`);
    process.exitCode = 1;
  }
  if (missing.length > 0) {
    console.error(`Never happened, so never tried: ${missing.join(', ')}.`);
    process.exitCode = 1;
  }
}

/** A worker thread: its share of the histories, reporting to the main thread as it goes. */
async function work({ runs, seed, minSteps, maxSteps, path }: Share): Promise<void> {
  const faults = new Faults();
  let [histories, steps] = [0, 0];
  let reported = performance.now();
  const report = () => parentPort!.postMessage({ kind: 'progress', histories, steps, faults: faults.counts });
  try {
    await fc.assert(
      fc.asyncProperty(historyArbitrary({ minSteps, maxSteps }), async (history) => {
        const outcome = await runHistory(history);
        histories++;
        steps += history.steps.length;
        faults.add(outcome.faults);
        if (performance.now() - reported >= REPORT_MS) {
          reported = performance.now();
          report();
        }
        if (outcome.problems.length > 0) throw new Error(outcome.problems.join('\n'));
      }),
      { numRuns: runs, seed, ...(path !== undefined && { path }), endOnFailure: false, includeErrorInReport: true },
    );
    report();
  } catch (error) {
    report();
    parentPort!.postMessage({
      kind: 'failed',
      histories,
      seed,
      message: error instanceof Error ? error.message : String(error),
    });
  }
}
