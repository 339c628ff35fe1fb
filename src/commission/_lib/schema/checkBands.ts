import type { z } from 'zod';
import { Decimal } from '../../../money';

/** Internal: a band of a tier table or multiplier: `[from, to)`, `to: null` for the open last. */
export interface BandBounds {
  readonly from: string;
  readonly to: string | null;
}

/**
 * Internal: checks a band table — at least one band, the first from 0, each `to` above its
 * `from`, each band starting where the previous ends (no gap, no overlap), only the last open
 * and the last open — and reports each problem as `INVALID_TIERS` at `[field, index, bound]`.
 */
export function checkBands(
  bands: readonly BandBounds[],
  ctx: z.RefinementCtx,
  field: string,
  what = 'tier',
): void {
  const issue = (index: number, bound: 'from' | 'to', message: string, input: unknown) =>
    ctx.addIssue({
      code: 'custom',
      path: [field, index, bound],
      message,
      input,
      params: { code: 'INVALID_TIERS' },
    });
  if (bands.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: [field],
      message: `at least one ${what} is needed`,
      input: bands,
      params: { code: 'INVALID_TIERS' },
    });
    return;
  }
  bands.forEach((band, index) => {
    const from = new Decimal(band.from);
    const last = index === bands.length - 1;
    if (index === 0 && !from.isZero())
      issue(index, 'from', `the first ${what} starts at 0`, band.from);
    const previous = bands[index - 1];
    if (previous !== undefined && previous.to !== null && !from.eq(previous.to)) {
      const kind = from.gt(previous.to) ? 'leaves a gap after' : 'overlaps';
      issue(
        index,
        'from',
        `this ${what} ${kind} the previous one, which ends at ${previous.to}`,
        band.from,
      );
    }
    if (band.to === null) {
      if (!last) issue(index, 'to', `only the last ${what} may be open (to: null)`, band.to);
    } else if (last) {
      issue(
        index,
        'to',
        `the last ${what} must be open (to: null) so every amount has one`,
        band.to,
      );
    } else if (!new Decimal(band.to).gt(from)) {
      issue(index, 'to', `a ${what} ends above where it starts (${band.from})`, band.to);
    }
  });
}
