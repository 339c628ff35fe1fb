import type * as z from 'zod';
import { Decimal } from '../_lib/decimal';
import { attempt, CrmRulesError, parseWith, type SafeResult } from '../errors';
import { Customer } from '../model';
import { MoneyJson } from '../money';
import { insuredFinding } from './_lib/terms/insuredFinding';
import { PaymentTermsPolicy, type PaymentTermsPolicyInput } from './DocumentPolicies';
import type { Finding } from './Finding';

/**
 * Checks a buyer's exposure against its export credit-insurance limit (`Customer.insuredLimit`,
 * e.g. a Sinosure buyer limit; DOMAIN §7). The exposure is the caller's figure (open
 * receivables, unbilled orders …, e.g. from the credit check). A customer without an insured
 * limit is insured for 0. Exposure above the limit gives one `terms.insured-limit.exceeded`
 * finding (severity `insuredLimitSeverity`) with evidence `exposure`, `insuredLimit`, `uncovered`
 * (their difference) and `currency`; exposure exactly at the limit passes.
 *
 * @param customer - the customer ({@link Customer})
 * @param exposure - the exposure, as {@link MoneyJson} in the insured limit's currency
 * @param policy - the payment-terms policy version in force (for the severity)
 * @returns no finding, or one
 * @throws CrmRulesError `CURRENCY_MISMATCH` at `['exposure', 'currency']` when the exposure is not
 * in the insured limit's currency; `INVALID_INPUT` (or the schema's code) under `customer`,
 * `exposure` or `policy`
 * @example
 * ```ts
 * const customer = {
 *   id: 'C-1', name: 'Lyon Outils SA', country: 'FR', ownerId: 'AM-1',
 *   insuredLimit: { amount: '100000.00', currency: 'USD' },
 * };
 * const policy = { effectiveFrom: '2026-01-01', rules: [{ riskiestMethod: 'OA' }] };
 * checkInsuredLimit(customer, { amount: '120000', currency: 'USD' }, policy)[0]?.evidence.uncovered;
 * //=> '20000.00'
 * ```
 */
export function checkInsuredLimit(
  customer: z.input<typeof Customer>,
  exposure: MoneyJson,
  policy: PaymentTermsPolicyInput,
): Finding[] {
  const buyer = parseWith(Customer, customer, { path: ['customer'] });
  const owed = parseWith(MoneyJson, exposure, { path: ['exposure'] });
  const rules = parseWith(PaymentTermsPolicy, policy, { path: ['policy'] });
  const limit = buyer.insuredLimit ?? { amount: '0', currency: owed.currency };
  if (limit.currency !== owed.currency)
    throw new CrmRulesError(
      'CURRENCY_MISMATCH',
      `the exposure must be in the insured limit's currency ${limit.currency}`,
      { path: ['exposure', 'currency'], value: owed.currency },
    );
  return insuredFinding(
    buyer.id,
    new Decimal(owed.amount),
    new Decimal(limit.amount),
    owed.currency,
    rules.insuredLimitSeverity,
  );
}

/**
 * Like {@link checkInsuredLimit}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeCheckInsuredLimit(null, null, null).success;
 * //=> false
 * ```
 */
export function safeCheckInsuredLimit(
  customer: z.input<typeof Customer>,
  exposure: MoneyJson,
  policy: PaymentTermsPolicyInput,
): SafeResult<Finding[]> {
  return attempt(() => checkInsuredLimit(customer, exposure, policy));
}
