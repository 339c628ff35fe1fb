import { defineConfig } from 'vitest/config';

/** Runs after `npm run build`: imports the built package through its own exports. */
export default defineConfig({
  test: {
    include: ['test/package/**/*.test.ts'],
  },
});
