import type { SummaryGroups } from '../data/groupSummaries';

/** Grouped BTYD summaries laid out for fast BG/NBD likelihood evaluations. */
export interface BgNbdData {
  readonly xs: Float64Array;
  readonly xWeight: Float64Array;
  readonly Ts: Float64Array;
  readonly tWeight: Float64Array;
  readonly tFrequencyWeight: Float64Array;
  readonly txs: Float64Array;
  readonly repeatX: Int32Array;
  readonly repeatTx: Int32Array;
  readonly repeatT: Int32Array;
  readonly repeatWeight: Float64Array;
  readonly totalWeight: number;
  readonly totalFrequency: number;
  readonly totalT: number;
  readonly maxT: number;
}

/**
 * Lays grouped summaries out by distinct x, distinct T and distinct tₓ, so one likelihood
 * evaluation costs a few logarithms per distinct value plus one exp and one log1p per group
 * with repeat purchases (the only term that needs the pair tₓ, T).
 *
 * @param groups - from `groupSummaries`
 * @returns weights by distinct x and T, the repeat groups' indexes, totals
 * @example
 * ```ts
 * prepareBgNbd(groupSummaries([{ frequency: 1, recency: 2, T: 5 }])).totalFrequency;
 * //=> 1
 * ```
 */
export function prepareBgNbd(groups: SummaryGroups): BgNbdData {
  const xWeight = new Float64Array(groups.xs.length);
  const tWeight = new Float64Array(groups.Ts.length);
  const tFrequencyWeight = new Float64Array(groups.Ts.length);
  let totalFrequency = 0;
  let totalT = 0;
  let firstRepeat = groups.size;
  for (let g = groups.size - 1; g >= 0; g--) {
    const x = groups.x[g] as number;
    const w = groups.weight[g] as number;
    const k = groups.xIndex[g] as number;
    const j = groups.TIndex[g] as number;
    xWeight[k] = (xWeight[k] as number) + w;
    tWeight[j] = (tWeight[j] as number) + w;
    tFrequencyWeight[j] = (tFrequencyWeight[j] as number) + w * x;
    totalFrequency += w * x;
    totalT += w * (groups.T[g] as number);
    if (x > 0) firstRepeat = g; // groups are sorted by x: repeat buyers come last
  }
  return {
    xs: groups.xs,
    xWeight,
    Ts: groups.Ts,
    tWeight,
    tFrequencyWeight,
    txs: groups.txs,
    repeatX: groups.xIndex.slice(firstRepeat),
    repeatTx: groups.txIndex.slice(firstRepeat),
    repeatT: groups.TIndex.slice(firstRepeat),
    repeatWeight: groups.weight.slice(firstRepeat),
    totalWeight: groups.totalWeight,
    totalFrequency,
    totalT,
    maxT: groups.Ts.length > 0 ? (groups.Ts[groups.Ts.length - 1] as number) : 0,
  };
}
