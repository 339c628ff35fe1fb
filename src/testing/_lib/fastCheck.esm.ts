import type FastCheck from 'fast-check';
import { missingFastCheck } from './missingFastCheck';

/**
 * The ESM build's fast-check (tsup.config.ts puts it in place of `fastCheck.ts`): a dynamic
 * import, because a static one that fails stops the module graph before any of our code runs.
 */
const fc: typeof FastCheck = await import('fast-check').then(
  (module) => module.default,
  (error: unknown) => {
    throw missingFastCheck(error);
  },
);

export default fc;
