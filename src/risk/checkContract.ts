import type * as z from 'zod';
import { attempt, CrmRulesError, parseWith, type SafeResult } from '../errors';
import type { Contract } from '../model';
import { Customer } from '../model';
import { contractFacts } from './_lib/contracts/contractFacts';
import { reviewContract } from './_lib/contracts/reviewContract';
import type { ContractReview } from './DocumentInputs';
import { ContractPolicy, type ContractPolicyInput } from './DocumentPolicies';
import type { Finding } from './Finding';

/**
 * What {@link checkContract} reviews: a `Contract` carrying its own `transportMode`, `clauses` and
 * `categoryIds`, or a {@link ContractReview} that adds them to one.
 */
export type ContractDocument = z.input<typeof ContractReview> | z.input<typeof Contract>;

/**
 * Reviews a sales contract against a contract policy (DOMAIN §7). Findings, subject the
 * contract, sorted by severity then subject, code and evidence:
 * - `contract.incoterm.transport-mode` (`incotermSeverity`): FAS, FOB, CFR or CIF — Incoterms
 *   2020 rules for sea and inland waterway only — on goods travelling by road, rail, air or
 *   multimodal (use FCA, CPT or CIP there); `contract.transport-mode.unspecified` (`severity`)
 *   when such a rule's contract does not say how the goods travel;
 * - `contract.governing-law.not-allowed`, `contract.dispute.not-arbitration` (a court clause when
 *   the policy requires arbitration), `contract.arbitration.seat`, `contract.arbitration.language`
 *   (`unspecified` when the clause names none), `contract.arbitration.arbitrators` (a tribunal of
 *   other than 1 or 3), `contract.currency.not-allowed`, `contract.currency-clause.missing` (a
 *   contract outside the base currency without a currency clause),
 *   `contract.ip-clause.missing-category` / `…-country` (an IP clause the policy requires for a
 *   product category or the customer's country group), `contract.clause.missing.<clause>` (one of the
 *   policy's `requiredClauses` absent, evidence `clause`) — all with the policy's `severity`.
 * The facts come from the contract (`transportMode`, `clauses`, `categoryIds`) and, when a
 * {@link ContractReview} is given, from it as well.
 * An unknown Incoterm (`DAT`, retired in 2020) is refused by the model's `Contract` schema.
 *
 * @param review - the contract ({@link Contract}) or the contract with its facts
 * ({@link ContractReview})
 * @param customer - the contract's customer ({@link Customer}), for its country
 * @param policy - the contract policy version in force ({@link ContractPolicy})
 * @returns the findings, none when the contract meets the policy
 * @throws CrmRulesError `INVALID_INPUT` at `['review', 'contract', 'incoterm']` (`['review',
 * 'incoterm']` for a bare contract) for an unknown Incoterm, at `['review', 'transportMode']`
 * when a review's transport mode differs from the contract's own, at `['customer', 'id']` when
 * the customer is not the contract's; `INVALID_INPUT` (or the schema's code) under `review`,
 * `customer` or `policy`
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
 * // the same facts on the contract itself
 * checkContract({ ...review.contract, transportMode: 'air', clauses: ['force-majeure'] }, customer,
 *   { effectiveFrom: '2026-01-01', baseCurrency: 'CNY', requiredClauses: ['force-majeure', 'retention-of-title'] })
 *   .map((f) => [f.code, f.severity, f.evidence.clause ?? f.evidence.transportMode]);
 * //=> [['contract.incoterm.transport-mode', 'block', 'air'], ['contract.clause.missing.retention-of-title', 'warning', 'retention-of-title']]
 * ```
 */
export function checkContract(
  review: ContractDocument,
  customer: z.input<typeof Customer>,
  policy: ContractPolicyInput,
): Finding[] {
  const facts = contractFacts(review, ['review']);
  const buyer = parseWith(Customer, customer, { path: ['customer'] });
  const rules = parseWith(ContractPolicy, policy, { path: ['policy'] });
  const { contract } = facts;
  if (buyer.id !== contract.customerId)
    throw new CrmRulesError('INVALID_INPUT', `the contract's customer is ${contract.customerId}`, {
      path: ['customer', 'id'],
      value: buyer.id,
    });
  return reviewContract(facts, buyer, rules);
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
  review: ContractDocument,
  customer: z.input<typeof Customer>,
  policy: ContractPolicyInput,
): SafeResult<Finding[]> {
  return attempt(() => checkContract(review, customer, policy));
}
