import { defineConfig } from 'vitest/config';

/**
 * The tests Stryker runs against mutants (stryker.config.mjs): those of the folders being
 * mutated only (`MUTATION_TEST_FOLDERS`, default money and rules), with fast-check's seed fixed
 * so that a mutant's verdict is the same on every run, and 20 runs per property instead of 100:
 * a surviving mutant runs every test that covers it, and the rules' property tests would
 * otherwise take most of an hour-long run on the 2-core development machine.
 */
const folders = (process.env.MUTATION_TEST_FOLDERS ?? 'money,rules').split(',');

export default defineConfig({
  test: {
    include: folders.map((folder) => `test/${folder}/**/*.test.ts`),
    exclude: ['node_modules/**', '.stryker-tmp/**', 'reports/**'],
    setupFiles: ['test/_setup/fastCheck.ts'],
    env: { FC_SEED: '20261122', FC_RUNS: '20' },
    pool: 'threads',
  },
});
