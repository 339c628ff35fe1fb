import type { Customer, PaymentMethod } from '../../../model';
import type { PaymentTermsPolicy, PaymentTermsRule } from '../../DocumentPolicies';
import { PAYMENT_RISK_LADDER } from '../../PAYMENT_RISK_LADDER';

/** Internal: the strictest limits of the rules that apply to a customer, with the rule index. */
export interface StrictestTerms {
  readonly method?: { readonly value: PaymentMethod; readonly rule: number };
  readonly days?: { readonly value: number; readonly rule: number };
}

/** Internal: the risk rank of a payment method on {@link PAYMENT_RISK_LADDER}. */
export const riskRank = (method: PaymentMethod): number => PAYMENT_RISK_LADDER.indexOf(method);

function applies(rule: PaymentTermsRule, customer: Customer, groups: Map<string, Set<string>>) {
  if (rule.grade !== undefined && rule.grade !== customer.grade) return false;
  if (rule.countryGroup === undefined) return true;
  return groups.get(rule.countryGroup)?.has(customer.country) === true;
}

/**
 * Internal: every rule matching the customer's grade and country group applies; the lowest
 * riskiest method and the fewest credit days win, the first rule in the list on a tie.
 */
export function strictestTerms(policy: PaymentTermsPolicy, customer: Customer): StrictestTerms {
  const groups = new Map(policy.countryGroups.map((g) => [g.id, new Set(g.countries)]));
  let method: StrictestTerms['method'];
  let days: StrictestTerms['days'];
  policy.rules.forEach((rule, index) => {
    if (!applies(rule, customer, groups)) return;
    const m = rule.riskiestMethod;
    if (m !== undefined && (method === undefined || riskRank(m) < riskRank(method.value)))
      method = { value: m, rule: index };
    const d = rule.maxCreditDays;
    if (d !== undefined && (days === undefined || d < days.value)) days = { value: d, rule: index };
  });
  return { ...(method && { method }), ...(days && { days }) };
}
