import type { BgBbParams } from '../../BgBbParams';
import type { BgBbGroups } from '../data/groupBgBb';
import { centralGradient } from '../math/centralGradient';
import type { Objective } from '../math/minimizeBfgs';
import { bgBbPatternLogLikelihood } from './bgBbTerms';

const DOMAIN = 16; // e¹⁶ ≈ 9·10⁶: beyond it a parameter has run off (see checkFitResult)
const STEP = 1e-5;

/**
 * Σ count · ln L(x, tₓ, n) over the patterns, in their sorted order (Neumaier-compensated).
 *
 * @param groups - grouped patterns
 * @param params - BG/BB parameters
 * @returns the log-likelihood of all customers
 * @example
 * ```ts
 * bgBbGroupedLogLikelihood(groupBgBb([{ frequency: 0, recency: 0, n: 0, count: 5 }]),
 *   { alpha: 1, beta: 1, gamma: 1, delta: 1 });
 * //=> 0
 * ```
 */
export function bgBbGroupedLogLikelihood(groups: BgBbGroups, params: BgBbParams): number {
  let sum = 0;
  let compensation = 0;
  for (let g = 0; g < groups.size; g++) {
    const term =
      (groups.weight[g] as number) *
      bgBbPatternLogLikelihood(
        params,
        groups.x[g] as number,
        groups.tx[g] as number,
        groups.n[g] as number,
      );
    const next = sum + term;
    compensation += Math.abs(sum) >= Math.abs(term) ? sum - next + term : term - next + sum;
    sum = next;
  }
  return sum + compensation;
}

/**
 * The BG/BB fitting objective over θ = (ln α, ln β, ln γ, ln δ): the mean negative
 * log-likelihood plus `penalizer · (α² + β² + γ² + δ²)`. The gradient is by central differences
 * in θ (step 10⁻⁵), as for Pareto/NBD: a pattern table is small, and the log-sum-exp of the
 * likelihood has no convenient closed derivative.
 *
 * @param groups - grouped patterns
 * @param penalizer - the L2 penalty weight
 * @param start - the starting log-parameters (the search domain is ±16 around them)
 * @returns the objective: f(θ), writing ∇f(θ); NaN outside the domain
 * @example
 * ```ts
 * Number.isFinite(bgBbObjective(groups, 0, [0, 0, 0, 0])([0, 0, 0, 0], [0, 0, 0, 0]));
 * //=> true
 * ```
 */
export function bgBbObjective(
  groups: BgBbGroups,
  penalizer: number,
  start: readonly number[],
): Objective {
  const value = (theta: readonly number[]): number => {
    for (let i = 0; i < 4; i++)
      if (!(Math.abs((theta[i] as number) - (start[i] as number)) <= DOMAIN)) return Number.NaN;
    const [alpha, beta, gamma, delta] = theta.map(Math.exp) as [number, number, number, number];
    const ll = bgBbGroupedLogLikelihood(groups, { alpha, beta, gamma, delta });
    return (
      -ll / groups.totalWeight +
      penalizer * (alpha * alpha + beta * beta + gamma * gamma + delta * delta)
    );
  };
  return centralGradient(value, STEP);
}
