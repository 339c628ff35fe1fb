import { CrmRulesError } from '../../../../errors';
import { ContractPolicy, PaymentTermsPolicy } from '../../../DocumentPolicies';
import type { Finding } from '../../../Finding';
import { contractFacts, isReview } from '../../contracts/contractFacts';
import { reviewContract } from '../../contracts/reviewContract';
import { termsFindings } from '../../terms/termsFindings';
import type { RunContext } from '../context/RunContext';
import { sectionPolicy } from '../context/sectionPolicy';
import { withLayers } from '../context/withLayers';

/**
 * Internal: the payment terms (`terms`) and the clauses (`contract`) of each contract in
 * `facts.contracts` (a `Contract`, or a `ContractReview`), under its customer's sections —
 * judged as `checkPaymentTerms` and `checkContract` judge them, each contract parsed once, the
 * customer already parsed, each section's policy parsed once. Returns the findings and, for the
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
    const facts = contractFacts(raw, ['facts', 'contracts', i]);
    const { contract } = facts;
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
    if (terms !== null) {
      const policy = sectionPolicy(terms, PaymentTermsPolicy, ['policy', 'checks', 'terms']);
      const subject = { kind: 'contract', id: contract.id } as const;
      for (const f of termsFindings(subject, contract.paymentTerms, customer, policy))
        findings.push(withLayers(f, 'terms', version, terms.layers));
    }
    const clauses = context.sectionFor('contract', customer.id);
    if (clauses !== null) {
      const policy = sectionPolicy(clauses, ContractPolicy, ['policy', 'checks', 'contract']);
      for (const f of reviewContract(facts, customer, policy))
        findings.push(withLayers(f, 'contract', version, clauses.layers));
    }
  });
  return { findings, customerOf };
}
