/**
 * Log-gamma and digamma for positive arguments, accurate to a few units in the last place.
 * Arguments below 10 are shifted up with the recurrences Γ(x+1) = xΓ(x) and
 * ψ(x+1) = ψ(x) + 1/x; from 10 on the Stirling / de Moivre asymptotic series is used.
 * Both stay finite for very large arguments (a frequency of 10⁹ is fine).
 */

const HALF_LN_2PI = 0.9189385332046728;
const SHIFT_TO = 10;

/**
 * ln Γ(x) for x > 0 (NaN otherwise).
 *
 * @param x - a positive finite number
 * @returns ln Γ(x), or NaN outside (0, ∞)
 * @example
 * ```ts
 * lnGamma(5); // ln 24
 * //=> 3.178053830347947
 * ```
 */
export function lnGamma(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return Number.NaN;
  let product = 1;
  let y = x;
  while (y < SHIFT_TO) {
    product *= y;
    y += 1;
  }
  const inv = 1 / y;
  const inv2 = inv * inv;
  const series =
    inv *
    (1 / 12 -
      inv2 *
        (1 / 360 -
          inv2 *
            (1 / 1260 -
              inv2 * (1 / 1680 - inv2 * (1 / 1188 - inv2 * (691 / 360360 - inv2 / 156))))));
  const stirling = (y - 0.5) * Math.log(y) - y + HALF_LN_2PI + series;
  return product === 1 ? stirling : stirling - Math.log(product);
}

/**
 * ψ(x) = d/dx ln Γ(x) for x > 0 (NaN otherwise).
 *
 * @param x - a positive finite number
 * @returns ψ(x), or NaN outside (0, ∞)
 * @example
 * ```ts
 * digamma(1); // −γ (Euler–Mascheroni)
 * //=> -0.5772156649015323
 * ```
 */
export function digamma(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return Number.NaN;
  let shift = 0;
  let y = x;
  while (y < SHIFT_TO) {
    shift += 1 / y;
    y += 1;
  }
  const inv = 1 / y;
  const inv2 = inv * inv;
  const series =
    inv2 *
    (1 / 12 -
      inv2 *
        (1 / 120 -
          inv2 *
            (1 / 252 - inv2 * (1 / 240 - inv2 * (1 / 132 - inv2 * (691 / 32760 - inv2 / 12))))));
  return Math.log(y) - 0.5 * inv - series - shift;
}

/**
 * ln Γ(x + n) − ln Γ(x): the log of the rising factorial (x)ₙ, for x > 0 and n ≥ 0.
 *
 * @param x - a positive number
 * @param n - an integer ≥ 0
 * @returns ln (x)ₙ
 * @example
 * ```ts
 * Math.exp(lnRising(2, 3)); // 2·3·4
 * //=> 24.000000000000004
 * ```
 */
export function lnRising(x: number, n: number): number {
  if (n === 0) return 0;
  if (n <= 8 && x < 1e30) {
    let product = x;
    for (let k = 1; k < n; k++) product *= x + k;
    return Math.log(product);
  }
  return lnGamma(x + n) - lnGamma(x);
}

/**
 * ψ(x + n) − ψ(x) for x > 0 and n ≥ 0.
 *
 * @param x - a positive number
 * @param n - an integer ≥ 0
 * @returns ψ(x + n) − ψ(x) = Σₖ 1/(x + k)
 * @example
 * ```ts
 * digammaRising(1, 2); // 1/1 + 1/2
 * //=> 1.5
 * ```
 */
export function digammaRising(x: number, n: number): number {
  if (n === 0) return 0;
  if (n <= 16) {
    let sum = 0;
    for (let k = 0; k < n; k++) sum += 1 / (x + k);
    return sum;
  }
  return digamma(x + n) - digamma(x);
}
