import * as z from 'zod';

/**
 * The closed list of leaf operators. `eq`/`ne`: equal / not equal (numbers and money by value,
 * so `"1.5"` equals `"1.50"`). `lt`/`lte`/`gt`/`gte`: ordering. `in`: equal to one of a list
 * (an empty list matches nothing). `between`: `[low, high]`, inclusive at both ends. `exists`:
 * the fact has a value (`value: false` — the fact has none).
 *
 * @example
 * ```ts
 * Operator.options.length;
 * //=> 9
 * ```
 */
export const Operator = z.enum(['eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'in', 'between', 'exists']);
/** A leaf operator (see {@link Operator}). */
export type Operator = z.infer<typeof Operator>;

/** The operators comparing with one value: `eq`, `ne`, `lt`, `lte`, `gt`, `gte`. */
export type ComparisonOperator = Extract<Operator, 'eq' | 'ne' | 'lt' | 'lte' | 'gt' | 'gte'>;

/**
 * True when `value` is one of the {@link Operator}s.
 *
 * @param value - anything
 * @returns whether it names an operator
 * @example
 * ```ts
 * [isOperator('gte'), isOperator('contains')];
 * //=> [true, false]
 * ```
 */
export function isOperator(value: unknown): value is Operator {
  return (Operator.options as readonly unknown[]).includes(value);
}
