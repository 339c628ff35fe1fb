/**
 * Internal: classic zod registers its English messages when it builds its first schema; zod/mini
 * registers none, so without classic zod in the bundle (`crm-rules/money` alone) a mini schema's
 * issue would read "Invalid input" instead of "Invalid input: expected object, received string".
 * The money and period layers build each of their schemas through this, so the messages are the same in
 * every bundle; a locale the caller configured (`z.config(z.locales.zhCN())`) still wins.
 */
import { en } from 'zod/locales';
import { config, globalConfig } from 'zod/v4/core';

/**
 * Registers zod's English messages unless a locale is set, and returns the schema `build` makes.
 * Each call site is marked `/* @__PURE__ *\/` and given a function rather than a schema, so that a
 * bundler drops the whole declaration of a schema nobody uses — `.check(…)` calls included, which
 * it must otherwise keep — even where the built package puts it in a chunk shared with other code
 * (esbuild honours `@__NO_SIDE_EFFECTS__` only within one file, a call-site annotation anywhere).
 */
/* @__NO_SIDE_EFFECTS__ */
export function englishByDefault<S>(build: () => S): S {
  if (globalConfig.localeError === undefined) config(en());
  return build();
}
