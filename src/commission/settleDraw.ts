import { attempt, type SafeResult } from '../errors';
import { requireObject } from '../errors/_lib/argumentGuards';
import { type Decimal, type DecimalInput, minorUnits, roundDecimal, toDecimal } from '../money';

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
 * the draw while it runs. A `non-recoverable` draw never recovers. The policy is the plan's draw
 * object as it is (`{ kind, amountPerPeriod: { amount, currency }, maxRecoveryPercent? }`) — then
 * the recovery is rounded down to the currency's minor unit as statements round it, the rest
 * staying in the balance — or `{ kind, amount, maxRecoveryPercent? }` at full precision.
 *
 * @param policy - the plan's `draw`, or `{ kind, amount, maxRecoveryPercent? }`
 * @param earnings - what the payee earned and is due this period
 * @param balance - the recoverable balance carried in (0 for the first period)
 * @returns the top-up, the recovery and the balance carried out
 * @throws CrmRulesError `INVALID_AMOUNT` for floats or malformed amounts
 * @example
 * ```ts
 * // Draw 5,000, earnings 3,200 → top-up 1,800 (DOMAIN §6).
 * settleDraw({ kind: 'non-recoverable', amount: '5000' }, '3200', '0').topUp.toFixed();
 * //=> '1800'
 * // The plan's draw as it is: a third of 1,000 above the draw recovered, to the cent (down).
 * settleDraw({ kind: 'recoverable', amountPerPeriod: { amount: '5000', currency: 'USD' }, maxRecoveryPercent: '33.3333' }, '6000', '900').recovery.toFixed();
 * //=> '333.33'
 * ```
 */
export function settleDraw(
  policy: DrawTerms,
  earnings: DecimalInput,
  balance: DecimalInput,
): DrawSettlement {
  requireObject(policy, 'policy');
  const planned = 'amountPerPeriod' in policy ? policy.amountPerPeriod : undefined;
  if (planned !== undefined) {
    requireObject(planned, 'policy.amountPerPeriod');
    const scale = minorUnits(planned.currency, ['policy', 'amountPerPeriod', 'currency']);
    const exact = settle(
      policy,
      toDecimal(planned.amount, ['policy', 'amountPerPeriod', 'amount']),
      earnings,
      balance,
    );
    const recovery = roundDecimal(exact.recovery, scale, 'down');
    return { ...exact, recovery, balance: exact.balance.plus(exact.recovery).minus(recovery) };
  }
  return settle(
    policy,
    toDecimal((policy as { amount: DecimalInput }).amount, ['policy', 'amount']),
    earnings,
    balance,
  );
}

/**
 * The terms {@link settleDraw} takes: the plan's draw object as it is (`amountPerPeriod` money),
 * or a bare `amount`.
 */
export type DrawTerms =
  | {
      readonly kind: 'recoverable' | 'non-recoverable';
      readonly amountPerPeriod: { readonly amount: DecimalInput; readonly currency: string };
      readonly maxRecoveryPercent?: DecimalInput | undefined;
    }
  | {
      readonly kind: 'recoverable' | 'non-recoverable';
      readonly amount: DecimalInput;
      readonly maxRecoveryPercent?: DecimalInput | undefined;
    };

function settle(
  policy: DrawTerms,
  draw: Decimal,
  earnings: DecimalInput,
  balance: DecimalInput,
): DrawSettlement {
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
