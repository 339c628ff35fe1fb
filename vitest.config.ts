import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The package's own name resolves to src/ (package self-reference, as examples/ and the guides
// import it): tests need no build, and test/package checks the built dist separately.
const subpaths = JSON.parse(readFileSync('subpaths.json', 'utf8')) as Record<string, string>;
const selfReference = Object.entries(subpaths)
  .filter(([name]) => !name.startsWith('$'))
  .map(([name, source]) => ({
    find: new RegExp(`^crm-rules${name.slice(1).replace('/', '\\/')}$`),
    replacement: fileURLToPath(new URL(source, import.meta.url)),
  }));

export default defineConfig({
  resolve: { alias: selfReference },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [
      'test/package/**',
      'test/browser/**',
      'node_modules/**',
      '.stryker-tmp/**',
      'reports/**',
    ],
    setupFiles: ['test/_setup/fastCheck.ts'],
    pool: 'threads',
    // One module graph per worker instead of one per test file: every file re-imported zod and
    // the commission schemas, which cost more than the tests themselves (whole suite 90 s → 12 s
    // of wall for kpi + grading on a loaded host). The tests keep no module-level state; a test
    // that needs a fresh module imports it with `vi.resetModules()` first.
    isolate: false,
    // Property tests run hundreds of engine runs: on a loaded 2-core machine a 5 s default fails
    // them for no fault of theirs. Each test stays short when the machine is quiet.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
