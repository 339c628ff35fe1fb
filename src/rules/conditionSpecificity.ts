import { CrmRulesError } from '../errors';
import { assertParsedCondition } from './_lib/checkArguments';
import type { ConditionNode, ParsedCondition } from './ParsedCondition';

/**
 * How specific a condition is, for "the most specific match wins" (rate tables, grade rules).
 * Only the top-level conjunction counts: the root leaf, or the leaves of the root `all` and of
 * `all`s nested directly in it. Each distinct fact counts once, in its strongest class:
 * `pinned` — fixed by `eq` or `in`; `bounded` — limited by `lt`, `lte`, `gt`, `gte` or
 * `between`; `constrained` — only `ne` or `exists`. Leaves under `any` or `not` count nothing.
 */
export interface Specificity {
  readonly pinned: number;
  readonly bounded: number;
  readonly constrained: number;
}

const RANK = { eq: 3, in: 3, lt: 2, lte: 2, gt: 2, gte: 2, between: 2, ne: 1, exists: 1 } as const;

/**
 * Measures a condition's {@link Specificity}. Deterministic: it depends on the condition only,
 * not on the order of its children.
 *
 * @param condition - from {@link parseCondition}
 * @returns `{ pinned, bounded, constrained }`
 * @throws CrmRulesError `INVALID_INPUT` at `['condition']` when it is not from {@link parseCondition}
 * @example
 * ```ts
 * conditionSpecificity(parseCondition(
 *   { all: [
 *     { fact: 'category', operator: 'eq', value: 'A' },
 *     { fact: 'amount', operator: 'gte', value: '1000' },
 *     { fact: 'amount', operator: 'lt', value: '5000' },
 *     { any: [{ fact: 'region', operator: 'eq', value: 'EU' }] },
 *   ] },
 *   { category: 'string', amount: 'number', region: 'string' },
 * ));
 * //=> { pinned: 1, bounded: 1, constrained: 0 }
 * ```
 */
export function conditionSpecificity(condition: ParsedCondition): Specificity {
  assertParsedCondition(condition, 'condition');
  const strongest = new Map<string, number>();
  const visit = (node: ConditionNode): void => {
    if (node.kind === 'all') node.children.forEach(visit);
    else if (node.kind === 'leaf')
      strongest.set(node.fact, Math.max(strongest.get(node.fact) ?? 0, RANK[node.operator]));
  };
  visit(condition.root);
  const count = (rank: number) => [...strongest.values()].filter((r) => r === rank).length;
  return { pinned: count(3), bounded: count(2), constrained: count(1) };
}

/**
 * Orders two specificities: positive when `a` is more specific than `b`, negative when less,
 * zero when equal. Compares `pinned`, then `bounded`, then `constrained`. Sort candidates with
 * `(a, b) => compareSpecificity(b, a)` to put the most specific first; break ties by the table's
 * own stated order.
 *
 * @param a - a specificity
 * @param b - another
 * @returns -1, 0 or 1
 * @throws CrmRulesError `INVALID_INPUT` at `['a', key]` or `['b', key]` when a count is not a
 * non-negative integer
 * @example
 * ```ts
 * compareSpecificity({ pinned: 1, bounded: 0, constrained: 0 }, { pinned: 0, bounded: 3, constrained: 2 });
 * //=> 1
 * ```
 */
export function compareSpecificity(a: Specificity, b: Specificity): -1 | 0 | 1 {
  assertSpecificity(a, 'a');
  assertSpecificity(b, 'b');
  for (const key of KEYS) if (a[key] !== b[key]) return a[key] > b[key] ? 1 : -1;
  return 0;
}

const KEYS = ['pinned', 'bounded', 'constrained'] as const;

function assertSpecificity(value: unknown, name: string): asserts value is Specificity {
  if (typeof value !== 'object' || value === null)
    throw new CrmRulesError('INVALID_INPUT', `${name} must be a specificity`, {
      path: [name],
      value,
    });
  for (const key of KEYS) {
    const count = (value as Record<string, unknown>)[key];
    if (!Number.isSafeInteger(count) || (count as number) < 0)
      throw new CrmRulesError('INVALID_INPUT', `${key} must be a non-negative integer`, {
        path: [name, key],
        value: count,
      });
  }
}
