import { attempt, CrmRulesError, type SafeResult } from '../errors';
import { requireArray } from '../errors/_lib/argumentGuards';
import { type Money, money, toDecimal } from '../money';
import { requireMoney } from '../money/_lib/guards';
import { scaledText } from '../money/_lib/scaled/scaledText';
import { splitNum, splitWeights } from './_lib/exact/splitNum';

/** One payee's share of a split amount (see {@link splitCredit}). */
export interface CreditShare {
  readonly payeeId: string;
  readonly percent: string;
  readonly amount: Money;
}

/** How {@link splitCredit} credits: `divide` (default) the amount, or `full` credit to each payee. */
export interface SplitCreditOptions {
  readonly mode?: 'divide' | 'full' | undefined;
}

type Shares = ReadonlyArray<{ readonly payeeId: string; readonly percent: string }>;

/** Full (duplicate) credit: each share is 100 % and each payee is credited the whole amount. */
function fullCredit(amount: Money, shares: Shares): CreditShare[] {
  return shares.map((share, index) => {
    if (!toDecimal(share.percent, ['shares', index, 'percent']).eq(100))
      throw new CrmRulesError('INVALID_AMOUNT', 'a full-credit share is 100 %', {
        path: ['shares', index, 'percent'],
        value: share.percent,
      });
    return { payeeId: share.payeeId, percent: share.percent, amount };
  });
}

/**
 * Divides a credited amount among payees by percentages that add up to exactly 100. The shares
 * add up to the amount exactly: each gets its share rounded toward zero at the amount's own
 * precision (at least the currency's minor unit), and the units left over go one at a time to the
 * largest remainders, ties to the earlier share. The engine passes shares sorted by payee id, so
 * the result never depends on the order a split was written in.
 *
 * With `mode: 'full'` (a `CreditSplit`'s full, duplicate credit) each percentage is `100` and each
 * payee is credited the whole amount, as a sole owner would be: the shares then add up to the
 * amount times the number of payees.
 *
 * @param amount - the amount to divide (negative for a reversal: split as its magnitude)
 * @param shares - `[{ payeeId, percent }]`, percentages as decimal strings
 * @param options - `mode`: `divide` (default) or `full`
 * @returns one share per entry, in order
 * @throws CrmRulesError `SPLIT_NOT_100` at `['shares']` (value: the sum) unless the percentages add
 * up to exactly 100; `INVALID_AMOUNT` for a malformed percentage, one not above 0, or, in `full`
 * mode, one that is not 100; `INVALID_INPUT` at `['options', 'mode']` for an unknown mode
 * @example
 * ```ts
 * splitCredit(money('100.01', 'USD'), [{ payeeId: 'A', percent: '50' }, { payeeId: 'B', percent: '50' }])
 *   .map((share) => share.amount.amount.toFixed(2));
 * //=> ['50.01', '50.00']
 * splitCredit(money('100.01', 'USD'), [{ payeeId: 'A', percent: '100' }, { payeeId: 'B', percent: '100' }], { mode: 'full' })
 *   .map((share) => share.amount.amount.toFixed(2));
 * //=> ['100.01', '100.01']
 * ```
 */
export function splitCredit(
  amount: Money,
  shares: ReadonlyArray<{ readonly payeeId: string; readonly percent: string }>,
  options: SplitCreditOptions = {},
): CreditShare[] {
  requireMoney(amount, ['amount']);
  requireArray(shares, 'shares');
  const mode = options.mode ?? 'divide';
  if (mode === 'full') return fullCredit(amount, shares);
  if (mode !== 'divide')
    throw new CrmRulesError('INVALID_INPUT', 'mode is divide or full', {
      path: ['options', 'mode'],
      value: mode,
    });
  const total = shares.reduce((sum, share, index) => {
    const percent = toDecimal(share.percent, ['shares', index, 'percent']);
    if (!percent.gt(0))
      throw new CrmRulesError('INVALID_AMOUNT', 'a share is above 0 %', {
        path: ['shares', index, 'percent'],
        value: share.percent,
      });
    return sum.plus(percent);
  }, toDecimal(0));
  if (!total.eq(100))
    throw new CrmRulesError(
      'SPLIT_NOT_100',
      `the shares add up to ${total.toFixed()} %, not 100 %`,
      {
        path: ['shares'],
        value: total.toFixed(),
      },
    );
  const parts = splitNum(
    amount.amount,
    amount.currency,
    splitWeights(shares.map((share) => toDecimal(share.percent).toFixed())),
  );
  return shares.map((share, index) => ({
    payeeId: share.payeeId,
    percent: share.percent,
    amount: money(scaledText(parts[index] as typeof amount.amount), amount.currency),
  }));
}

/**
 * Like {@link splitCredit}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeSplitCredit(null, null).success;
 * //=> false
 * ```
 */
export function safeSplitCredit(
  amount: Money,
  shares: ReadonlyArray<{ readonly payeeId: string; readonly percent: string }>,
  options: SplitCreditOptions = {},
): SafeResult<CreditShare[]> {
  return attempt(() => splitCredit(amount, shares, options));
}
