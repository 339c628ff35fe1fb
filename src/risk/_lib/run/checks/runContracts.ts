import { CrmRulesError, parseWith } from '../../../../errors';
import { checkContract } from '../../../checkContract';
import { checkPaymentTerms } from '../../../checkPaymentTerms';
import { ContractReview } from '../../../DocumentInputs';
import type { Finding } from '../../../Finding';
import type { RunContext } from '../context/RunContext';
import { withLayers } from '../context/withLayers';

type Input<F extends (...args: never[]) => unknown> = Parameters<F>[2];

/**
 * Internal: the payment terms (`terms`) and the clauses (`contract`) of each contract in
 * `facts.contracts`, under its customer's sections. Returns the findings and, for the
 * summaries, each contract's customer.
 */
export function runContracts(context: RunContext): {
  findings: Finding[];
  customerOf: Map<string, string>;
} {
  const findings: Finding[] = [];
  const customerOf = new Map<string, string>();
  const version = context.policy.effectiveFrom;
  (context.facts.raw.contracts ?? []).forEach((raw, i) => {
    const review = parseWith(ContractReview, raw, { path: ['facts', 'contracts', i] });
    const { contract } = review;
    const customer = context.customer(contract.customerId);
    if (customer === undefined)
      throw new CrmRulesError(
        'INVALID_INPUT',
        `no customer ${contract.customerId} among the facts`,
        {
          path: ['facts', 'contracts', i, 'contract', 'customerId'],
          value: contract.customerId,
        },
      );
    customerOf.set(contract.id, customer.id);
    const terms = context.sectionFor('terms', customer.id);
    if (terms !== null)
      for (const f of checkPaymentTerms(
        contract,
        customer,
        terms.input as Input<typeof checkPaymentTerms>,
      ))
        findings.push(withLayers(f, 'terms', version, terms.layers));
    const clauses = context.sectionFor('contract', customer.id);
    if (clauses !== null)
      for (const f of checkContract(review, customer, clauses.input as Input<typeof checkContract>))
        findings.push(withLayers(f, 'contract', version, clauses.layers));
  });
  return { findings, customerOf };
}
