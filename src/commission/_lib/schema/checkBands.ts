import type { z } from 'zod';
import { Decimal } from '../../../money';

/** Internal: a band of a tier table or multiplier: `[from, to)`, `to: null` for the open last. */
export interface BandBounds {
  readonly from: string;
  readonly to: string | null;
}

/** Internal: how {@link checkBands} reads a table. */
export interface BandRules {
  /** What a band is called in messages (`tier`, `band`). */
  readonly what?: string;
  /**
   * Whether the table states an outcome outside its bands (a tier table's `outsideTiers`): then a
   * first band above 0, a gap between bands and a closed last band are accepted as written.
   */
  readonly outside?: boolean;
  /** The sentence that names the field accepting a gap, for the messages when `outside` is not set. */
  readonly hint?: string;
}

/**
 * Internal: checks a band table — at least one band, each `to` above its `from`, no overlap, only
 * the last open; unless the table states an outcome outside its bands, also the first from 0, no
 * gap and the last open — and reports each problem as `INVALID_TIERS` at `[field, index, bound]`.
 */
export function checkBands(
  bands: readonly BandBounds[],
  ctx: z.RefinementCtx,
  field: string,
  rules: BandRules = {},
): void {
  const what = rules.what ?? 'tier';
  const hint = rules.hint === undefined ? '' : `; ${rules.hint}`;
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
    if (index === 0 && !from.isZero() && rules.outside !== true)
      issue(index, 'from', `the first ${what} starts at 0${hint}`, band.from);
    const previous = bands[index - 1];
    if (previous !== undefined && previous.to !== null && !from.eq(previous.to)) {
      const gap = from.gt(previous.to);
      if (!gap || rules.outside !== true)
        issue(
          index,
          'from',
          `this ${what} ${gap ? 'leaves a gap after' : 'overlaps'} the previous one, which ends at ${previous.to}${gap ? hint : ''}`,
          band.from,
        );
    }
    if (band.to === null) {
      if (!last) issue(index, 'to', `only the last ${what} may be open (to: null)`, band.to);
    } else if (!new Decimal(band.to).gt(from)) {
      issue(index, 'to', `a ${what} ends above where it starts (${band.from})`, band.to);
    } else if (last && rules.outside !== true) {
      issue(
        index,
        'to',
        `the last ${what} must be open (to: null) so every amount has one${hint}`,
        band.to,
      );
    }
  });
}
