// npm run simulate [-- --runs N --seed S]: many histories of three browsers sharing their saves through sync, with
// faults (tests/sim/browsers.ts). Prints what it ran; a failing history prints its seed and shrinks to a small case.
import fc from 'fast-check';
import { parseArgs } from 'node:util';
import { historyArbitrary, runHistory } from './browsers';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '10000' }, seed: { type: 'string', default: '20261202' } },
});
const runs = Number(values.runs);
const seed = Number(values.seed);
const counts = { histories: 0, steps: 0, diverged: 0, lost: 0, revived: 0, forgotten: 0 };
const started = performance.now();
const number = (n: number) => n.toLocaleString('en');

try {
  await fc.assert(
    fc.asyncProperty(historyArbitrary({ minSteps: 20, maxSteps: 120 }), async (history) => {
      const outcome = await runHistory(history);
      counts.histories++;
      counts.steps += history.steps.length;
      counts.diverged += Number(outcome.diverged);
      counts.lost += outcome.lost.length;
      counts.revived += outcome.revived.length;
      counts.forgotten += outcome.forgottenRemovals;
      return !outcome.diverged && outcome.lost.length === 0 && outcome.revived.length === 0;
    }),
    { numRuns: runs, seed, endOnFailure: false },
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${number(counts.histories)} histories (${number(counts.steps)} steps, seed ${seed}, ${seconds} s): ${counts.diverged} diverged, ${counts.lost} saves lost, ${counts.revived} removals undone.`,
  );
  console.log(
    `${number(counts.forgotten)} removals older than 30 days let an older copy back: the stated exception (a removal is forgotten after 30 days).`,
  );
} catch (error) {
  console.error(
    `After ${number(counts.histories)} histories (seed ${seed}): ${counts.diverged} diverged, ${counts.lost} saves lost, ${counts.revived} removals undone.`,
  );
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
