import type * as z from 'zod';
import { Decimal } from '../../../_lib/decimal';
import { type Constant, type Exact40, parseConstant } from '../../../money/_lib/Exact40';

/** One row of a band table: an optional lower and upper bound. */
interface BandEdges {
  readonly from: string | null;
  readonly to: string | null;
}

/**
 * Internal: the rules of a band table (curve bands, scale-mapping bands), as schema issues: only
 * the first band may be open below and only the last open above, each band ends above its start,
 * and each starts where the previous one ends (no gap, no overlap).
 */
export function checkGapFreeBands(bands: readonly BandEdges[], ctx: z.RefinementCtx): void {
  bands.forEach((band, i) => {
    const previous = bands[i - 1];
    if (i > 0 && band.from === null)
      ctx.addIssue({
        code: 'custom',
        message: 'only the first band may be open below',
        path: [i, 'from'],
      });
    if (i < bands.length - 1 && band.to === null)
      ctx.addIssue({
        code: 'custom',
        message: 'only the last band may be open above',
        path: [i, 'to'],
      });
    if (band.from !== null && band.to !== null && !new Decimal(band.to).gt(band.from))
      ctx.addIssue({
        code: 'custom',
        message: 'a band must end above its start',
        path: [i, 'to'],
        input: band.to,
      });
    if (
      previous !== undefined &&
      (previous.to === null || band.from === null || !new Decimal(previous.to).eq(band.from))
    )
      ctx.addIssue({
        code: 'custom',
        message: 'bands must be gap-free: each starts where the previous ends',
        path: [i, 'from'],
        input: band.from,
      });
  });
}

/**
 * Internal: whether `value` lies in a band — `[from, to)`, or `(from, to]` when `upperInclusive`
 * (the edges read through `constant`).
 */
export function inBand(
  value: Exact40,
  band: BandEdges,
  upperInclusive: boolean,
  constant: Constant = parseConstant,
): boolean {
  const { from, to } = band;
  return (
    (from === null || (upperInclusive ? value.gt(constant(from)) : value.gte(constant(from)))) &&
    (to === null || (upperInclusive ? value.lte(constant(to)) : value.lt(constant(to))))
  );
}
