import * as z from 'zod';
import { Decimal } from '../_lib/decimal';
import { percentField } from '../_lib/numberNotes';
import { ContractClause, CountryCode, EntityId, Label, PaymentMethod } from '../model';
import { addIssue } from '../model/_refine';
import { CurrencyCode, DecimalString, MoneyJson } from '../money';
import { IsoDate } from '../period';
import { Severity } from './Finding';

const percent = percentField(
  DecimalString.check(
    z.refine((text) => new Decimal(text).gte(0) && new Decimal(text).lte(100), {
      message: 'a percentage is from 0 to 100',
    }),
  ),
);

const dated = { effectiveFrom: IsoDate, effectiveTo: z.optional(IsoDate) };

/**
 * A caller-supplied group of countries (high-risk countries, sanctioned regions, the EU …) that
 * a document policy refers to by `id`.
 *
 * @example
 * ```ts
 * CountryGroup.parse({ id: 'high-risk', countries: ['VE', 'AF'] }).countries.length;
 * //=> 2
 * ```
 */
export const CountryGroup = z.strictObject({
  id: EntityId,
  countries: z.array(CountryCode).min(1),
});
/** A named group of countries (see {@link CountryGroup}). */
export type CountryGroup = z.infer<typeof CountryGroup>;

function uniqueGroups(groups: readonly CountryGroup[], ctx: z.RefinementCtx): Set<string> {
  const ids = new Set<string>();
  groups.forEach((group, index) => {
    if (ids.has(group.id))
      addIssue(ctx, ['countryGroups', index, 'id'], 'duplicate country group id', group.id);
    ids.add(group.id);
  });
  return ids;
}

/**
 * One rule of a payment-terms policy: for customers of `grade` (any grade when absent) in
 * `countryGroup` (any country when absent), the riskiest payment method allowed on the ladder
 * T/T in advance < L/C < D/P < D/A < O/A < consignment, and the most credit days allowed.
 *
 * @example
 * ```ts
 * PaymentTermsRule.parse({ countryGroup: 'high-risk', riskiestMethod: 'LC' }).riskiestMethod;
 * //=> 'LC'
 * ```
 */
export const PaymentTermsRule = z
  .strictObject({
    grade: Label.optional(),
    countryGroup: EntityId.optional(),
    riskiestMethod: PaymentMethod.optional(),
    maxCreditDays: z.number().int().min(0).max(3650).optional(),
  })
  .refine((rule) => rule.riskiestMethod !== undefined || rule.maxCreditDays !== undefined, {
    message: 'a rule sets riskiestMethod, maxCreditDays or both',
  });
/** A payment-terms rule (see {@link PaymentTermsRule}). */
export type PaymentTermsRule = z.infer<typeof PaymentTermsRule>;

/**
 * Payment-terms policy (DOMAIN §7), one effective-dated version. Every rule whose grade and
 * country group match the customer applies and the strictest wins; at least one default rule
 * (no grade, no country group) covers every customer, so no customer passes for want of a rule.
 * `insuredLimitSeverity` is the severity of exposure above the buyer's credit-insurance limit.
 *
 * @example
 * ```ts
 * PaymentTermsPolicy.parse({
 *   effectiveFrom: '2026-01-01', rules: [{ riskiestMethod: 'OA', maxCreditDays: 90 }],
 * }).methodSeverity;
 * //=> 'block'
 * ```
 */
export const PaymentTermsPolicy = z
  .strictObject({
    ...dated,
    countryGroups: z.array(CountryGroup).default([]),
    rules: z.array(PaymentTermsRule).min(1),
    methodSeverity: Severity.default('block'),
    daysSeverity: Severity.default('warning'),
    insuredLimitSeverity: Severity.default('warning'),
  })
  .superRefine((policy, ctx) => {
    const ids = uniqueGroups(policy.countryGroups, ctx);
    policy.rules.forEach((rule, index) => {
      if (rule.countryGroup !== undefined && !ids.has(rule.countryGroup))
        addIssue(ctx, ['rules', index, 'countryGroup'], 'unknown country group', rule.countryGroup);
    });
    if (!policy.rules.some((rule) => rule.grade === undefined && rule.countryGroup === undefined))
      addIssue(
        ctx,
        ['rules'],
        'add a default rule (no grade, no countryGroup) so every customer is covered',
        policy.rules,
      );
  });
/** A payment-terms policy version (see {@link PaymentTermsPolicy}). */
export type PaymentTermsPolicy = z.infer<typeof PaymentTermsPolicy>;
/** What {@link PaymentTermsPolicy} accepts: its fields with defaults optional. */
export type PaymentTermsPolicyInput = z.input<typeof PaymentTermsPolicy>;

/**
 * One approval level of a pricing policy: up to `upToPercent` (discount) or down to
 * `downToPercent` (margin), `approver` may approve.
 *
 * @example
 * ```ts
 * DiscountApproval.parse({ upToPercent: '10', approver: 'manager' }).approver;
 * //=> 'manager'
 * ```
 */
export const DiscountApproval = z.strictObject({ upToPercent: percent, approver: Label });
/** A discount approval level (see {@link DiscountApproval}). */
export type DiscountApproval = z.infer<typeof DiscountApproval>;

/**
 * One margin approval level: a margin down to `downToPercent` (inclusive) needs `approver`.
 *
 * @example
 * ```ts
 * MarginApproval.parse({ downToPercent: '15', approver: 'director' }).downToPercent;
 * //=> '15'
 * ```
 */
export const MarginApproval = z.strictObject({
  downToPercent: percentField(DecimalString),
  approver: Label,
});
/** A margin approval level (see {@link MarginApproval}). */
export type MarginApproval = z.infer<typeof MarginApproval>;

const steps = (values: readonly string[], increasing: boolean): number =>
  values.findIndex((value, i) => {
    const previous = values[i - 1];
    if (previous === undefined) return false;
    const cmp = new Decimal(value).cmp(previous);
    return increasing ? cmp <= 0 : cmp >= 0;
  });

/**
 * Pricing policy (DOMAIN §7), one effective-dated version. `discount`: a discount up to
 * `freePercent` needs nobody; above it, the first approval level whose `upToPercent` covers it
 * names the approver (levels strictly increasing); above the last level the price is blocked.
 * `margin`: a margin at or above `floorPercent` needs nobody; below it, the first level whose
 * `downToPercent` it still reaches (levels strictly decreasing, below the floor); below the last,
 * blocked. `scope` says whether lines, the whole order or both are checked.
 *
 * @example
 * ```ts
 * PricingPolicy.parse({
 *   effectiveFrom: '2026-01-01',
 *   discount: { freePercent: '5', approvals: [{ upToPercent: '10', approver: 'manager' }, { upToPercent: '20', approver: 'director' }] },
 * }).scope;
 * //=> 'both'
 * ```
 */
export const PricingPolicy = z
  .strictObject({
    ...dated,
    discount: z.optional(
      z.strictObject({
        freePercent: z._default(percent, '0'),
        approvals: z.array(DiscountApproval).default([]),
      }),
    ),
    margin: z.optional(
      z.strictObject({
        floorPercent: percentField(DecimalString),
        approvals: z.array(MarginApproval).default([]),
      }),
    ),
    scope: z.enum(['line', 'order', 'both']).default('both'),
    approvalSeverity: Severity.default('warning'),
  })
  .superRefine((policy, ctx) => {
    if (policy.discount !== undefined) {
      const edges = [
        policy.discount.freePercent,
        ...policy.discount.approvals.map((a) => a.upToPercent),
      ];
      const bad = steps(edges, true);
      if (bad > 0)
        addIssue(
          ctx,
          ['discount', 'approvals', bad - 1, 'upToPercent'],
          'approval levels must increase above freePercent',
          edges[bad],
        );
    }
    if (policy.margin !== undefined) {
      const edges = [
        policy.margin.floorPercent,
        ...policy.margin.approvals.map((a) => a.downToPercent),
      ];
      const bad = steps(edges, false);
      if (bad > 0)
        addIssue(
          ctx,
          ['margin', 'approvals', bad - 1, 'downToPercent'],
          'approval levels must decrease below floorPercent',
          edges[bad],
        );
    }
  });
/** A pricing policy version (see {@link PricingPolicy}). */
export type PricingPolicy = z.infer<typeof PricingPolicy>;
/** What {@link PricingPolicy} accepts: its fields with defaults optional. */
export type PricingPolicyInput = z.input<typeof PricingPolicy>;

/**
 * Contract policy (DOMAIN §7), one effective-dated version: which governing laws, arbitration
 * seats and languages are acceptable (any when absent), whether disputes must go to arbitration,
 * the contract currencies allowed, whether a contract in a currency other than `baseCurrency`
 * needs a currency (exchange-rate) clause, where an IP clause is required: for contracts
 * covering any of `ipClauseCategories`, or with customers in any of `ipClauseCountryGroups`, and
 * the {@link ContractClause}s every contract must carry (`requiredClauses`, e.g.
 * `['force-majeure', 'retention-of-title']`; none by default). `severity` applies to all of these
 * and to a sea-only Incoterm whose transport mode is not stated; `incotermSeverity` to a sea-only
 * Incoterm on a non-sea transport mode.
 *
 * @example
 * ```ts
 * ContractPolicy.parse({ effectiveFrom: '2026-01-01', baseCurrency: 'CNY' }).requireArbitration;
 * //=> false
 * ```
 */
export const ContractPolicy = z
  .strictObject({
    ...dated,
    baseCurrency: CurrencyCode,
    countryGroups: z.array(CountryGroup).default([]),
    governingLaws: z.array(Label).min(1).optional(),
    requireArbitration: z.boolean().default(false),
    arbitrationSeats: z.array(Label).min(1).optional(),
    arbitrationLanguages: z.array(Label).min(1).optional(),
    currencies: z.array(CurrencyCode).min(1).optional(),
    currencyClauseOutsideBase: z.boolean().default(true),
    ipClauseCategories: z.array(EntityId).default([]),
    ipClauseCountryGroups: z.array(EntityId).default([]),
    requiredClauses: z.array(ContractClause).default([]),
    severity: Severity.default('warning'),
    incotermSeverity: Severity.default('block'),
  })
  .superRefine((policy, ctx) => {
    const ids = uniqueGroups(policy.countryGroups, ctx);
    policy.ipClauseCountryGroups.forEach((id, index) => {
      if (!ids.has(id))
        addIssue(ctx, ['ipClauseCountryGroups', index], 'unknown country group', id);
    });
  });
/** A contract policy version (see {@link ContractPolicy}). */
export type ContractPolicy = z.infer<typeof ContractPolicy>;
/** What {@link ContractPolicy} accepts: its fields with defaults optional. */
export type ContractPolicyInput = z.input<typeof ContractPolicy>;

/**
 * FX exposure policy (DOMAIN §7), one effective-dated version: the shock scenarios in percent
 * (e.g. `['-10', '-5', '5', '10']`, each from −100 to 100 exclusive of −100), the largest absolute
 * net open position per currency valued in the base currency, and the largest loss any scenario
 * may cause per currency (both optional; no finding without them).
 *
 * @example
 * ```ts
 * FxExposurePolicy.parse({ effectiveFrom: '2026-01-01' }).shocksPercent;
 * //=> ['-10', '-5', '5', '10']
 * ```
 */
export const FxExposurePolicy = z.strictObject({
  ...dated,
  shocksPercent: z
    .array(
      percentField(
        DecimalString.check(
          z.refine((text) => new Decimal(text).gt(-100) && new Decimal(text).lte(100), {
            message: 'a shock is above −100 % and at most 100 %',
          }),
        ),
      ),
    )
    .default(['-10', '-5', '5', '10']),
  maxOpenPosition: z.optional(MoneyJson),
  maxShockLoss: z.optional(MoneyJson),
  severity: Severity.default('warning'),
});
/** An FX exposure policy version (see {@link FxExposurePolicy}). */
export type FxExposurePolicy = z.infer<typeof FxExposurePolicy>;
/** What {@link FxExposurePolicy} accepts: its fields with defaults optional. */
export type FxExposurePolicyInput = z.input<typeof FxExposurePolicy>;

/**
 * Churn policy (DOMAIN §7), one effective-dated version: customers of `keyGrades` are watched;
 * one with no order for `dormantDays` days or more as of the check date is dormant; with
 * `pAliveBelow` (a probability from 0 to 1), one whose caller-supplied P(alive) is below it is
 * at risk.
 *
 * @example
 * ```ts
 * ChurnPolicy.parse({ effectiveFrom: '2026-01-01', keyGrades: ['A'], dormantDays: 90 }).severity;
 * //=> 'warning'
 * ```
 */
export const ChurnPolicy = z.strictObject({
  ...dated,
  keyGrades: z.array(Label).min(1),
  dormantDays: z.number().int().positive().max(36500),
  pAliveBelow: z.optional(
    DecimalString.check(
      z.refine((text) => new Decimal(text).gte(0) && new Decimal(text).lte(1), {
        message: 'a probability is from 0 to 1',
      }),
    ),
  ),
  severity: Severity.default('warning'),
});
/** A churn policy version (see {@link ChurnPolicy}). */
export type ChurnPolicy = z.infer<typeof ChurnPolicy>;
/** What {@link ChurnPolicy} accepts: its fields with defaults optional. */
export type ChurnPolicyInput = z.input<typeof ChurnPolicy>;
