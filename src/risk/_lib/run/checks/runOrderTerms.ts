import { CrmRulesError } from '../../../../errors';
import { PaymentTermsPolicy } from '../../../DocumentPolicies';
import type { Finding } from '../../../Finding';
import { termsFindings } from '../../terms/termsFindings';
import type { RunContext } from '../context/RunContext';
import { sectionPolicy } from '../context/sectionPolicy';
import { withLayers } from '../context/withLayers';

/**
 * Internal: the payment terms (`terms`) of each order still to be fulfilled (`open` or
 * `confirmed`, dated on or before `asOf`) that carries its own `paymentTerms`, under its
 * customer's section — judged as `checkPaymentTerms` judges them, the order and the customer
 * already parsed and each section's policy parsed once. Such an order of a customer not among
 * the facts is `INVALID_INPUT`.
 */
export function runOrderTerms(context: RunContext): Finding[] {
  const findings: Finding[] = [];
  if (context.policy.checks.terms === undefined) return findings;
  const version = context.policy.effectiveFrom;
  context.facts.orders.forEach((order, i) => {
    if (order.paymentTerms === undefined || order.orderDate > context.asOf) return;
    if (order.status !== 'open' && order.status !== 'confirmed') return;
    const customer = context.customer(order.customerId);
    if (customer === undefined)
      throw new CrmRulesError('INVALID_INPUT', `no customer ${order.customerId} among the facts`, {
        path: ['facts', 'orders', i, 'customerId'],
        value: order.customerId,
      });
    const section = context.sectionFor('terms', customer.id);
    if (section === null) return;
    const policy = sectionPolicy(section, PaymentTermsPolicy, ['policy', 'checks', 'terms']);
    const subject = { kind: 'order', id: order.id } as const;
    for (const f of termsFindings(subject, order.paymentTerms, customer, policy))
      findings.push(withLayers(f, 'terms', version, section.layers));
  });
  return findings;
}
