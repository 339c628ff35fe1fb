import type FastCheck from 'fast-check';
import { missingFastCheck } from './missingFastCheck';

/** The CommonJS build's fast-check (tsup.config.ts puts it in place of `fastCheck.ts`). */
function load(): typeof FastCheck {
  let module: { default?: typeof FastCheck; __esModule?: boolean };
  try {
    module = require('fast-check');
  } catch (error) {
    throw missingFastCheck(error);
  }
  return (
    module.__esModule === true && module.default ? module.default : module
  ) as typeof FastCheck;
}

const fc = load();

export default fc;
