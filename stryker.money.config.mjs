// @ts-check
import { mutationConfig } from './stryker.config.mjs';

/** `npm run mutation:money`: src/money against test/money (see stryker.config.mjs). */
export default mutationConfig(['money']);
