// npm run simulate [-- --runs N --seed S]: many histories of three browsers sharing their saves through sync, with
// faults (tests/sim/world.ts). Prints what it ran and how often each fault happened; fails if a history ends against
// the rule (tests/sim/judge.ts), or if a fault it claims to try never happened. A failing history prints its seed and
// shrinks to a small case.
import fc from 'fast-check';
import { parseArgs } from 'node:util';
import { Faults, FAULTS, type Fault } from './faults';
import { historyArbitrary, runHistory } from './world';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '10000' }, seed: { type: 'string', default: '20261202' } },
});
const runs = Number(values.runs);
const seed = Number(values.seed);
const faults = new Faults();
let histories = 0;
let steps = 0;
const started = performance.now();
const number = (n: number) => n.toLocaleString('en');

try {
  await fc.assert(
    fc.asyncProperty(historyArbitrary({ minSteps: 20, maxSteps: 120 }), async (history) => {
      const outcome = await runHistory(history);
      histories++;
      steps += history.steps.length;
      faults.add(outcome.faults);
      if (outcome.problems.length > 0) throw new Error(outcome.problems.join('\n'));
    }),
    { numRuns: runs, seed, endOnFailure: false, includeErrorInReport: true },
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${number(histories)} histories (${number(steps)} steps, seed ${seed}, ${seconds} s): every one ended as the rule says.`,
  );
  console.table(
    Object.fromEntries(
      (Object.keys(FAULTS) as Fault[]).map((fault) => [fault, { times: faults.counts[fault], what: FAULTS[fault] }]),
    ),
  );
  const missing = faults.missing();
  if (missing.length > 0) {
    console.error(`Never happened, so never tried: ${missing.join(', ')}.`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(`After ${number(histories)} histories (seed ${seed}):`);
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
