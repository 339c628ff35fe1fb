import { defineConfig } from 'vitest/config';
import base from './vitest.config';

// The browser tests (test/browser): headless Chromium renders the HTML report. `npm test` leaves
// them out (Chromium may be absent); `.ci/run` runs them with `npm run test:browser`. The same
// settings as vitest.config.ts, but only these files (mergeConfig would add the lists up).
export default defineConfig({
  ...base,
  test: { ...base.test, include: ['test/browser/**/*.test.ts'], exclude: ['node_modules/**'] },
});
