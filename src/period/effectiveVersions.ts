import * as z from 'zod';
import { CrmRulesError } from '../errors';
import type { EffectiveDated } from './EffectiveDated';
import { versionSpans } from './versionSpans';

/**
 * The schema of a list of effective-dated versions: an array of `item` whose versions never
 * overlap (see {@link validateVersions} for the rules). Through `parseWith` an overlap becomes
 * `OVERLAPPING_VERSIONS` with the path of the offending version.
 *
 * @param item - the schema of one version, usually `EffectiveDated.extend({ … })`
 * @returns an array schema with the overlap check
 * @example
 * ```ts
 * import { z } from 'zod';
 * const Targets = effectiveVersions(EffectiveDated.extend({ amount: z.string() }));
 * parseWith(Targets, [
 *   { effectiveFrom: '2026-01-01', amount: '100' },
 *   { effectiveFrom: '2026-01-01', amount: '120' },
 * ]);
 * //=> throws CrmRulesError OVERLAPPING_VERSIONS at [1]
 * ```
 */
export function effectiveVersions<T extends z.ZodType<EffectiveDated>>(item: T): z.ZodArray<T> {
  if (!(item instanceof z.ZodType))
    throw new CrmRulesError('INVALID_INPUT', 'expected the zod schema of one version', {
      path: ['item'],
      value: item,
    });
  return z.array(item).superRefine((versions, ctx) => {
    const result = versionSpans(versions as EffectiveDated[]);
    if ('problem' in result)
      ctx.addIssue({
        code: 'custom',
        message: result.problem.message,
        path: result.problem.path,
        input: result.problem.value,
        params: { code: result.problem.code },
      });
  });
}
