/**
 * Internal: classic zod registers its English messages when it builds its first schema; zod/mini
 * registers none, so without classic zod in the bundle (`crm-rules/money` alone) a mini schema's
 * issue would read "Invalid input" instead of "Invalid input: expected object, received string".
 * The money and period layers pass each of their leaf schemas through this, so the messages are the same in
 * every bundle; a locale the caller configured (`z.config(z.locales.zhCN())`) still wins.
 */
import { en } from 'zod/locales';
import { config, globalConfig } from 'zod/v4/core';

/** Registers zod's English messages unless a locale is set, and returns `schema` unchanged. */
export function englishByDefault<S>(schema: S): S {
  if (globalConfig.localeError === undefined) config(en());
  return schema;
}
