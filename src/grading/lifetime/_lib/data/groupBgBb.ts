import type { BgBbSummary } from '../../BgBbSummary';

/** BG/BB patterns compressed to distinct (n, x, tₓ), with the customers of each. */
export interface BgBbGroups {
  readonly size: number;
  readonly x: Float64Array;
  readonly tx: Float64Array;
  readonly n: Float64Array;
  readonly weight: Float64Array;
  /** Σ count: the customers. */
  readonly totalWeight: number;
  /** Σ count · x: the repeat transactions. */
  readonly totalFrequency: number;
  /** Σ count · n: the opportunities observed. */
  readonly totalOpportunities: number;
}

/**
 * Adds up the `count` of rows with the same (frequency, recency, n) — a row without `count` is one
 * customer — and sorts the patterns by n, then x, then tₓ, so every likelihood sum runs in one
 * order whatever the order of the input. Patterns with count 0 are dropped.
 *
 * @param rows - validated rows
 * @returns the groups
 * @example
 * ```ts
 * groupBgBb([{ frequency: 1, recency: 2, n: 6, count: 3 }, { frequency: 0, recency: 0, n: 6 },
 *   { frequency: 1, recency: 2, n: 6 }]).weight;
 * //=> Float64Array [1, 4]
 * ```
 */
export function groupBgBb(rows: readonly BgBbSummary[]): BgBbGroups {
  const byKey = new Map<string, { x: number; tx: number; n: number; w: number }>();
  for (const row of rows) {
    const w = row.count ?? 1;
    if (w === 0) continue;
    const key = `${row.n},${row.frequency},${row.recency}`;
    const group = byKey.get(key);
    if (group === undefined) byKey.set(key, { x: row.frequency, tx: row.recency, n: row.n, w });
    else group.w += w;
  }
  const sorted = [...byKey.values()].sort((u, v) => u.n - v.n || u.x - v.x || u.tx - v.tx);
  let totalWeight = 0;
  let totalFrequency = 0;
  let totalOpportunities = 0;
  for (const g of sorted) {
    totalWeight += g.w;
    totalFrequency += g.w * g.x;
    totalOpportunities += g.w * g.n;
  }
  return {
    size: sorted.length,
    x: Float64Array.from(sorted, (g) => g.x),
    tx: Float64Array.from(sorted, (g) => g.tx),
    n: Float64Array.from(sorted, (g) => g.n),
    weight: Float64Array.from(sorted, (g) => g.w),
    totalWeight,
    totalFrequency,
    totalOpportunities,
  };
}
