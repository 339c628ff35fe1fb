import { dot, identity, lineSearch, maxAbs, type Objective, times, update } from './lineSearch';

export type { Objective } from './lineSearch';

/** Limits of {@link minimizeBfgs}. */
export interface MinimizeOptions {
  /** Iteration limit (one iteration = one line search). */
  readonly maxIterations: number;
  /** Converged when every |∂f/∂xᵢ| is at most this. */
  readonly gradientTolerance: number;
  /** Called before each iteration with the iterations done (it may throw to stop the fit). */
  readonly onIteration?: (iterations: number) => void;
}

/** The outcome of {@link minimizeBfgs}; `x` is the last accepted point either way. */
export interface MinimizeResult {
  readonly x: number[];
  readonly value: number;
  readonly gradient: number[];
  readonly iterations: number;
  readonly evaluations: number;
  readonly converged: boolean;
  /** Why it stopped: `gradient`, `max-iterations`, `line-search` or `not-finite`. */
  readonly reason: 'gradient' | 'max-iterations' | 'line-search' | 'not-finite';
}

/**
 * Minimises a smooth function with BFGS (inverse-Hessian update, Nocedal & Wright §6.1) and a
 * Wolfe line search by bracketing and safeguarded bisection. The sufficient-decrease test
 * tolerates a change of f at rounding level (|Δf| ≤ 1e-12·|f|), so the last steps toward a tight
 * gradient tolerance are steered by the directional derivative, which stays accurate where f no
 * longer moves. Deterministic: no randomness, no restarts from random points.
 *
 * @param objective - f and its gradient; non-finite means outside the domain
 * @param start - the starting point
 * @param options - iteration limit and gradient tolerance
 * @returns the last point, its value and gradient, iterations, evaluations and why it stopped
 * @example
 * ```ts
 * const r = minimizeBfgs((x, g) => { g[0] = 2 * (x[0]! - 3); return (x[0]! - 3) ** 2; }, [0],
 *   { maxIterations: 50, gradientTolerance: 1e-10 });
 * [r.converged, Math.round(r.x[0]! * 1e6) / 1e6];
 * //=> [true, 3]
 * ```
 */
export function minimizeBfgs(
  objective: Objective,
  start: readonly number[],
  options: MinimizeOptions,
): MinimizeResult {
  const n = start.length;
  let x = [...start];
  let g = new Array<number>(n).fill(0);
  let f = objective(x, g);
  let evaluations = 1;
  const done = (iterations: number, reason: MinimizeResult['reason']): MinimizeResult => ({
    x,
    value: f,
    gradient: g,
    iterations,
    evaluations,
    converged: reason === 'gradient',
    reason,
  });
  if (!Number.isFinite(f) || !g.every(Number.isFinite)) return done(0, 'not-finite');
  let h = identity(n, 1 / Math.max(1, maxAbs(g)));
  let fresh = true;
  for (let iteration = 0; iteration < options.maxIterations; iteration++) {
    options.onIteration?.(iteration);
    if (maxAbs(g) <= options.gradientTolerance) return done(iteration, 'gradient');
    let p = times(h, g).map((v) => -v);
    let slope = dot(g, p);
    if (!(slope < 0)) {
      h = identity(n, 1 / Math.max(1, maxAbs(g)));
      p = g.map((v) => -v * h[0]![0]!);
      slope = dot(g, p);
    }
    const search = lineSearch(objective, x, f, g, p, slope);
    evaluations += search.evaluations;
    if (search.step === 0) {
      if (fresh) return done(iteration, 'line-search');
      h = identity(n, 1 / Math.max(1, maxAbs(g)));
      fresh = true;
      continue;
    }
    const s = p.map((v) => v * search.step);
    const y = search.gradient.map((v, i) => v - g[i]!);
    x = search.x;
    f = search.value;
    g = search.gradient;
    const ys = dot(y, s);
    if (ys > 1e-12 * Math.sqrt(dot(y, y) * dot(s, s))) {
      if (fresh) h = identity(n, ys / dot(y, y));
      h = update(h, s, y, 1 / ys);
      fresh = false;
    }
  }
  return done(
    options.maxIterations,
    maxAbs(g) <= options.gradientTolerance ? 'gradient' : 'max-iterations',
  );
}
