import type { ErrorPath } from '../../../errors';
import type { CompiledCondition, Facts } from '../../../rules';
import type { CategoryTree } from './categoryTree';

/** Internal: what {@link findRateRow} reads of a compiled rate table. */
export interface RateRows {
  readonly rows: ReadonlyArray<{
    readonly test: CompiledCondition;
    readonly group: number;
    readonly category: boolean;
  }>;
  readonly categories: CategoryTree | null;
}

/**
 * Internal: the index of the rate-table row a line's facts match (rows in precedence order), or
 * −1 for none. Without a category tree it is the first matching row. With one, a row pinning
 * `product.category` also matches a line whose category lies below the pinned one — read as if
 * the line's category were that ancestor — and among the matching rows of the first group that
 * matches (as many facts pinned, the same product level) the nearest ancestor wins, then the
 * precedence order. Both engines call it (`matchCompiledRate`, the column kernel's `memoOutcome`).
 */
export function findRateRow(table: RateRows, facts: Facts, path: ErrorPath): number {
  const rows = table.rows;
  const own = facts['product.category'];
  const chain =
    table.categories === null || typeof own !== 'string' ? null : table.categories.chain(own);
  if (chain === null || chain.length < 2) return rows.findIndex((row) => row.test(facts, path));
  let best = -1;
  let distance = chain.length;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row === undefined || (best >= 0 && row.group !== rows[best]?.group)) break;
    const reach = row.category ? Math.min(distance, chain.length) : 1;
    for (let d = 0; d < reach && d < distance; d++) {
      const read = d === 0 ? facts : { ...facts, 'product.category': chain[d] };
      if (row.test(read, path)) {
        best = i;
        distance = d;
        break;
      }
    }
    if (distance === 0) break;
  }
  return best;
}
