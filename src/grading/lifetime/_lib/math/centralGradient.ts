import type { Objective } from './lineSearch';

/**
 * Internal: an objective whose gradient is taken by central differences of `value` (step
 * `step` in each coordinate), for models without an analytic gradient (Pareto/NBD, BG/BB). A
 * non-finite value is returned as it is, without a gradient.
 */
export function centralGradient(
  value: (theta: readonly number[]) => number,
  step: number,
): Objective {
  return (theta, gradient) => {
    const f = value(theta);
    if (!Number.isFinite(f)) return f;
    for (let i = 0; i < theta.length; i++) {
      const up = [...theta];
      const down = [...theta];
      up[i] = (up[i] as number) + step;
      down[i] = (down[i] as number) - step;
      gradient[i] = (value(up) - value(down)) / (2 * step);
    }
    return f;
  };
}
