import fc from 'fast-check';

/**
 * Property tests run with a fixed seed in CI and a fresh one elsewhere; fast-check prints the
 * seed and the shrunk counterexample on failure, and `FC_SEED=<seed> npm test` replays it.
 */
const fromEnv = process.env.FC_SEED;
const seed =
  fromEnv !== undefined ? Number(fromEnv) : process.env.CI ? 20261122 : Date.now() % 2 ** 31;
const numRuns = process.env.FC_RUNS !== undefined ? Number(process.env.FC_RUNS) : 100;

fc.configureGlobal({ seed, numRuns });
