import type { ParetoNbdParams } from '../../ParetoNbdParams';
import { hyp2f1 } from '../math/hypergeometric';

/**
 * ln A₀ of the Pareto/NBD likelihood (Fader, Hardie & Lee 2005, "A Note on Deriving the
 * Pareto/NBD Model and Related Expressions", eq. 19–20), the weight of "died between the last
 * purchase and T":
 * A₀ = ₂F₁(r+s+x, s+1; r+s+x+1; (α−β)/(α+tₓ)) / (α+tₓ)^(r+s+x) − (same at T) when α ≥ β, and the
 * mirror image with β and the second parameter r + x when α < β. Computed as
 * l₁ + ln(1 − e^(l₂−l₁)) from the two log terms, so no power overflows. −∞ when tₓ = T.
 * Returns NaN when a series does not converge within `maxTerms`.
 *
 * @param params - Pareto/NBD parameters
 * @param x - frequency
 * @param tx - recency
 * @param T - time observed
 * @param maxTerms - series term limit
 * @returns ln A₀ (−∞ when tₓ = T, NaN when a series fails)
 * @example
 * ```ts
 * logA0({ r: 1, alpha: 2, s: 1, beta: 2 }, 0, 0, 1); // α = β: 2⁻² − 3⁻²
 * //=> -1.9740810260220099
 * ```
 */
export function logA0(
  { r, alpha, s, beta }: ParetoNbdParams,
  x: number,
  tx: number,
  T: number,
  maxTerms = 2_000_000,
): number {
  if (tx === T) return Number.NEGATIVE_INFINITY;
  const a = r + s + x;
  const [big, small, second] = alpha >= beta ? [alpha, beta, s + 1] : [beta, alpha, r + x];
  const at = (time: number): number => {
    const series = hyp2f1(a, second, a + 1, (big - small) / (big + time), maxTerms);
    if (!series.converged) return Number.NaN;
    return Math.log(series.mantissa) + series.logScale - a * Math.log(big + time);
  };
  const l1 = at(tx);
  const l2 = at(T);
  if (!(l2 < l1))
    return Number.isNaN(l1) || Number.isNaN(l2) ? Number.NaN : Number.NEGATIVE_INFINITY;
  return l1 + Math.log(-Math.expm1(l2 - l1));
}

/**
 * The log-odds of "dead" against "alive" at T for a Pareto/NBD customer:
 * ln[s/(r+s+x)] + (r+x) ln(α+T) + s ln(β+T) + ln A₀, so P(alive) = 1/(1 + e^logOdds).
 *
 * @param params - Pareto/NBD parameters
 * @param x - frequency
 * @param tx - recency
 * @param T - time observed
 * @param maxTerms - series term limit
 * @returns ln[P(dead)/P(alive)] (NaN when a series fails)
 * @example
 * ```ts
 * deadLogOdds({ r: 1, alpha: 2, s: 1, beta: 2 }, 0, 0, 0);
 * //=> -Infinity
 * ```
 */
export function deadLogOdds(
  params: ParetoNbdParams,
  x: number,
  tx: number,
  T: number,
  maxTerms?: number,
): number {
  const { r, alpha, s, beta } = params;
  return (
    Math.log(s / (r + s + x)) +
    (r + x) * Math.log(alpha + T) +
    s * Math.log(beta + T) +
    logA0(params, x, tx, T, maxTerms)
  );
}
