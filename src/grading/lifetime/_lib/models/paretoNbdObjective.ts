import { paretoNbdCustomerLogLikelihood } from '../../paretoNbdLogLikelihood';
import type { SummaryGroups } from '../data/groupSummaries';
import { centralGradient } from '../math/centralGradient';
import type { Objective } from '../math/minimizeBfgs';

const DOMAIN = 16; // e¹⁶ ≈ 9·10⁶: beyond it a parameter has run off (see checkFitResult)
const STEP = 1e-5;
/** Series in a fit stop here; a trial point that needs more is outside the search domain. */
const FIT_SERIES_TERMS = 5_000;

/**
 * The Pareto/NBD fitting objective over θ = (ln r, ln α, ln s, ln β): the mean negative
 * log-likelihood plus `penalizer · (r² + (α/max T)² + s² + (β/max T)²)`. The gradient is by
 * central differences in θ (step 10⁻⁵; error near 10⁻¹⁰, well below the gradient tolerance),
 * because the hypergeometric terms have no convenient derivative in their parameters.
 *
 * @param groups - grouped summaries
 * @param penalizer - the L2 penalty weight
 * @param start - the starting log-parameters (the search domain is ±16 around them)
 * @returns the objective: f(θ), writing ∇f(θ); NaN outside the domain
 * @example
 * ```ts
 * Number.isFinite(paretoNbdObjective(groups, 0, [0, 0, 0, 0])([0, 0, 0, 0], [0, 0, 0, 0]));
 * //=> true
 * ```
 */
export function paretoNbdObjective(
  groups: SummaryGroups,
  penalizer: number,
  start: readonly number[],
): Objective {
  const scale =
    groups.Ts.length > 0 ? Math.max(groups.Ts[groups.Ts.length - 1] as number, 1e-300) : 1;
  const value = (theta: readonly number[]): number => {
    for (let i = 0; i < 4; i++)
      if (!(Math.abs((theta[i] as number) - (start[i] as number)) <= DOMAIN)) return Number.NaN;
    const [r, alpha, s, beta] = theta.map(Math.exp) as [number, number, number, number];
    const params = { r, alpha, s, beta };
    let sum = 0;
    let compensation = 0;
    for (let g = 0; g < groups.size; g++) {
      const ll = paretoNbdCustomerLogLikelihood(
        params,
        groups.x[g] as number,
        groups.tx[g] as number,
        groups.T[g] as number,
        FIT_SERIES_TERMS,
      );
      if (Number.isNaN(ll)) return Number.NaN;
      const term = (groups.weight[g] as number) * ll;
      const next = sum + term;
      compensation += Math.abs(sum) >= Math.abs(term) ? sum - next + term : term - next + sum;
      sum = next;
    }
    const a = alpha / scale;
    const b = beta / scale;
    return -(sum + compensation) / groups.totalWeight + penalizer * (r * r + a * a + s * s + b * b);
  };
  return centralGradient(value, STEP);
}
