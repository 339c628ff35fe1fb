import * as z from 'zod';
import { IsoDate } from './IsoDate';

/**
 * The dates of one version of effective-dated data — a plan, a policy, a target — in force from
 * `effectiveFrom` (included) to `effectiveTo` (excluded). Without `effectiveTo` a version runs
 * until the next version's `effectiveFrom` (the convention of SAP condition records and Xactly
 * plan versions), or forever if it is the last. Extend it with the version's own fields:
 * `EffectiveDated.extend({ rate: DecimalString })`, and validate lists of versions with
 * {@link effectiveVersions} or {@link validateVersions}.
 *
 * @example
 * ```ts
 * EffectiveDated.parse({ effectiveFrom: '2026-01-01' });
 * //=> { effectiveFrom: '2026-01-01' }
 * ```
 */
export const EffectiveDated = z.strictObject({
  effectiveFrom: IsoDate,
  effectiveTo: z.optional(IsoDate),
});
/** The dates of one version of effective-dated data (see {@link EffectiveDated}). */
export type EffectiveDated = z.infer<typeof EffectiveDated>;
