import { attempt, CrmRulesError, type SafeResult } from '../../errors';
import { checkSummaryResult } from '../_lib/input/checkArgument';
import type { SummaryResult } from './CustomerSummary';

/** One row for the lifetime-value models: the BTYD fields and the customer id. */
export interface BtydRow {
  readonly id: string;
  readonly frequency: number;
  readonly recency: number;
  readonly T: number;
  readonly monetaryValue: number;
}

/**
 * The BTYD rows of a summary, ready for the BG/NBD and Gamma-Gamma fits of the lifetime-value
 * models: `frequency` (repeat purchases), `recency` and `T` in the summary's unit, and
 * `monetaryValue` (mean value of the repeat purchases, a float).
 *
 * @param result - from {@link summarise} with the `btyd` convention and the first purchase
 * excluded (the defaults)
 * @returns one row per customer, in the summary's order
 * @throws CrmRulesError `INVALID_INPUT` at `['convention']` for an `rfm` summary, or at
 * `['includeFirstPurchase']` when the first purchase was counted
 * @example
 * ```ts
 * const result = summariseTransactions(
 *   [
 *     { customerId: 'C-1', date: '2026-01-01', amount: '10' },
 *     { customerId: 'C-1', date: '2026-01-15', amount: '30' },
 *   ],
 *   { currency: 'USD', end: '2026-01-29', unit: 'weeks' },
 * );
 * toBtydRows(result);
 * //=> [{ id: 'C-1', frequency: 1, recency: 2, T: 4, monetaryValue: 30 }]
 * ```
 */
export function toBtydRows(result: SummaryResult): BtydRow[] {
  checkSummaryResult(result, ['result']);
  if (result.convention !== 'btyd')
    throw new CrmRulesError('INVALID_INPUT', 'BTYD rows need a summary in the btyd convention', {
      path: ['convention'],
      value: result.convention,
    });
  if (result.includeFirstPurchase)
    throw new CrmRulesError('INVALID_INPUT', 'BTYD rows count repeat purchases only', {
      path: ['includeFirstPurchase'],
      value: true,
    });
  return result.summaries.map((s) => ({
    id: s.customerId,
    frequency: s.frequency,
    recency: s.recency,
    T: s.T,
    monetaryValue: s.monetaryValue,
  }));
}

/**
 * Like {@link toBtydRows}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeToBtydRows(null).success;
 * //=> false
 * ```
 */
export function safeToBtydRows(result: SummaryResult): SafeResult<BtydRow[]> {
  return attempt(() => toBtydRows(result));
}
