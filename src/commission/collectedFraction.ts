import { attempt, CrmRulesError, type SafeResult } from '../errors';
import { assertSameCurrency, type Decimal, type Money } from '../money';
import { requireMoney } from '../money/_lib/guards';

/**
 * The fraction of an invoice a payment allocation collects: `allocated ÷ invoice total`. Under a
 * `collected` base each invoice line releases this fraction of its amount (DOMAIN §6: an invoice
 * of 1,000 at 20 % with 500 paid releases 500, paying 100).
 *
 * @param allocated - the amount of the payment applied to the invoice
 * @param invoiceTotal - the invoice total (tax included, as the customer owes it)
 * @returns the fraction, exact to 40 significant digits
 * @throws CrmRulesError `CURRENCY_MISMATCH` (path `['allocated', 'currency']`) when the payment is
 * in another currency than the invoice; `DIVISION_BY_ZERO` for a zero total
 * @example
 * ```ts
 * collectedFraction(money('500', 'USD'), money('1000', 'USD')).toFixed();
 * //=> '0.5'
 * ```
 */
export function collectedFraction(allocated: Money, invoiceTotal: Money): Decimal {
  requireMoney(allocated, ['allocated']);
  requireMoney(invoiceTotal, ['invoiceTotal']);
  assertSameCurrency(allocated, invoiceTotal, ['allocated', 'currency']);
  if (invoiceTotal.amount.isZero())
    throw new CrmRulesError('DIVISION_BY_ZERO', 'the invoice total is zero', {
      path: ['invoiceTotal'],
      value: '0',
    });
  return allocated.amount.div(invoiceTotal.amount);
}

/**
 * Like {@link collectedFraction}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeCollectedFraction(null, null).success;
 * //=> false
 * ```
 */
export function safeCollectedFraction(allocated: Money, invoiceTotal: Money): SafeResult<Decimal> {
  return attempt(() => collectedFraction(allocated, invoiceTotal));
}
