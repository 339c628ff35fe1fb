import * as z from 'zod';
import { conditionBounds, findBoundsViolation } from '../errors/_lib/checkJsonBounds';
import { MoneyJson } from '../money';
import { FactName } from './FactSchema';

/**
 * Schema of one value in a condition's JSON: a string (decimal strings for numbers,
 * `YYYY-MM-DD` for dates), a safe integer, a boolean or money as `{ amount, currency }`.
 * Whether it fits the fact's type is checked by {@link parseCondition}.
 *
 * @example
 * ```ts
 * ConditionValue.safeParse({ amount: '1000.00', currency: 'USD' }).success;
 * //=> true
 * ```
 */
export const ConditionValue = z.union([z.string(), z.number(), z.boolean(), MoneyJson]);
/** One value in a condition (see {@link ConditionValue}). */
export type ConditionValue = z.infer<typeof ConditionValue>;

/**
 * Schema of a leaf condition `{ fact, operator, value }`, discriminated by `operator`: one value
 * for `eq`/`ne`/`lt`/`lte`/`gt`/`gte`, a list for `in`, `[low, high]` (inclusive) for `between`,
 * an optional boolean (default `true`) for `exists`.
 *
 * @example
 * ```ts
 * ConditionLeaf.safeParse({ fact: 'order.amount', operator: 'between', value: ['1'] }).success;
 * //=> false
 * ```
 */
export const ConditionLeaf = z.discriminatedUnion('operator', [
  z.strictObject({
    fact: FactName,
    operator: z.enum(['eq', 'ne', 'lt', 'lte', 'gt', 'gte']),
    value: ConditionValue,
  }),
  z.strictObject({ fact: FactName, operator: z.literal('in'), value: z.array(ConditionValue) }),
  z.strictObject({
    fact: FactName,
    operator: z.literal('between'),
    value: z.tuple([ConditionValue, ConditionValue]),
  }),
  z.strictObject({ fact: FactName, operator: z.literal('exists'), value: z.boolean().optional() }),
]);
/** A leaf condition (see {@link ConditionLeaf}). */
export type ConditionLeaf = z.infer<typeof ConditionLeaf>;

const ConditionAll = z.strictObject({
  get all() {
    return z.array(ConditionTree);
  },
});
const ConditionAny = z.strictObject({
  get any() {
    return z.array(ConditionTree);
  },
});
const ConditionNot = z.strictObject({
  get not() {
    return ConditionTree;
  },
});

/** Internal: the recursive condition itself, without the bounds check (JSON Schema names it). */
export const ConditionTree = z.union([ConditionAll, ConditionAny, ConditionNot, ConditionLeaf]);
const BOUNDS = conditionBounds();

/**
 * Schema of a condition as JSON, in the json-rules-engine shape: `{ all: [...] }` (true when
 * every child is; an empty `all` is true), `{ any: [...] }` (true when some child is; an empty
 * `any` is false), `{ not: condition }`, or a {@link ConditionLeaf}. Use it to embed conditions
 * in larger schemas (grade policies, rate tables); then {@link parseCondition} checks them
 * against a fact schema with exact error paths. Its size is checked first, without recursion: a
 * condition nested deeper than `INPUT_LIMITS.maxConditionDepth` levels allow, with more than
 * `INPUT_LIMITS.maxConditionNodes` nodes and list items, or with a string longer than
 * `INPUT_LIMITS.maxStringLength`, fails with the issue code `LIMIT_EXCEEDED` at the place it
 * goes past the limit, before any of it is parsed.
 *
 * @example
 * ```ts
 * Condition.safeParse({
 *   all: [
 *     { fact: 'customer.grade', operator: 'eq', value: 'key' },
 *     { not: { fact: 'product.category', operator: 'in', value: ['A', 'B'] } },
 *   ],
 * }).success;
 * //=> true
 * ```
 */
export const Condition = z.preprocess<unknown, typeof ConditionTree, z.input<typeof ConditionTree>>(
  (value, ctx) => {
    const violation = findBoundsViolation(value, BOUNDS);
    if (violation !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: [...violation.path],
        message: violation.detail,
        input: violation.value,
        params: { code: violation.code },
      });
    return value;
  },
  ConditionTree,
);
/** A condition as JSON (see {@link Condition}). */
export type Condition = z.infer<typeof Condition>;
