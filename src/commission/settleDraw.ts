import { attempt, type SafeResult } from '../errors';
import { requireObject } from '../errors/_lib/argumentGuards';
import { type Decimal, type DecimalInput, toDecimal } from '../money';

/** What a draw does in one period (see {@link settleDraw}). */
export interface DrawSettlement {
  /** Paid on top of earnings to reach the draw (0 when earnings reach it). */
  readonly topUp: Decimal;
  /** Recovered from earnings above the draw against the outstanding balance (0 or more). */
  readonly recovery: Decimal;
  /** The recoverable balance after this period (always 0 for a non-recoverable draw). */
  readonly balance: Decimal;
}

/**
 * Settles a draw for one period. Earnings below the draw are topped up to it; for a
 * `recoverable` draw the top-up is added to the balance, and earnings above the draw first repay
 * the balance (at most `maxRecoveryPercent` of the excess), so the payee is never paid less than
 * the draw while it runs. A `non-recoverable` draw never recovers.
 *
 * @param policy - `{ kind, amountPerPeriod, maxRecoveryPercent? }` with the amount as a decimal
 * @param earnings - what the payee earned and is due this period
 * @param balance - the recoverable balance carried in (0 for the first period)
 * @returns the top-up, the recovery and the balance carried out
 * @throws CrmRulesError `INVALID_AMOUNT` for floats or malformed amounts
 * @example
 * ```ts
 * // Draw 5,000, earnings 3,200 → top-up 1,800 (DOMAIN §6).
 * settleDraw({ kind: 'non-recoverable', amount: '5000' }, '3200', '0').topUp.toFixed();
 * //=> '1800'
 * ```
 */
export function settleDraw(
  policy: {
    readonly kind: 'recoverable' | 'non-recoverable';
    readonly amount: DecimalInput;
    readonly maxRecoveryPercent?: DecimalInput | undefined;
  },
  earnings: DecimalInput,
  balance: DecimalInput,
): DrawSettlement {
  requireObject(policy, 'policy');
  const draw = toDecimal(policy.amount, ['policy', 'amount']);
  const earned = toDecimal(earnings, ['earnings']);
  const owed = toDecimal(balance, ['balance']);
  const zero = toDecimal(0);
  if (earned.lt(draw)) {
    const topUp = draw.minus(earned);
    return {
      topUp,
      recovery: zero,
      balance: policy.kind === 'recoverable' ? owed.plus(topUp) : zero,
    };
  }
  if (policy.kind === 'non-recoverable' || owed.lte(0))
    return { topUp: zero, recovery: zero, balance: policy.kind === 'recoverable' ? owed : zero };
  let room = earned.minus(draw);
  if (policy.maxRecoveryPercent !== undefined)
    room = room
      .times(toDecimal(policy.maxRecoveryPercent, ['policy', 'maxRecoveryPercent']))
      .div(100);
  const recovery = smaller(room, owed);
  return { topUp: zero, recovery, balance: owed.minus(recovery) };
}

/**
 * Like {@link settleDraw}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeSettleDraw(null, null, null).success;
 * //=> false
 * ```
 */
export function safeSettleDraw(
  policy: Parameters<typeof settleDraw>[0],
  earnings: DecimalInput,
  balance: DecimalInput,
): SafeResult<DrawSettlement> {
  return attempt(() => settleDraw(policy, earnings, balance));
}

function smaller(a: Decimal, b: Decimal): Decimal {
  return a.lte(b) ? a : b;
}
