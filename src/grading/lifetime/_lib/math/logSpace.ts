/**
 * ln(eᵘ + eᵛ) without overflow.
 *
 * @param u - a log value
 * @param v - a log value
 * @returns ln(eᵘ + eᵛ)
 * @example
 * ```ts
 * logAddExp(0, 0);
 * //=> 0.6931471805599453
 * ```
 */
export function logAddExp(u: number, v: number): number {
  const m = Math.max(u, v);
  return m + Math.log1p(Math.exp(-Math.abs(u - v)));
}

/**
 * The logistic function 1 / (1 + e⁻ᵘ), without overflow for large |u|.
 *
 * @param u - any number
 * @returns 1 / (1 + e⁻ᵘ) in [0, 1]
 * @example
 * ```ts
 * logistic(0);
 * //=> 0.5
 * ```
 */
export function logistic(u: number): number {
  if (u >= 0) return 1 / (1 + Math.exp(-u));
  const e = Math.exp(u);
  return e / (1 + e);
}
