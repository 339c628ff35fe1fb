import { CrmRulesError } from '../../../errors';
import { type Decimal, isMoney } from '../../../money';
import { decimalToNumber } from '../../../money/decimalWords';
import type { ScoreDirection, ScoreValue } from '../../rfm/ScoreSpec';

/** Internal: the values as floats for sorting, plus the exact decimals when there are any. */
export interface ScoreKeys {
  readonly floats: Float64Array;
  readonly exact: Decimal[] | null;
}

/**
 * Internal: checks score inputs — all finite numbers, or all decimals / money of one currency —
 * and returns their sort keys.
 *
 * @throws CrmRulesError `INVALID_INPUT` at `[index]`; `CURRENCY_MISMATCH` at `[index, 'currency']`
 */
export function scoreKeys(values: readonly ScoreValue[]): ScoreKeys {
  if (!Array.isArray(values))
    throw new CrmRulesError('INVALID_INPUT', 'expected a list of values', { value: values });
  const floats = new Float64Array(values.length);
  const first = values[0];
  if (values.length === 0 || typeof first === 'number') {
    values.forEach((value, i) => {
      if (typeof value !== 'number' || !Number.isFinite(value))
        throw new CrmRulesError('INVALID_INPUT', 'expected a finite number (like the others)', {
          path: [i],
          value,
        });
      floats[i] = value;
    });
    return { floats, exact: null };
  }
  const currency = isMoney(first) ? first.currency : null;
  const exact = values.map((value, i) => {
    const amount = isMoney(value) ? value.amount : value;
    if (
      typeof amount !== 'object' ||
      amount === null ||
      !('isFinite' in amount) ||
      !amount.isFinite()
    )
      throw new CrmRulesError(
        'INVALID_INPUT',
        'expected a finite decimal or money (like the others)',
        {
          path: [i],
          value,
        },
      );
    const own = isMoney(value) ? value.currency : null;
    if (own !== currency)
      throw new CrmRulesError('CURRENCY_MISMATCH', `expected ${currency ?? 'a plain decimal'}`, {
        path: [i, 'currency'],
        value: own,
      });
    floats[i] = decimalToNumber(amount);
    return amount;
  });
  return { floats, exact };
}

/**
 * Internal: for each value, how many values are strictly worse (in `direction`). Equal values
 * get equal counts. Whole numbers over a short range (days, purchase counts) are counted in one
 * linear pass; otherwise sorting is on floats (a typed-array sort, then a binary search per
 * value: O(n log n)), and a run of equal floats holding different exact decimals is then ranked
 * exactly.
 */
export function worseCounts(keys: ScoreKeys, direction: ScoreDirection): Int32Array {
  const sign = direction === 'higher-is-better' ? 1 : -1;
  const n = keys.floats.length;
  if (keys.exact === null) {
    const counted = countWorse(keys.floats, sign);
    if (counted !== null) return counted;
  }
  const sorted = new Float64Array(n);
  for (let i = 0; i < n; i += 1) sorted[i] = sign * (keys.floats[i] as number);
  sorted.sort();
  const worse = new Int32Array(n);
  let ties: Map<number, number[]> | null = null;
  for (let i = 0; i < n; i += 1) {
    const key = sign * (keys.floats[i] as number);
    const low = lowerBound(sorted, key);
    worse[i] = low;
    if (keys.exact !== null && low + 1 < n && (sorted[low + 1] as number) === key) {
      ties ??= new Map();
      const run = ties.get(key) ?? [];
      run.push(i);
      ties.set(key, run);
    }
  }
  if (ties !== null)
    for (const run of ties.values()) rankExactly(run, keys.exact as Decimal[], sign, worse);
  return worse;
}

/**
 * The worse counts of whole numbers whose range is at most a few times their count, by counting
 * how many customers have each value (a counting sort without the sort); `null` otherwise.
 */
function countWorse(floats: Float64Array, sign: number): Int32Array | null {
  const n = floats.length;
  if (n === 0) return new Int32Array(0);
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i += 1) {
    const value = floats[i] as number;
    if (!Number.isInteger(value)) return null;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const range = max - min + 1;
  if (!(range <= 4 * n + 1024)) return null;
  // below[v − min]: how many values are less than v.
  const below = new Int32Array(range + 1);
  for (let i = 0; i < n; i += 1) {
    const slot = (floats[i] as number) - min + 1;
    below[slot] = (below[slot] as number) + 1;
  }
  for (let v = 1; v <= range; v += 1) below[v] = (below[v] as number) + (below[v - 1] as number);
  const worse = new Int32Array(n);
  for (let i = 0; i < n; i += 1) {
    const slot = (floats[i] as number) - min;
    // Higher is better: the values below; lower is better: the values above.
    worse[i] = sign > 0 ? (below[slot] as number) : n - (below[slot + 1] as number);
  }
  return worse;
}

/** Ranks a run of equal floats by their exact values (nothing to do when they are all equal). */
function rankExactly(
  run: number[],
  exact: readonly Decimal[],
  sign: number,
  worse: Int32Array,
): void {
  const first = exact[run[0] as number] as Decimal;
  if (run.every((i) => (exact[i] as Decimal).eq(first))) return;
  const low = worse[run[0] as number] as number;
  const order = [...run].sort((a, b) => sign * (exact[a] as Decimal).cmp(exact[b] as Decimal));
  let rank = 0;
  order.forEach((i, k) => {
    if (k > 0 && !(exact[i] as Decimal).eq(exact[order[k - 1] as number] as Decimal)) rank = k;
    worse[i] = low + rank;
  });
}

/** The first index whose key is ≥ `key` (−0 and 0 compare equal). */
function lowerBound(sorted: Float64Array, key: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
