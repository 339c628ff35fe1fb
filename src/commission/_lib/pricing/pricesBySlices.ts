import type { TierMode } from '../../model/TierTable';

/**
 * Internal: whether a tier mode prices each slice of the measure in its own tier (`marginal` at
 * the tier's rate, `interpolated-amount` a prorated share of the tier's amount), rather than the
 * whole measure at one rate (`whole`, `interpolated-rate`). Every tier engine asks this, so a new
 * mode fails to compile here until it is given an answer.
 */
export function pricesBySlices(mode: TierMode): boolean {
  switch (mode) {
    case 'marginal':
    case 'interpolated-amount':
      return true;
    case 'whole':
    case 'interpolated-rate':
      return false;
    default: {
      const unhandled: never = mode;
      throw new TypeError(`unknown tier mode ${String(unhandled)}`);
    }
  }
}

/** Internal: whether the one rate of a mode is interpolated between tiers (`interpolated-rate`). */
export function interpolatesRate(mode: TierMode): boolean {
  switch (mode) {
    case 'interpolated-rate':
      return true;
    case 'whole':
    case 'marginal':
    case 'interpolated-amount':
      return false;
    default: {
      const unhandled: never = mode;
      throw new TypeError(`unknown tier mode ${String(unhandled)}`);
    }
  }
}
