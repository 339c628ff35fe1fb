import type * as z from 'zod';
import { attempt, CrmRulesError, parseWith, type SafeResult } from '../errors';
import { Customer } from '../model';
import { documentFinding, sortFindings } from './_lib/catalog/documentFinding';
import { clauseFindings, disputeFindings } from './_lib/contracts/clauseFindings';
import { suitsMode } from './_lib/contracts/incotermModes';
import { ContractReview } from './DocumentInputs';
import { ContractPolicy, type ContractPolicyInput } from './DocumentPolicies';
import type { Finding, RiskSubject } from './Finding';

/**
 * Reviews a sales contract against a contract policy (DOMAIN §7). Findings, subject the
 * contract, sorted by severity then subject, code and evidence:
 * - `contract.incoterm.transport-mode` (`incotermSeverity`): FAS, FOB, CFR or CIF — Incoterms
 *   2020 rules for sea and inland waterway only — on goods travelling by road, rail, air or
 *   multimodal (use FCA, CPT or CIP there);
 * - `contract.governing-law.not-allowed`, `contract.dispute.not-arbitration` (a court clause when
 *   the policy requires arbitration), `contract.arbitration.seat`, `contract.arbitration.language`
 *   (`unspecified` when the clause names none), `contract.arbitration.arbitrators` (a tribunal of
 *   other than 1 or 3), `contract.currency.not-allowed`, `contract.currency-clause.missing` (a
 *   contract outside the base currency without a currency clause),
 *   `contract.ip-clause.missing-category` / `…-country` (an IP clause the policy requires for a
 *   product category or the customer's country group) — all with the policy's `severity`.
 * An unknown Incoterm (`DAT`, retired in 2020) is refused by the model's `Contract` schema.
 *
 * @param review - the contract and its facts ({@link ContractReview})
 * @param customer - the contract's customer ({@link Customer}), for its country
 * @param policy - the contract policy version in force ({@link ContractPolicy})
 * @returns the findings, none when the contract meets the policy
 * @throws CrmRulesError `INVALID_INPUT` at `['review', 'contract', 'incoterm']` for an unknown
 * Incoterm, at `['customer', 'id']` when the customer is not the contract's; `INVALID_INPUT` (or
 * the schema's code) under `review`, `customer` or `policy`
 * @example
 * ```ts
 * const review = {
 *   contract: {
 *     id: 'K-1', customerId: 'C-1', startDate: '2026-01-01', incoterm: 'FOB', governingLaw: 'CN',
 *     disputeResolution: { kind: 'arbitration', seat: 'Beijing', arbitrators: 3 }, currency: 'CNY',
 *     paymentTerms: { method: 'LC', days: 0 },
 *   },
 *   transportMode: 'air',
 * } as const;
 * const customer = { id: 'C-1', name: 'Osaka Kiki KK', country: 'JP', ownerId: 'AM-1' };
 * checkContract(review, customer, { effectiveFrom: '2026-01-01', baseCurrency: 'CNY' })
 *   .map((f) => [f.code, f.severity]);
 * //=> [['contract.incoterm.transport-mode', 'block']]
 * ```
 */
export function checkContract(
  review: z.input<typeof ContractReview>,
  customer: z.input<typeof Customer>,
  policy: ContractPolicyInput,
): Finding[] {
  const facts = parseWith(ContractReview, review, { path: ['review'] });
  const buyer = parseWith(Customer, customer, { path: ['customer'] });
  const rules = parseWith(ContractPolicy, policy, { path: ['policy'] });
  const { contract } = facts;
  if (buyer.id !== contract.customerId)
    throw new CrmRulesError('INVALID_INPUT', `the contract's customer is ${contract.customerId}`, {
      path: ['customer', 'id'],
      value: buyer.id,
    });
  const subject: RiskSubject = { kind: 'contract', id: contract.id };
  const findings: Finding[] = [];
  if (!suitsMode(contract.incoterm, facts.transportMode))
    findings.push(
      documentFinding('contract.incoterm.transport-mode', rules.incotermSeverity, subject, {
        incoterm: contract.incoterm,
        transportMode: facts.transportMode,
      }),
    );
  findings.push(
    ...disputeFindings(facts, rules, subject),
    ...clauseFindings(facts, buyer, rules, subject),
  );
  return sortFindings(findings);
}

/**
 * Like {@link checkContract}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeCheckContract(null, null, null).success;
 * //=> false
 * ```
 */
export function safeCheckContract(
  review: z.input<typeof ContractReview>,
  customer: z.input<typeof Customer>,
  policy: ContractPolicyInput,
): SafeResult<Finding[]> {
  return attempt(() => checkContract(review, customer, policy));
}
