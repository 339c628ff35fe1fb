import type * as z from 'zod';
import { attempt, CrmRulesError, parseWith, type SafeResult } from '../errors';
import { Contract, Customer, Order } from '../model';
import { termsFindings } from './_lib/terms/termsFindings';
import { OrderTerms } from './DocumentInputs';
import { PaymentTermsPolicy, type PaymentTermsPolicyInput } from './DocumentPolicies';
import type { Finding, RiskSubject } from './Finding';

/**
 * What {@link checkPaymentTerms} checks: a contract, an order carrying its `paymentTerms`, or an
 * order's terms given apart ({@link OrderTerms}).
 */
export type TermsDocument = z.input<typeof Contract> | z.input<typeof Order> | OrderTerms;

const has = (document: unknown, key: string): boolean =>
  typeof document === 'object' && document !== null && Object.hasOwn(document, key);

function parseDocument(document: TermsDocument): {
  subject: RiskSubject;
  terms: Contract['paymentTerms'];
} {
  if (has(document, 'orderId')) {
    const order = parseWith(OrderTerms, document, { path: ['document'] });
    return { subject: { kind: 'order', id: order.orderId }, terms: order.paymentTerms };
  }
  if (has(document, 'lines')) {
    const order = parseWith(Order, document, { path: ['document'] });
    if (order.paymentTerms === undefined)
      throw new CrmRulesError(
        'INVALID_INPUT',
        `order ${order.id} carries no paymentTerms; give them on the order or as OrderTerms`,
        { path: ['document', 'paymentTerms'], value: undefined },
      );
    return { subject: { kind: 'order', id: order.id }, terms: order.paymentTerms };
  }
  const contract = parseWith(Contract, document, { path: ['document'] });
  return { subject: { kind: 'contract', id: contract.id }, terms: contract.paymentTerms };
}

/**
 * Checks payment terms against policy (DOMAIN §7). The rules matching the customer's grade and
 * country group apply and the strictest wins (see {@link PaymentTermsPolicy}). Two findings can
 * result, sorted by severity then subject:
 * - `terms.method.too-risky` (`methodSeverity`) when the method ranks above the riskiest allowed
 *   on {@link PAYMENT_RISK_LADDER}; evidence `method`, `riskiestMethod`, `rule` (its index);
 * - `terms.days.too-long` (`daysSeverity`) when the credit days exceed the most allowed;
 *   evidence `days`, `maxCreditDays`, `excess`, `rule`.
 * Terms exactly at a limit pass.
 *
 * @param document - a {@link Contract} (subject: the contract), an {@link Order} with its
 * `paymentTerms`, or {@link OrderTerms} (subject: the order) — an object with `orderId` is read
 * as `OrderTerms`, one with `lines` as an `Order`, any other as a `Contract`
 * @param customer - the customer ({@link Customer}); its `grade` and `country` select the rules
 * @param policy - the payment-terms policy version in force
 * @returns the findings, none when the terms are within policy
 * @throws CrmRulesError `INVALID_INPUT` at `['document', 'paymentTerms']` for an order that
 * carries no payment terms; `INVALID_INPUT` (or the schema's code) with the path under
 * `document`, `customer` or `policy`
 * @example
 * ```ts
 * const policy = {
 *   effectiveFrom: '2026-01-01',
 *   countryGroups: [{ id: 'high-risk', countries: ['VE'] }],
 *   rules: [{ riskiestMethod: 'OA', maxCreditDays: 90 }, { countryGroup: 'high-risk', riskiestMethod: 'LC' }],
 * };
 * const customer = { id: 'C-9', name: 'Caracas Import', country: 'VE', ownerId: 'AM-1' };
 * checkPaymentTerms({ orderId: 'SO-7', paymentTerms: { method: 'DA', days: 60 } }, customer, policy)
 *   .map((f) => [f.code, f.severity, f.evidence.riskiestMethod]);
 * //=> [['terms.method.too-risky', 'block', 'LC']]
 * // the same terms read from the order itself
 * const order = {
 *   id: 'SO-7', customerId: 'C-9', ownerId: 'AM-1', orderDate: '2026-03-02', currency: 'USD', status: 'open' as const,
 *   lines: [{ lineId: '1', productId: 'P-1', categoryId: 'K-1', quantity: '1', unitPrice: '100' }],
 * };
 * checkPaymentTerms({ ...order, paymentTerms: { method: 'DA', days: 60 } }, customer, policy)
 *   .map((f) => [f.code, f.subject.id]);
 * //=> [['terms.method.too-risky', 'SO-7']]
 * ```
 */
export function checkPaymentTerms(
  document: TermsDocument,
  customer: z.input<typeof Customer>,
  policy: PaymentTermsPolicyInput,
): Finding[] {
  const { subject, terms } = parseDocument(document);
  const buyer = parseWith(Customer, customer, { path: ['customer'] });
  const rules = parseWith(PaymentTermsPolicy, policy, { path: ['policy'] });
  return termsFindings(subject, terms, buyer, rules);
}

/**
 * Like {@link checkPaymentTerms}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeCheckPaymentTerms(null, null, null).success;
 * //=> false
 * ```
 */
export function safeCheckPaymentTerms(
  document: TermsDocument,
  customer: z.input<typeof Customer>,
  policy: PaymentTermsPolicyInput,
): SafeResult<Finding[]> {
  return attempt(() => checkPaymentTerms(document, customer, policy));
}
