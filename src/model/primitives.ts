import * as z from 'zod';
import { isUnsafeKey } from '../_lib/guards';
import { requireString } from '../errors/_lib/argumentGuards';
import { Decimal, DecimalString } from '../money';

/**
 * True when a string can be stored as text by every adapter: no NUL character (PostgreSQL
 * `text` and `jsonb` refuse it) and no lone UTF-16 surrogate (not encodable as UTF-8).
 *
 * @param text - the string
 * @returns whether it is portable
 * @example
 * ```ts
 * isPortableText('a\u0000b');
 * //=> false
 * ```
 */
export function isPortableText(text: string): boolean {
  requireString(text, 'text');
  return !text.includes('\u0000') && !LONE_SURROGATE.test(text);
}

const LONE_SURROGATE = /\p{Cs}/u;
const PORTABLE = {
  message: 'must not contain NUL characters or lone surrogates',
} as const;

/**
 * The id of an entity (customer, order, account manager …): a non-empty, portable string (see
 * {@link isPortableText}). Ids may end up as object keys in callers' code, so `__proto__`,
 * `constructor` and `prototype` are refused with `UNSAFE_KEY`.
 *
 * @example
 * ```ts
 * EntityId.safeParse('').success;
 * //=> false
 * ```
 */
export const EntityId = z
  .string()
  .min(1, { message: 'an id must not be empty' })
  .refine(isPortableText, PORTABLE)
  .refine((id) => !isUnsafeKey(id), {
    message: 'this id could reach an object prototype; choose another',
    params: { code: 'UNSAFE_KEY' },
  });
/** An entity id (see {@link EntityId}). */
export type EntityId = z.infer<typeof EntityId>;

/**
 * A non-empty, portable (see {@link isPortableText}) text such as a name or a period label.
 *
 * @example
 * ```ts
 * Label.parse('华东大客户部');
 * //=> '华东大客户部'
 * ```
 */
export const Label = z
  .string()
  .min(1, { message: 'must not be empty' })
  .refine(isPortableText, PORTABLE);
/** A non-empty text (see {@link Label}). */
export type Label = z.infer<typeof Label>;

/**
 * A decimal string that is zero or more (`"0"`, `"12.5"`); a negative one fails with
 * `INVALID_AMOUNT`.
 *
 * @example
 * ```ts
 * NonNegativeDecimal.safeParse('-0.01').success;
 * //=> false
 * ```
 */
export const NonNegativeDecimal = DecimalString.check(
  z.refine((text) => new Decimal(text).gte(0), {
    message: 'must not be negative',
    params: { code: 'INVALID_AMOUNT' },
  }),
);
/** A decimal string ≥ 0. */
export type NonNegativeDecimal = z.infer<typeof NonNegativeDecimal>;

/**
 * A decimal string above zero (`"0.01"`); zero or less fails with `INVALID_AMOUNT`.
 *
 * @example
 * ```ts
 * PositiveDecimal.safeParse('0').success;
 * //=> false
 * ```
 */
export const PositiveDecimal = DecimalString.check(
  z.refine((text) => new Decimal(text).gt(0), {
    message: 'must be above zero',
    params: { code: 'INVALID_AMOUNT' },
  }),
);
/** A decimal string > 0. */
export type PositiveDecimal = z.infer<typeof PositiveDecimal>;
