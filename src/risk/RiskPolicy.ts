import * as z from 'zod';
import { EntityId, Label } from '../model';
import { IsoDate } from '../period';
import { refineEffectiveRange } from '../period/_lib/refineEffectiveRange';
import { refineRiskPolicy } from './_lib/run/policy/refineRiskPolicy';
import {
  CHECK_KEYS,
  LAYER_FIELDS,
  overrideOf,
  SECTION_SCHEMAS,
  sectionOf,
} from './_lib/run/policy/sectionSchemas';

/**
 * The checks a {@link RiskPolicy} can run: `credit` (exposure vs limit), `insured` (exposure vs
 * the buyer's credit-insurance limit), `aging` (overdue receivables), `concentration` (HHI, top-N
 * share, key person, capacity), `terms` (payment terms of contracts), `pricing` (discount and
 * margin floors of open orders), `contract` (Incoterms, law, arbitration, currency and IP
 * clauses), `fx` (net open position), `churn` (dormant key customers), `screening` (denied
 * parties) and `tradeBarriers` (restricted countries and HS codes).
 *
 * @example
 * ```ts
 * RiskCheckKey.options.length;
 * //=> 11
 * ```
 */
export const RiskCheckKey = z.enum(CHECK_KEYS);
/** A check of a risk policy (see {@link RiskCheckKey}). */
export type RiskCheckKey = z.infer<typeof RiskCheckKey>;

/**
 * One layer of a risk policy for a customer grade or a country group: per check, `enabled` and
 * the fields it overrides. Customer checks only: `credit` (`warnAtPercent`, `blockAtPercent`, and
 * the limits `defaultLimit`, `groupLimits`, looked up per customer with its layers),
 * `insured` (`insuredLimitSeverity`), `aging` (`warnAfterDays`, `blockAfterDays`), `screening`
 * (`threshold`, `blockAt`), and any field of `terms`, `pricing`, `contract`, `churn` and
 * `tradeBarriers`; `concentration` and `fx` are about the company and its managers and have no
 * layers. Nested objects are replaced whole.
 *
 * @example
 * ```ts
 * RiskPolicyLayer.parse({ credit: { blockAtPercent: '120' } }).credit;
 * //=> { blockAtPercent: '120' }
 * ```
 */
export const RiskPolicyLayer = z.strictObject({
  credit: z.optional(overrideOf(SECTION_SCHEMAS.credit, LAYER_FIELDS.credit)),
  insured: z.optional(overrideOf(SECTION_SCHEMAS.insured, LAYER_FIELDS.insured)),
  aging: z.optional(overrideOf(SECTION_SCHEMAS.aging, LAYER_FIELDS.aging)),
  terms: z.optional(overrideOf(SECTION_SCHEMAS.terms, LAYER_FIELDS.terms)),
  pricing: z.optional(overrideOf(SECTION_SCHEMAS.pricing, LAYER_FIELDS.pricing)),
  contract: z.optional(overrideOf(SECTION_SCHEMAS.contract, LAYER_FIELDS.contract)),
  churn: z.optional(overrideOf(SECTION_SCHEMAS.churn, LAYER_FIELDS.churn)),
  screening: z.optional(overrideOf(SECTION_SCHEMAS.screening, LAYER_FIELDS.screening)),
  tradeBarriers: z.optional(overrideOf(SECTION_SCHEMAS.tradeBarriers, LAYER_FIELDS.tradeBarriers)),
});
/** A grade or country-group layer (see {@link RiskPolicyLayer}). */
export type RiskPolicyLayer = z.infer<typeof RiskPolicyLayer>;

/**
 * One effective-dated version of a company's risk policy (DOMAIN §7): which checks run, each
 * with its own policy as its section (`CreditPolicy`, `AgingPolicy`, …; `insured` the
 * `insuredLimitSeverity` of `PaymentTermsPolicy`; without the dates, plus
 * `enabled`, default true; a check without a section does not run), and layers that override
 * sections per country group (`byCountryGroup`, by `CountryGroup` id) and per customer grade
 * (`byGrade`, by grade id). **Precedence, most specific wins: base section → country-group layers
 * (in the order of the caller's `countryGroups` list, a later group over an earlier one) →
 * grade layer.** A layer overrides only a check the base defines; each section, alone and with
 * each single layer, must satisfy its check's own schema.
 *
 * @example
 * ```ts
 * const policy = RiskPolicy.parse({
 *   effectiveFrom: '2026-01-01',
 *   checks: { credit: { warnAtPercent: '80', blockAtPercent: '100' } },
 *   byGrade: { A: { credit: { blockAtPercent: '120' } } },
 * });
 * [policy.checks.credit?.enabled, policy.checks.credit?.check];
 * //=> [true, 'static']
 * ```
 */
export const RiskPolicy = z
  .strictObject({
    effectiveFrom: IsoDate,
    effectiveTo: z.optional(IsoDate),
    checks: z.strictObject({
      credit: z.optional(sectionOf(SECTION_SCHEMAS.credit)),
      insured: z.optional(sectionOf(SECTION_SCHEMAS.insured)),
      aging: z.optional(sectionOf(SECTION_SCHEMAS.aging)),
      concentration: z.optional(sectionOf(SECTION_SCHEMAS.concentration)),
      terms: z.optional(sectionOf(SECTION_SCHEMAS.terms)),
      pricing: z.optional(sectionOf(SECTION_SCHEMAS.pricing)),
      contract: z.optional(sectionOf(SECTION_SCHEMAS.contract)),
      fx: z.optional(sectionOf(SECTION_SCHEMAS.fx)),
      churn: z.optional(sectionOf(SECTION_SCHEMAS.churn)),
      screening: z.optional(sectionOf(SECTION_SCHEMAS.screening)),
      tradeBarriers: z.optional(sectionOf(SECTION_SCHEMAS.tradeBarriers)),
    }),
    byCountryGroup: z.record(EntityId, RiskPolicyLayer).default({}),
    byGrade: z.record(Label, RiskPolicyLayer).default({}),
  })
  .superRefine((policy, ctx) => {
    refineEffectiveRange(policy, ctx);
    refineRiskPolicy(policy, ctx);
  });
/** A risk policy version (see {@link RiskPolicy}). */
export type RiskPolicy = z.infer<typeof RiskPolicy>;
/** What {@link RiskPolicy} accepts: its fields with defaults optional. */
export type RiskPolicyInput = z.input<typeof RiskPolicy>;
