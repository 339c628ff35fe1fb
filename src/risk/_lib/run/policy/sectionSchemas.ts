import * as z from 'zod';
import {
  ChurnPolicy,
  ContractPolicy,
  FxExposurePolicy,
  PaymentTermsPolicy,
  PricingPolicy,
} from '../../../DocumentPolicies';
import { AgingPolicy, ConcentrationPolicy, CreditPolicy } from '../../../policies';
import { ScreeningPolicy } from '../../../ScreeningPolicy';

/** The checks a risk policy can run, in the order {@link runRiskChecks} runs them. */
export const CHECK_KEYS = [
  'credit',
  'insured',
  'aging',
  'concentration',
  'terms',
  'pricing',
  'contract',
  'fx',
  'churn',
  'screening',
  'tradeBarriers',
] as const;
/** A check of a risk policy. */
export type CheckKey = (typeof CHECK_KEYS)[number];

/**
 * What `checkInsuredLimit` reads of its `PaymentTermsPolicy`: the dates and
 * `insuredLimitSeverity`, the same field schemas (zod cannot `pick` from a refined object).
 */
const InsuredLimitPolicy = z.strictObject({
  effectiveFrom: PaymentTermsPolicy.shape.effectiveFrom,
  effectiveTo: PaymentTermsPolicy.shape.effectiveTo,
  insuredLimitSeverity: PaymentTermsPolicy.shape.insuredLimitSeverity,
});

/** Each check's own policy schema, reused as its section (one source per check). */
export const SECTION_SCHEMAS = {
  credit: CreditPolicy,
  insured: InsuredLimitPolicy,
  aging: AgingPolicy,
  concentration: ConcentrationPolicy,
  terms: PaymentTermsPolicy,
  pricing: PricingPolicy,
  contract: ContractPolicy,
  fx: FxExposurePolicy,
  churn: ChurnPolicy,
  screening: ScreeningPolicy,
  tradeBarriers: ScreeningPolicy,
} as const satisfies Record<CheckKey, z.ZodObject>;

/**
 * What a grade or country-group layer may override per check: `all` fields of the section, the
 * listed ones, or nothing (`null`: a check about the company or a manager, not a customer).
 * Credit: the thresholds and the limits (`defaultLimit`, `groupLimits`, looked up again per
 * customer); what counts as exposure (`check`, `horizonDays`, `insuredLimitAdds`) is fixed when
 * the exposure index is built once for all customers.
 */
export const LAYER_FIELDS = {
  credit: ['warnAtPercent', 'blockAtPercent', 'defaultLimit', 'groupLimits'],
  insured: 'all',
  aging: ['warnAfterDays', 'blockAfterDays'],
  concentration: null,
  terms: 'all',
  pricing: 'all',
  contract: 'all',
  fx: null,
  churn: 'all',
  screening: ['threshold', 'blockAt'],
  tradeBarriers: 'all',
} as const satisfies Record<CheckKey, readonly string[] | 'all' | null>;

type Dateless<S extends z.ZodRawShape> = Omit<S, 'effectiveFrom' | 'effectiveTo'>;

function datelessShape<S extends z.ZodRawShape>(schema: z.ZodObject<S>): Dateless<S> {
  const { effectiveFrom: _from, effectiveTo: _to, ...rest } = schema.shape;
  return rest as Dateless<S>;
}

/**
 * A check's section of a risk policy: its policy's fields without the dates (the version's
 * dates apply) and `enabled` (default true). Cross-field rules are checked by parsing the section
 * with the check's own schema (see {@link datedSection}).
 */
export function sectionOf<S extends z.ZodRawShape>(schema: z.ZodObject<S>) {
  return z.strictObject({ enabled: z.boolean().default(true), ...datelessShape(schema) });
}

/** A layer's override of a check: `enabled` and the overridable fields, all optional, no defaults. */
export function overrideOf(schema: z.ZodObject, fields: readonly string[] | 'all') {
  const shape = datelessShape(schema) as Record<string, z.ZodType>;
  const names = fields === 'all' ? Object.keys(shape) : fields;
  const optional: Record<string, z.ZodType> = { enabled: z.optional(z.boolean()) };
  for (const name of names) {
    const field = shape[name] as z.ZodType;
    optional[name] = z.optional(field instanceof z.ZodDefault ? field.unwrap() : field);
  }
  return z.strictObject(optional);
}

/** A section merged with the version's dates: the input of the check's own schema. */
export function datedSection(
  version: { readonly effectiveFrom: string; readonly effectiveTo?: string | undefined },
  section: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const { enabled: _enabled, ...fields } = section;
  return {
    ...fields,
    effectiveFrom: version.effectiveFrom,
    ...(version.effectiveTo === undefined ? {} : { effectiveTo: version.effectiveTo }),
  };
}
