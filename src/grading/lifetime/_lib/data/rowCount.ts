import { CrmRulesError, type ErrorPath } from '../../../../errors';

/**
 * The customers a summary row stands for: its `count` (an integer ≥ 0), or 1 without one — so a
 * summary by pattern (one row per distinct history, with a count) weighs what its customers would
 * one row each.
 *
 * @param row - a summary row (checked to be an object already)
 * @param path - where it sits in the caller's input
 * @returns the count
 * @throws CrmRulesError `INVALID_INPUT` at `[...path, 'count']` unless an integer ≥ 0
 * @example
 * ```ts
 * [rowCount({ frequency: 1 }, [0]), rowCount({ count: 12 }, [1])];
 * //=> [1, 12]
 * ```
 */
export function rowCount(row: object, path: ErrorPath): number {
  const count = (row as { count?: unknown }).count;
  if (count === undefined) return 1;
  if (!Number.isSafeInteger(count) || (count as number) < 0)
    throw new CrmRulesError(
      'INVALID_INPUT',
      'count must be an integer ≥ 0 (customers in the row)',
      {
        path: [...path, 'count'],
        value: count,
      },
    );
  return count as number;
}
