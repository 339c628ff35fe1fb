// @ts-check
/**
 * Mutation testing of the money and rules layers: `npm run mutation` (both, one after the
 * other), `npm run mutation:money` (stryker.money.config.mjs), `npm run mutation:rules`
 * (stryker.rules.config.mjs). Not part of `npm test` or CI; the scores and what survives are
 * recorded in docs/performance.md. One mutant at a time (`concurrency: 1`): the development
 * machine has 2 shared cores. Incremental: a rerun only tests the mutants whose code or covering
 * tests changed (state in reports/, ignored by git). `-- --mutate src/money/allocate.ts` narrows
 * a run to one file. This file's own default (`npx stryker run`) mutates both folders and skips
 * static mutants, for quick looks.
 */

/**
 * The Stryker options that mutate `src/<folder>` for each folder and run only the tests of
 * `test/<folder>` (vitest.mutation.config.ts reads the list from MUTATION_TEST_FOLDERS).
 * `ignoreStatic` skips the mutants only module-load code covers (schema and table constants):
 * each of those reruns every test of the folders.
 *
 * @param {readonly string[]} folders
 * @param {{ ignoreStatic?: boolean }} [options]
 * @returns {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export function mutationConfig(folders, options = {}) {
  process.env.MUTATION_TEST_FOLDERS = folders.join(',');
  return {
    testRunner: 'vitest',
    vitest: { configFile: 'vitest.mutation.config.ts', related: false },
    coverageAnalysis: 'perTest',
    ignoreStatic: options.ignoreStatic ?? false,
    mutate: folders.flatMap((folder) => [`src/${folder}/**/*.ts`, `!src/${folder}/**/index.ts`]),
    concurrency: 1,
    timeoutMS: 10000,
    incremental: true,
    incrementalFile: `reports/stryker-incremental-${folders.join('-')}.json`,
    tempDirName: '.stryker-tmp',
    cleanTempDir: 'always',
    reporters: ['clear-text', 'progress', 'html', 'json'],
    htmlReporter: { fileName: `reports/mutation/${folders.join('-')}.html` },
    jsonReporter: { fileName: `reports/mutation/${folders.join('-')}.json` },
    thresholds: { high: 90, low: 85, break: null },
  };
}

export default mutationConfig(['money', 'rules'], { ignoreStatic: true });
