/**
 * An objective for `minimizeBfgs`: returns f(x) and writes ∇f(x) into `gradient`.
 * A non-finite value means "outside the domain" and makes the line search step back.
 */
export type Objective = (x: readonly number[], gradient: number[]) => number;

const C1 = 1e-4;
const C2 = 0.9;
const NOISE = 1e-12;

/** An accepted step of {@link lineSearch} (`step` 0: none found). */
export interface SearchResult {
  step: number;
  x: number[];
  value: number;
  gradient: number[];
  evaluations: number;
}

/**
 * A Wolfe line search along `p` by bracketing and bisection: sufficient decrease with a slack of
 * 1e-12·|f| for rounding, curvature |φ'(α)| ≤ 0.9|φ'(0)|. Returns `step: 0` after 40 trials.
 *
 * @param objective - f and its gradient
 * @param x - the current point
 * @param f0 - f(x)
 * @param g0 - ∇f(x)
 * @param p - a descent direction
 * @param slope0 - ∇f(x)ᵀp (< 0)
 * @returns the accepted step, point, value and gradient, and the evaluations used
 * @example
 * ```ts
 * lineSearch((x, g) => { g[0] = 2 * x[0]!; return x[0]! ** 2; }, [1], 1, [2], [-1], -2).step;
 * //=> 1
 * ```
 */
export function lineSearch(
  objective: Objective,
  x: readonly number[],
  f0: number,
  g0: readonly number[],
  p: readonly number[],
  slope0: number,
): SearchResult {
  const n = x.length;
  let lo = 0;
  let hi = Number.POSITIVE_INFINITY;
  let step = 1;
  let evaluations = 0;
  const slack = NOISE * Math.max(1, Math.abs(f0));
  for (let trial = 0; trial < 40; trial++) {
    const xt = x.map((v, i) => v + step * p[i]!);
    const gt = new Array<number>(n).fill(0);
    const ft = objective(xt, gt);
    evaluations++;
    const finite = Number.isFinite(ft) && gt.every(Number.isFinite);
    if (!finite || ft > f0 + C1 * step * slope0 + slack) {
      hi = step;
    } else {
      const slope = dot(gt, p);
      if (slope < C2 * slope0) lo = step;
      else if (slope > -C2 * slope0) hi = step;
      else return { step, x: xt, value: ft, gradient: gt, evaluations };
    }
    step = hi === Number.POSITIVE_INFINITY ? step * 2 : (lo + hi) / 2;
  }
  return { step: 0, x: [...x], value: f0, gradient: [...g0], evaluations };
}

/**
 * A scaled identity matrix.
 *
 * @param n - the size
 * @param scale - the diagonal value
 * @returns an n × n matrix
 * @example
 * ```ts
 * identity(2, 3);
 * //=> [[3, 0], [0, 3]]
 * ```
 */
export function identity(n: number, scale: number): number[][] {
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? scale : 0)),
  );
}

/**
 * Matrix × vector.
 *
 * @param m - the matrix (rows)
 * @param v - the vector
 * @returns m·v
 * @example
 * ```ts
 * times([[1, 2], [3, 4]], [1, 1]);
 * //=> [3, 7]
 * ```
 */
export function times(m: number[][], v: readonly number[]): number[] {
  return m.map((row) => dot(row, v));
}

/**
 * Dot product.
 *
 * @param a - a vector
 * @param b - a vector of the same length
 * @returns aᵀb
 * @example
 * ```ts
 * dot([1, 2], [3, 4]);
 * //=> 11
 * ```
 */
export function dot(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

/**
 * Largest absolute entry.
 *
 * @param v - a vector
 * @returns max |vᵢ| (0 for an empty vector)
 * @example
 * ```ts
 * maxAbs([1, -3, 2]);
 * //=> 3
 * ```
 */
export function maxAbs(v: readonly number[]): number {
  let m = 0;
  for (const x of v) m = Math.max(m, Math.abs(x));
  return m;
}

/**
 * The BFGS update of an inverse Hessian approximation: H⁺ = (I − ρsyᵀ) H (I − ρysᵀ) + ρssᵀ.
 *
 * @param h - the current approximation
 * @param s - the step taken
 * @param y - the change of the gradient
 * @param rho - 1 / yᵀs
 * @returns the updated approximation
 * @example
 * ```ts
 * update([[1]], [1], [2], 0.5);
 * //=> [[0.5]]
 * ```
 */
export function update(
  h: number[][],
  s: readonly number[],
  y: readonly number[],
  rho: number,
): number[][] {
  const hy = times(h, y);
  const yhy = dot(y, hy);
  return h.map((row, i) =>
    row.map(
      (v, j) =>
        v - rho * (hy[i]! * s[j]! + s[i]! * hy[j]!) + (rho * rho * yhy + rho) * s[i]! * s[j]!,
    ),
  );
}
