import * as z from 'zod';
import { CrmRulesError } from '../errors';

/**
 * The length of a period: a calendar `month`, a `quarter` (3 months), a `half` (6 months) or a
 * `year` (12 months). Quarters, halves and years follow the fiscal calendar when one is given;
 * months are the same in every calendar.
 *
 * @example
 * ```ts
 * Grain.options;
 * //=> ['month', 'quarter', 'half', 'year']
 * ```
 */
export const Grain = z.enum(['month', 'quarter', 'half', 'year']);
/** A period grain: `month`, `quarter`, `half` or `year`. */
export type Grain = z.infer<typeof Grain>;

/** Months per grain. */
export const GRAIN_MONTHS: Readonly<Record<Grain, number>> = Object.freeze({
  month: 1,
  quarter: 3,
  half: 6,
  year: 12,
});

/**
 * The number of months in a period of a grain.
 *
 * @param grain - the grain
 * @returns 1, 3, 6 or 12
 * @throws CrmRulesError `INVALID_INPUT` for anything that is not a grain (path `['grain']`)
 * @example
 * ```ts
 * monthsInGrain('half');
 * //=> 6
 * ```
 */
export function monthsInGrain(grain: Grain): number {
  if (typeof grain !== 'string' || !Object.hasOwn(GRAIN_MONTHS, grain))
    throw new CrmRulesError('INVALID_INPUT', 'expected a grain: month, quarter, half or year', {
      path: ['grain'],
      value: grain,
    });
  return GRAIN_MONTHS[grain];
}
