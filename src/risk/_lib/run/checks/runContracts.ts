import { CrmRulesError } from '../../../../errors';
import { checkContract } from '../../../checkContract';
import { checkPaymentTerms } from '../../../checkPaymentTerms';
import type { Finding } from '../../../Finding';
import { contractFacts, isReview } from '../../contracts/contractFacts';
import type { RunContext } from '../context/RunContext';
import { withLayers } from '../context/withLayers';

type Input<F extends (...args: never[]) => unknown> = Parameters<F>[2];

/**
 * Internal: the payment terms (`terms`) and the clauses (`contract`) of each contract in
 * `facts.contracts` (a `Contract`, or a `ContractReview`), under its customer's sections.
 * Returns the findings and, for the summaries, each contract's customer.
 */
export function runContracts(context: RunContext): {
  findings: Finding[];
  customerOf: Map<string, string>;
} {
  const findings: Finding[] = [];
  const customerOf = new Map<string, string>();
  const version = context.policy.effectiveFrom;
  (context.facts.raw.contracts ?? []).forEach((raw, i) => {
    const { contract } = contractFacts(raw, ['facts', 'contracts', i]);
    const customer = context.customer(contract.customerId);
    if (customer === undefined)
      throw new CrmRulesError(
        'INVALID_INPUT',
        `no customer ${contract.customerId} among the facts`,
        {
          path: ['facts', 'contracts', i, ...(isReview(raw) ? ['contract'] : []), 'customerId'],
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
      for (const f of checkContract(
        raw as Parameters<typeof checkContract>[0],
        customer,
        clauses.input as Input<typeof checkContract>,
      ))
        findings.push(withLayers(f, 'contract', version, clauses.layers));
  });
  return { findings, customerOf };
}
