/**
 * fast-check, the optional peer the testing kit builds on. Every file of `src/testing` imports it
 * from here, so the build can put a loader in its place (`fastCheck.esm.ts`, `fastCheck.cjs.ts`;
 * see tsup.config.ts) that explains a missing install instead of failing with `MODULE_NOT_FOUND`.
 * The source, its tests and the declarations use fast-check directly.
 */
export { default } from 'fast-check';
