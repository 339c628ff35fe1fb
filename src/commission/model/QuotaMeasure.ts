import * as z from 'zod';

/**
 * What a plan's quotas and attainment count: `money` (the default: the credited base in the plan
 * currency against a money quota) or `quantity` (the units credited — each credit's share of its
 * line's quantity — against a quota in units, `{ quantity: '500' }`). Gates, multipliers and the
 * statement's attainment read it; `attainment`-measure tiers stay money-only.
 *
 * @example
 * ```ts
 * QuotaMeasure.options;
 * //=> ['money', 'quantity']
 * ```
 */
export const QuotaMeasure = z.enum(['money', 'quantity']);
/** A quota measure (see {@link QuotaMeasure}). */
export type QuotaMeasure = z.infer<typeof QuotaMeasure>;
