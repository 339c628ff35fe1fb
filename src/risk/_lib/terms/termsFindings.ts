import type { Customer, PaymentTerms } from '../../../model';
import type { PaymentTermsPolicy } from '../../DocumentPolicies';
import type { Finding, RiskSubject } from '../../Finding';
import { documentFinding, sortFindings } from '../catalog/documentFinding';
import { riskRank, strictestTerms } from './strictestTerms';

/**
 * Internal: the findings of parsed payment terms against a parsed policy for a parsed customer —
 * `terms.method.too-risky` and `terms.days.too-long`, sorted — the one judgement behind
 * `checkPaymentTerms` and the run's order terms.
 */
export function termsFindings(
  subject: RiskSubject,
  terms: PaymentTerms,
  customer: Customer,
  policy: PaymentTermsPolicy,
): Finding[] {
  const limits = strictestTerms(policy, customer);
  const findings: Finding[] = [];
  if (limits.method !== undefined && riskRank(terms.method) > riskRank(limits.method.value))
    findings.push(
      documentFinding('terms.method.too-risky', policy.methodSeverity, subject, {
        method: terms.method,
        riskiestMethod: limits.method.value,
        rule: String(limits.method.rule),
      }),
    );
  if (limits.days !== undefined && terms.days > limits.days.value)
    findings.push(
      documentFinding('terms.days.too-long', policy.daysSeverity, subject, {
        days: String(terms.days),
        maxCreditDays: String(limits.days.value),
        excess: String(terms.days - limits.days.value),
        rule: String(limits.days.rule),
      }),
    );
  return sortFindings(findings);
}
