import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/package/**', 'node_modules/**', '.stryker-tmp/**', 'reports/**'],
    setupFiles: ['test/_setup/fastCheck.ts'],
    pool: 'threads',
    // Property tests run hundreds of engine runs: on a loaded 2-core machine a 5 s default fails
    // them for no fault of theirs. Each test stays short when the machine is quiet.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
