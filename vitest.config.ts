import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/package/**', 'node_modules/**', '.stryker-tmp/**', 'reports/**'],
    setupFiles: ['test/_setup/fastCheck.ts'],
    pool: 'threads',
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
