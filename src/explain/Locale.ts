import * as z from 'zod';

/**
 * The locales every message catalog provides, in order: English and Simplified Chinese.
 *
 * @example
 * ```ts
 * LOCALES;
 * //=> ['en', 'zh-CN']
 * ```
 */
export const LOCALES = ['en', 'zh-CN'] as const;

/**
 * Schema of a locale code (see {@link LOCALES}).
 *
 * @example
 * ```ts
 * Locale.safeParse('zh-TW').success;
 * //=> false
 * ```
 */
export const Locale = z.enum(LOCALES);
/** A locale the catalogs are written in: `'en'` or `'zh-CN'`. */
export type Locale = z.infer<typeof Locale>;
