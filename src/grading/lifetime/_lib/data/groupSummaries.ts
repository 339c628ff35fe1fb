import { indexDistinct } from './indexDistinct';
import type { SummaryFields } from './summaryProblem';

/**
 * Customers compressed to distinct (x, tₓ, T) with a count each, sorted by x, then tₓ, then T;
 * with the sorted distinct values of each column and each group's index into them.
 */
export interface SummaryGroups {
  readonly size: number;
  readonly x: Float64Array;
  readonly tx: Float64Array;
  readonly T: Float64Array;
  readonly weight: Float64Array;
  readonly totalWeight: number;
  readonly xs: Float64Array;
  readonly txs: Float64Array;
  readonly Ts: Float64Array;
  readonly xIndex: Int32Array;
  readonly txIndex: Int32Array;
  readonly TIndex: Int32Array;
}

/**
 * Compresses customers with identical (frequency, recency, T) into weighted groups in one fixed
 * order (a row's `count`, default 1, is the customers it stands for; rows with count 0 are left
 * out), so every likelihood sum runs in that order whatever the input order was, and a million
 * customers with day-resolution times shrink to a few hundred thousand groups.
 *
 * Each column is replaced by its rank among the column's distinct values (`indexDistinct`); the
 * three ranks combine into one exact integer key per customer, and the distinct keys, in
 * ascending order, are the groups. When the ranks cannot share one safe integer (more than 2⁵³
 * combinations), customers are sorted with a comparator instead.
 *
 * @param rows - validated summaries
 * @returns the groups, their weights and the rank tables
 * @example
 * ```ts
 * groupSummaries([{ frequency: 1, recency: 2, T: 5 }, { frequency: 0, recency: 0, T: 5 },
 *   { frequency: 1, recency: 2, T: 5 }]).weight;
 * //=> Float64Array [1, 2]
 * ```
 */
export function groupSummaries(all: readonly SummaryFields[]): SummaryGroups {
  const rows = all.some((row) => row.count === 0) ? all.filter((row) => row.count !== 0) : all;
  const n = rows.length;
  const counts = new Float64Array(n);
  let totalWeight = 0;
  for (let i = 0; i < n; i++) {
    const count = (rows[i] as SummaryFields).count ?? 1;
    counts[i] = count;
    totalWeight += count;
  }
  const X = new Float64Array(n);
  const TX = new Float64Array(n);
  const TT = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const row = rows[i] as SummaryFields;
    X[i] = row.frequency;
    TX[i] = row.recency + 0; // −0 → 0
    TT[i] = row.T + 0;
  }
  const x = indexDistinct(X);
  const tx = indexDistinct(TX);
  const T = indexDistinct(TT);
  const nTx = tx.sorted.length;
  const nT = T.sorted.length;
  const columns = { xs: x.sorted, txs: tx.sorted, Ts: T.sorted };
  if (x.sorted.length * nTx * nT <= Number.MAX_SAFE_INTEGER) {
    const keys = X; // reuse the buffer
    for (let i = 0; i < n; i++)
      keys[i] = ((x.rank[i] as number) * nTx + (tx.rank[i] as number)) * nT + (T.rank[i] as number);
    const groups = indexDistinct(keys, Math.min(n, x.sorted.length * nTx * nT));
    const size = groups.sorted.length;
    const weight = new Float64Array(size);
    for (let i = 0; i < n; i++) {
      const g = groups.rank[i] as number;
      weight[g] = (weight[g] as number) + (counts[i] as number);
    }
    const xIndex = new Int32Array(size);
    const txIndex = new Int32Array(size);
    const TIndex = new Int32Array(size);
    for (let g = 0; g < size; g++) {
      const key = groups.sorted[g] as number;
      const t = key % nT;
      const rest = (key - t) / nT;
      const r = rest % nTx;
      xIndex[g] = (rest - r) / nTx;
      txIndex[g] = r;
      TIndex[g] = t;
    }
    return assemble(columns, weight, xIndex, txIndex, TIndex, totalWeight);
  }
  return groupByComparator(columns, x.rank, tx.rank, T.rank, counts, totalWeight);
}

function groupByComparator(
  columns: { xs: Float64Array; txs: Float64Array; Ts: Float64Array },
  xRank: Int32Array,
  txRank: Int32Array,
  TRank: Int32Array,
  counts: Float64Array,
  totalWeight: number,
): SummaryGroups {
  const n = counts.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const compare = (i: number, j: number) =>
    (xRank[i] as number) - (xRank[j] as number) ||
    (txRank[i] as number) - (txRank[j] as number) ||
    (TRank[i] as number) - (TRank[j] as number);
  order.sort(compare);
  const weights: number[] = [];
  const firsts: number[] = [];
  order.forEach((i, k) => {
    if (k === 0 || compare(order[k - 1] as number, i) !== 0) {
      firsts.push(i);
      weights.push(0);
    }
    weights[weights.length - 1] = (weights[weights.length - 1] as number) + (counts[i] as number);
  });
  return assemble(
    columns,
    Float64Array.from(weights),
    Int32Array.from(firsts, (i) => xRank[i] as number),
    Int32Array.from(firsts, (i) => txRank[i] as number),
    Int32Array.from(firsts, (i) => TRank[i] as number),
    totalWeight,
  );
}

function assemble(
  { xs, txs, Ts }: { xs: Float64Array; txs: Float64Array; Ts: Float64Array },
  weight: Float64Array,
  xIndex: Int32Array,
  txIndex: Int32Array,
  TIndex: Int32Array,
  totalWeight: number,
): SummaryGroups {
  const size = weight.length;
  const x = new Float64Array(size);
  const tx = new Float64Array(size);
  const T = new Float64Array(size);
  for (let g = 0; g < size; g++) {
    x[g] = xs[xIndex[g] as number] as number;
    tx[g] = txs[txIndex[g] as number] as number;
    T[g] = Ts[TIndex[g] as number] as number;
  }
  return {
    size,
    x,
    tx,
    T,
    weight,
    totalWeight,
    xs,
    txs,
    Ts,
    xIndex,
    txIndex,
    TIndex,
  };
}
