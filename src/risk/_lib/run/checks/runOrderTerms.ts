import { CrmRulesError } from '../../../../errors';
import { checkPaymentTerms } from '../../../checkPaymentTerms';
import type { Finding } from '../../../Finding';
import type { RunContext } from '../context/RunContext';
import { withLayers } from '../context/withLayers';

/**
 * Internal: the payment terms (`terms`) of each order still to be fulfilled (`open` or
 * `confirmed`, dated on or before `asOf`) that carries its own `paymentTerms`, under its
 * customer's section. Such an order of a customer not among the facts is `INVALID_INPUT`.
 */
export function runOrderTerms(context: RunContext): Finding[] {
  const findings: Finding[] = [];
  const version = context.policy.effectiveFrom;
  context.facts.orders.forEach((order, i) => {
    if (order.paymentTerms === undefined || order.orderDate > context.asOf) return;
    if (order.status !== 'open' && order.status !== 'confirmed') return;
    if (context.policy.checks.terms === undefined) return;
    const customer = context.customer(order.customerId);
    if (customer === undefined)
      throw new CrmRulesError('INVALID_INPUT', `no customer ${order.customerId} among the facts`, {
        path: ['facts', 'orders', i, 'customerId'],
        value: order.customerId,
      });
    const section = context.sectionFor('terms', customer.id);
    if (section === null) return;
    const policy = section.input as Parameters<typeof checkPaymentTerms>[2];
    for (const f of checkPaymentTerms(order, customer, policy))
      findings.push(withLayers(f, 'terms', version, section.layers));
  });
  return findings;
}
