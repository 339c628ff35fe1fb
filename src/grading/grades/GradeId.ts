import * as z from 'zod';

const SLUG = /^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$/;

/**
 * Schema of a grade or segment id: lower-case letters and digits, words joined by `-` or `_`
 * (`key`, `potential-loyalists`, `vip_2`). Ids are data, not prose: give a grade a `label` in its
 * policy for people, and use the built-in ids ({@link BUILT_IN_GRADES}) to get the catalog's
 * English and Chinese names.
 *
 * @example
 * ```ts
 * [GradeId.safeParse('key').success, GradeId.safeParse('重点').success];
 * //=> [true, false]
 * ```
 */
export const GradeId = z.string().regex(SLUG, {
  message: 'expected a lower-case id such as "key" or "potential-loyalists"',
});
/** A grade or segment id (see {@link GradeId}). */
export type GradeId = z.infer<typeof GradeId>;

/**
 * The grades the message catalog names in English and Chinese, best first: `key` (重点客户),
 * `ordinary` (普通客户), `potential` (潜在客户), `new` (新客户), `dormant` (休眠客户), `lost`
 * (流失客户). Any other {@link GradeId} works too and is shown by its label or id.
 *
 * @example
 * ```ts
 * BUILT_IN_GRADES.includes('dormant');
 * //=> true
 * ```
 */
export const BUILT_IN_GRADES: readonly string[] = Object.freeze([
  'key',
  'ordinary',
  'potential',
  'new',
  'dormant',
  'lost',
]);

/**
 * The grades of a policy that declares none, best first: key / ordinary / potential / dormant
 * (重点 / 普通 / 潜在 / 休眠客户), after the seed articles' 客户分级管理.
 *
 * @example
 * ```ts
 * DEFAULT_GRADES;
 * //=> ['key', 'ordinary', 'potential', 'dormant']
 * ```
 */
export const DEFAULT_GRADES: readonly string[] = Object.freeze([
  'key',
  'ordinary',
  'potential',
  'dormant',
]);
