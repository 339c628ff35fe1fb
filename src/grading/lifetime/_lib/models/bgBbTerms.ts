import type { BgBbParams } from '../../BgBbParams';
import { digamma, lnGamma, lnRising } from '../math/gamma';
import { logAddExp } from '../math/logSpace';

/** Future opportunities summed term by term up to here; beyond, the closed form is used. */
const LOOP_LIMIT = 100_000;

/**
 * ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b).
 *
 * @param a - > 0
 * @param b - > 0
 * @returns ln B(a, b)
 * @example
 * ```ts
 * lnBeta(2, 3).toFixed(6); // ln(1/12)
 * //=> '-2.484907'
 * ```
 */
export function lnBeta(a: number, b: number): number {
  return lnGamma(a) + lnGamma(b) - lnGamma(a + b);
}

/**
 * One pattern's BG/BB log-likelihood (Fader, Hardie & Shang 2010, eq. 5), no checks:
 * L = B(α+x, β+n−x)/B(α,β) · B(γ, δ+n)/B(γ,δ)
 *   + Σ_{i=0}^{n−tₓ−1} B(α+x, β+tₓ−x+i)/B(α,β) · B(γ+1, δ+tₓ+i)/B(γ,δ),
 * the first term "alive through n", each term of the sum "dropped out just after tₓ + i". The sum
 * runs by the ratio of consecutive terms, (β+tₓ−x+i)/(α+β+tₓ+i) · (δ+tₓ+i)/(γ+δ+1+tₓ+i) < 1,
 * from its first term's logarithm, and joins the first term by a log-sum-exp.
 *
 * @param params - BG/BB parameters
 * @param x - frequency
 * @param tx - recency
 * @param n - opportunities
 * @returns ln L(x, tₓ, n)
 * @example
 * ```ts
 * bgBbPatternLogLikelihood({ alpha: 1, beta: 1, gamma: 1, delta: 1 }, 0, 0, 0);
 * //=> 0
 * ```
 */
export function bgBbPatternLogLikelihood(
  { alpha, beta, gamma, delta }: BgBbParams,
  x: number,
  tx: number,
  n: number,
): number {
  const base = -lnBeta(alpha, beta) - lnBeta(gamma, delta);
  const alive = base + lnBeta(alpha + x, beta + n - x) + lnBeta(gamma, delta + n);
  const gaps = n - tx;
  if (gaps === 0) return alive;
  const first = base + lnBeta(alpha + x, beta + tx - x) + lnBeta(gamma + 1, delta + tx);
  let term = 1;
  let sum = 1;
  for (let i = 0; i < gaps - 1; i++) {
    term *=
      ((beta + tx - x + i) / (alpha + beta + tx + i)) *
      ((delta + tx + i) / (gamma + delta + 1 + tx + i));
    sum += term;
  }
  return logAddExp(alive, first + Math.log(sum));
}

/**
 * ln of the numerator of P(alive at opportunity n + 1 | x, tₓ, n) (Fader, Hardie & Shang 2010,
 * eq. 11): ln[B(α+x, β+n−x)/B(α,β) · B(γ, δ+n+1)/B(γ,δ)].
 *
 * @param params - BG/BB parameters
 * @param x - frequency
 * @param n - opportunities
 * @returns the log numerator
 * @example
 * ```ts
 * bgBbAliveLogNumerator({ alpha: 1, beta: 1, gamma: 1, delta: 1 }, 0, 0).toFixed(6); // ln ½
 * //=> '-0.693147'
 * ```
 */
export function bgBbAliveLogNumerator(
  { alpha, beta, gamma, delta }: BgBbParams,
  x: number,
  n: number,
): number {
  return (
    lnBeta(alpha + x, beta + n - x) -
    lnBeta(alpha, beta) +
    lnBeta(gamma, delta + n + 1) -
    lnBeta(gamma, delta)
  );
}

/**
 * Σ_{k=0}^{K−1} (c)ₖ / (c + γ)ₖ for c > 0, γ > 0: the survival of the next K opportunities relative
 * to the first, summed (c = δ + n + 1). Term by term up to 100,000 opportunities; beyond, the
 * closed form (c + γ − 1)/(γ − 1) · (1 − (c)_K / (c + γ − 1)_K), or c · (ψ(c + K) − ψ(c)) at γ = 1.
 *
 * @param c - δ + n + 1
 * @param gamma - γ
 * @param K - future opportunities, an integer ≥ 0
 * @returns the sum
 * @example
 * ```ts
 * survivalSum(1, 1, 3); // 1 + 1/2 + 1/3
 * //=> 1.8333333333333333
 * ```
 */
export function survivalSum(c: number, gamma: number, K: number): number {
  if (K <= LOOP_LIMIT) {
    let term = 1;
    let sum = 0;
    for (let k = 0; k < K; k++) {
      sum += term;
      term *= (c + k) / (c + gamma + k);
    }
    return sum;
  }
  if (Math.abs(gamma - 1) < 1e-9) return c * (digamma(c + K) - digamma(c));
  const ratio = lnRising(c, K) - lnRising(c + gamma - 1, K);
  return ((c + gamma - 1) / (gamma - 1)) * -Math.expm1(ratio);
}
