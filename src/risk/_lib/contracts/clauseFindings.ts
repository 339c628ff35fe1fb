import type { Customer } from '../../../model';
import type { ContractPolicy } from '../../DocumentPolicies';
import type { Finding, RiskSubject } from '../../Finding';
import { documentFinding } from '../catalog/documentFinding';
import type { ContractFacts } from './contractFacts';

const listed = (allowed: readonly string[] | undefined, value: string): boolean =>
  allowed === undefined || allowed.includes(value);

/** Internal: governing law and dispute resolution findings. */
export function disputeFindings(
  review: ContractFacts,
  policy: ContractPolicy,
  subject: RiskSubject,
): Finding[] {
  const { contract } = review;
  const found: Finding[] = [];
  const add = (code: Parameters<typeof documentFinding>[0], evidence: Record<string, string>) =>
    found.push(documentFinding(code, policy.severity, subject, evidence));
  if (!listed(policy.governingLaws, contract.governingLaw))
    add('contract.governing-law.not-allowed', {
      governingLaw: contract.governingLaw,
      allowed: (policy.governingLaws ?? []).join(', '),
    });
  const clause = contract.disputeResolution;
  if (clause.kind === 'court') {
    if (policy.requireArbitration) add('contract.dispute.not-arbitration', { seat: clause.seat });
    return found;
  }
  if (!listed(policy.arbitrationSeats, clause.seat))
    add('contract.arbitration.seat', {
      seat: clause.seat,
      allowed: (policy.arbitrationSeats ?? []).join(', '),
    });
  const language = clause.language ?? 'unspecified';
  if (!listed(policy.arbitrationLanguages, language))
    add('contract.arbitration.language', {
      language,
      allowed: (policy.arbitrationLanguages ?? []).join(', '),
    });
  if (clause.arbitrators !== undefined && clause.arbitrators !== 1 && clause.arbitrators !== 3)
    add('contract.arbitration.arbitrators', { arbitrators: String(clause.arbitrators) });
  return found;
}

/** Internal: currency, IP and required clause findings. */
export function clauseFindings(
  review: ContractFacts,
  customer: Customer,
  policy: ContractPolicy,
  subject: RiskSubject,
): Finding[] {
  const { contract } = review;
  const found: Finding[] = [];
  const add = (code: Parameters<typeof documentFinding>[0], evidence: Record<string, string>) =>
    found.push(documentFinding(code, policy.severity, subject, evidence));
  if (!listed(policy.currencies, contract.currency))
    add('contract.currency.not-allowed', {
      currency: contract.currency,
      allowed: (policy.currencies ?? []).join(', '),
    });
  if (
    policy.currencyClauseOutsideBase &&
    contract.currency !== policy.baseCurrency &&
    !review.clauses.has('currency')
  )
    add('contract.currency-clause.missing', {
      currency: contract.currency,
      baseCurrency: policy.baseCurrency,
    });
  for (const clause of new Set(policy.requiredClauses))
    if (!review.clauses.has(clause)) add(`contract.clause.missing.${clause}`, { clause });
  if (review.clauses.has('ip')) return found;
  for (const categoryId of new Set(review.categoryIds))
    if (policy.ipClauseCategories.includes(categoryId))
      add('contract.ip-clause.missing-category', { categoryId });
  for (const group of policy.countryGroups)
    if (
      policy.ipClauseCountryGroups.includes(group.id) &&
      group.countries.includes(customer.country)
    )
      add('contract.ip-clause.missing-country', {
        country: customer.country,
        countryGroup: group.id,
      });
  return found;
}
