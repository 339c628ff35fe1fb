import { attempt, CrmRulesError, type SafeResult } from '../../errors';
import { finiteResult } from '../_lib/exact/finiteResult';
import { parseSummaries } from './_lib/data/parseSummaries';
import { repeatSpend } from './_lib/models/repeatSpend';

/** The result of {@link spendFrequencyCorrelation}. */
export interface SpendFrequencyCorrelation {
  /** Pearson's correlation between frequency and mean spend of the repeat customers, in [−1, 1]. */
  readonly correlation: number;
  /** Repeat customers used. */
  readonly customers: number;
}

/**
 * Checks the Gamma-Gamma model's key assumption, that how much a customer spends per purchase
 * does not depend on how often they buy: Pearson's correlation between `frequency` and
 * `monetaryValue` over the customers with repeat purchases. Near 0 supports combining the
 * Gamma-Gamma spend with a BG/NBD purchase forecast (0.11 on the CDNOW sample);
 * a strong correlation means the CLV product double-counts or misses value.
 *
 * @param summaries - untrusted BTYD summaries with `monetaryValue`
 * @returns the correlation and the number of repeat customers (a row with a `count` weighs as
 * that many customers)
 * @throws CrmRulesError `INVALID_INPUT` for a bad row; `INSUFFICIENT_DATA` with fewer than three
 * repeat customers or when frequency or spend does not vary
 * — and `LIMIT_EXCEEDED` if the correlation is not finite, never NaN
 * @example
 * ```ts
 * spendFrequencyCorrelation([
 *   { frequency: 1, recency: 1, T: 9, monetaryValue: 10 },
 *   { frequency: 2, recency: 2, T: 9, monetaryValue: 20 },
 *   { frequency: 3, recency: 3, T: 9, monetaryValue: 30 },
 * ]);
 * //=> { correlation: 1, customers: 3 }
 * ```
 */
export function spendFrequencyCorrelation(summaries: unknown): SpendFrequencyCorrelation {
  const rows = parseSummaries(summaries);
  const pairs: Array<[number, number, number]> = [];
  let n = 0;
  rows.forEach((row, index) => {
    const w = row.count ?? 1;
    if (row.frequency > 0 && w > 0) {
      pairs.push([row.frequency, repeatSpend(row.monetaryValue, [index, 'monetaryValue']), w]);
      n += w;
    }
  });
  pairs.sort((u, v) => u[0] - v[0] || u[1] - v[1] || u[2] - v[2]);
  // The correlation does not depend on scale: dividing by the largest values first keeps the
  // squares below n, where frequencies near 2^53 or spends near 1e300 would overflow.
  const sx = pairs.length === 0 ? 1 : (pairs[pairs.length - 1] as [number, number, number])[0];
  const sy = pairs.reduce((max, pair) => Math.max(max, pair[1]), 0) || 1;
  for (const pair of pairs) {
    pair[0] /= sx;
    pair[1] /= sy;
  }
  let mx = 0;
  let my = 0;
  for (const [x, y, w] of pairs) {
    mx += w * x;
    my += w * y;
  }
  mx /= n;
  my /= n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (const [x, y, w] of pairs) {
    sxx += w * (x - mx) ** 2;
    syy += w * (y - my) ** 2;
    sxy += w * (x - mx) * (y - my);
  }
  if (n < 3 || !(sxx > 0) || !(syy > 0))
    throw new CrmRulesError(
      'INSUFFICIENT_DATA',
      'need at least three repeat customers whose frequency and spend both vary',
      { value: { repeatCustomers: n } },
    );
  const correlation = Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
  return {
    correlation: finiteResult(correlation, 'the correlation', [], { repeatCustomers: n }),
    customers: n,
  };
}

/**
 * Like {@link spendFrequencyCorrelation}, but returns `{ success, data | error }` instead of
 * throwing; it never throws.
 *
 * @example
 * ```ts
 * safeSpendFrequencyCorrelation(null).success;
 * //=> false
 * ```
 */
export function safeSpendFrequencyCorrelation(
  summaries: unknown,
): SafeResult<SpendFrequencyCorrelation> {
  return attempt(() => spendFrequencyCorrelation(summaries));
}
