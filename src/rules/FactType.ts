import * as z from 'zod';
import type { Operator } from './Operator';

/**
 * The type of a named fact. `number`: compared exactly as a decimal (decimal strings, safe
 * integers, bigints, decimal.js values — never floats). `string`: compared exactly, case
 * sensitive. `boolean`. `date`: a `YYYY-MM-DD` calendar date, compared as a date. `money`:
 * `Money` or `{ amount, currency }`; comparing two currencies is `CURRENCY_MISMATCH`.
 *
 * @example
 * ```ts
 * FactType.safeParse('float').success;
 * //=> false
 * ```
 */
export const FactType = z.enum(['number', 'string', 'boolean', 'date', 'money']);
/** A fact type (see {@link FactType}). */
export type FactType = z.infer<typeof FactType>;

const ORDERED: readonly Operator[] = [
  'eq',
  'ne',
  'lt',
  'lte',
  'gt',
  'gte',
  'in',
  'between',
  'exists',
];

/**
 * The operators each fact type allows: every operator for `number`, `date` and `money`;
 * `eq`, `ne`, `in` and `exists` for `string`; `eq`, `ne` and `exists` for `boolean`.
 *
 * @example
 * ```ts
 * OPERATORS_BY_TYPE.boolean;
 * //=> ['eq', 'ne', 'exists']
 * ```
 */
export const OPERATORS_BY_TYPE: Readonly<Record<FactType, readonly Operator[]>> = Object.freeze({
  number: ORDERED,
  date: ORDERED,
  money: ORDERED,
  string: ['eq', 'ne', 'in', 'exists'],
  boolean: ['eq', 'ne', 'exists'],
});
