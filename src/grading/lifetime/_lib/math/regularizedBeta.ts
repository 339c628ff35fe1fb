import { lnGamma } from './gamma';

const TINY = 1e-300;
const EPS = 4e-16;

/**
 * The regularized incomplete beta function I_x(a, b) for a, b > 0 and 0 ≤ x ≤ 1, by the
 * continued fraction of Numerical Recipes §6.4 (modified Lentz), evaluated on the side where
 * it converges fast; so small tails keep their relative accuracy (no `1 − almost 1`). Returns
 * NaN when the fraction does not converge within `maxIterations`.
 *
 * @param x - the argument in [0, 1]
 * @param a - first shape, > 0
 * @param b - second shape, > 0
 * @param maxIterations - continued-fraction limit
 * @returns I_x(a, b), or NaN when the fraction does not converge
 * @example
 * ```ts
 * regularizedBeta(0.5, 2, 2).toFixed(12);
 * //=> '0.500000000000'
 * ```
 */
export function regularizedBeta(x: number, a: number, b: number, maxIterations = 100_000): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const lnFront = lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
  if (x < (a + 1) / (a + b + 2)) {
    return (Math.exp(lnFront) * betaFraction(x, a, b, maxIterations)) / a;
  }
  return 1 - (Math.exp(lnFront) * betaFraction(1 - x, b, a, maxIterations)) / b;
}

function betaFraction(x: number, a: number, b: number, maxIterations: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= maxIterations; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) return h;
  }
  return Number.NaN;
}
