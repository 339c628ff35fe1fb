/** A series sum written as `mantissa · e^logScale`, so huge intermediate terms never overflow. */
export interface ScaledSum {
  readonly mantissa: number;
  readonly logScale: number;
  /** Terms summed. */
  readonly terms: number;
  /** False when the series did not reach the tolerance within the term limit. */
  readonly converged: boolean;
}

const RESCALE_AT = 1e200;
const LN_RESCALE = Math.log(RESCALE_AT);

/**
 * The generalized hypergeometric series ₚF_q(upper; lower; z) = Σₙ Π(uᵢ)ₙ / Π(lⱼ)ₙ · zⁿ / n!
 * for |z| < 1 and p = q + 1 (₂F₁, ₃F₂), summed term by term. Meant for 0 ≤ z < 1, where
 * the terms do not alternate; for z < 0 cancellation costs relative accuracy. Terms and the
 * running sum are rescaled by 10²⁰⁰ whenever they grow past it, so a series whose terms climb to
 * 10⁵⁰⁰ before falling still sums (the caller multiplies by `e^logScale`, usually after adding
 * a log prefactor).
 *
 * Stopping is rigorous: once every factor (uᵢ + k) and (lⱼ + k) is positive, each ratio of
 * consecutive terms is at most |z| · Π max(1, (uᵢ + k)/(lᵢ + k)) (upper and lower parameters
 * paired in sorted order, n! counted as (1)ₙ), which only falls as k grows; the tail is then
 * below a geometric series, and the sum stops when that bound is under `tolerance` relative to
 * the sum. An upper parameter that is zero or a negative integer ends the series exactly.
 *
 * @param upper - numerator parameters (p of them)
 * @param lower - denominator parameters (p − 1 of them; never zero or a negative integer)
 * @param z - the argument, |z| < 1
 * @param maxTerms - term limit; `converged` is false when it is reached
 * @param tolerance - relative tolerance of the tail
 * @returns the sum as mantissa · e^logScale, the terms used and whether it converged
 * @example
 * ```ts
 * const s = hypergeometric([1, 1], [2], 0.5); // ₂F₁(1,1;2;z) = −ln(1−z)/z
 * s.mantissa * Math.exp(s.logScale);
 * //=> 1.3862943611198901
 * ```
 */
export function hypergeometric(
  upper: readonly number[],
  lower: readonly number[],
  z: number,
  maxTerms = 2_000_000,
  tolerance = 1e-16,
): ScaledSum {
  const ups = [...upper].sort((x, y) => x - y);
  const lows = [...lower, 1].sort((x, y) => x - y);
  let positiveFrom = 0;
  for (const v of [...ups, ...lows]) positiveFrom = Math.max(positiveFrom, Math.floor(-v) + 1);
  const absZ = Math.abs(z);
  let term = 1;
  let sum = 1;
  let logScale = 0;
  for (let n = 0; n < maxTerms; n++) {
    let ratio = z / (n + 1);
    for (const u of upper) ratio *= u + n;
    for (const l of lower) ratio /= l + n;
    term *= ratio;
    if (term === 0) return { mantissa: sum, logScale, terms: n + 1, converged: true };
    sum += term;
    if (Math.abs(term) > RESCALE_AT || Math.abs(sum) > RESCALE_AT) {
      term /= RESCALE_AT;
      sum /= RESCALE_AT;
      logScale += LN_RESCALE;
    }
    const k = n + 1; // the next ratio is term(k+1)/term(k)
    if (k >= positiveFrom) {
      let bound = absZ;
      for (let i = 0; i < ups.length; i++)
        bound *= Math.max(1, ((ups[i] as number) + k) / ((lows[i] as number) + k));
      if (bound < 1 && (Math.abs(term) * bound) / (1 - bound) <= tolerance * Math.abs(sum))
        return { mantissa: sum, logScale, terms: n + 1, converged: true };
    }
  }
  return { mantissa: sum, logScale, terms: maxTerms, converged: false };
}

/**
 * ₂F₁(a, b; c; z) for 0 ≤ z < 1: {@link hypergeometric} specialised to two upper and one lower
 * parameter, without allocations (the Pareto/NBD likelihood sums two per customer and
 * evaluation). Same rescaling and the same rigorous stopping rule.
 *
 * @param a - first upper parameter
 * @param b - second upper parameter
 * @param c - lower parameter (not zero or a negative integer)
 * @param z - the argument, 0 ≤ z < 1
 * @param maxTerms - term limit
 * @returns the sum as mantissa · e^logScale, the terms used and whether it converged
 * @example
 * ```ts
 * const s = hyp2f1(1, 1, 2, 0.5);
 * s.mantissa * Math.exp(s.logScale);
 * //=> 1.3862943611198901
 * ```
 */
export function hyp2f1(
  a: number,
  b: number,
  c: number,
  z: number,
  maxTerms = 2_000_000,
): ScaledSum {
  const u1 = Math.min(a, b);
  const u2 = Math.max(a, b);
  const l1 = Math.min(c, 1);
  const l2 = Math.max(c, 1);
  const positiveFrom = Math.max(0, Math.floor(-u1) + 1, Math.floor(-l1) + 1);
  const absZ = Math.abs(z);
  let term = 1;
  let sum = 1;
  let logScale = 0;
  for (let n = 0; n < maxTerms; n++) {
    term *= ((a + n) * (b + n) * z) / ((c + n) * (n + 1));
    if (term === 0) return { mantissa: sum, logScale, terms: n + 1, converged: true };
    sum += term;
    if (Math.abs(term) > RESCALE_AT || Math.abs(sum) > RESCALE_AT) {
      term /= RESCALE_AT;
      sum /= RESCALE_AT;
      logScale += LN_RESCALE;
    }
    const k = n + 1;
    if (k >= positiveFrom) {
      const bound = absZ * Math.max(1, (u1 + k) / (l1 + k)) * Math.max(1, (u2 + k) / (l2 + k));
      if (bound < 1 && (Math.abs(term) * bound) / (1 - bound) <= 1e-16 * Math.abs(sum))
        return { mantissa: sum, logScale, terms: n + 1, converged: true };
    }
  }
  return { mantissa: sum, logScale, terms: maxTerms, converged: false };
}
