import type { Customer } from '../../../model';
import type { ContractPolicy } from '../../DocumentPolicies';
import type { Finding, RiskSubject } from '../../Finding';
import { documentFinding, sortFindings } from '../catalog/documentFinding';
import { clauseFindings, disputeFindings } from './clauseFindings';
import type { ContractFacts } from './contractFacts';
import { INCOTERM_MODES, suitsMode } from './incotermModes';

/**
 * Internal: the findings of `checkContract` over facts, customer and policy already parsed (the
 * customer is the contract's): transport mode against the Incoterm, then disputes and clauses,
 * sorted.
 */
export function reviewContract(
  facts: ContractFacts,
  buyer: Customer,
  rules: ContractPolicy,
): Finding[] {
  const { contract } = facts;
  const subject: RiskSubject = { kind: 'contract', id: contract.id };
  const findings: Finding[] = [];
  const mode = facts.transportMode;
  if (mode === undefined && INCOTERM_MODES[contract.incoterm] === 'waterway')
    findings.push(
      documentFinding('contract.transport-mode.unspecified', rules.severity, subject, {
        incoterm: contract.incoterm,
      }),
    );
  if (mode !== undefined && !suitsMode(contract.incoterm, mode))
    findings.push(
      documentFinding('contract.incoterm.transport-mode', rules.incotermSeverity, subject, {
        incoterm: contract.incoterm,
        transportMode: mode,
      }),
    );
  findings.push(
    ...disputeFindings(facts, rules, subject),
    ...clauseFindings(facts, buyer, rules, subject),
  );
  return sortFindings(findings);
}
