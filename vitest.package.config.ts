import { defineConfig } from 'vitest/config';

/**
 * Runs after `npm run build`: imports the built package through its own exports. The examples'
 * tests run here too, with no alias, so `crm-rules/…` is the built dist — the examples run
 * unchanged against the package as a user installs it.
 */
export default defineConfig({
  test: {
    include: ['test/package/**/*.test.ts', 'test/examples/*.test.ts'],
    exclude: ['test/examples/selfReference.test.ts'],
  },
});
