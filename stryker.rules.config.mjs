// @ts-check
import { mutationConfig } from './stryker.config.mjs';

/** `npm run mutation:rules`: src/rules against test/rules (see stryker.config.mjs). */
export default mutationConfig(['rules'], { ignoreStatic: true });
