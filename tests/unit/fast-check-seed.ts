// The properties run on a fixed seed, so `npm test` is the same run every time; FC_SEED=random (or a number) explores
// others. A failure prints its seed and the case it shrank to.
import fc from 'fast-check';

const chosen = process.env.FC_SEED;
if (chosen !== 'random') fc.configureGlobal({ seed: chosen ? Number(chosen) : 20261202 });
