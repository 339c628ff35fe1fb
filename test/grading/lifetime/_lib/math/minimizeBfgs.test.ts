import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimizeBfgs } from '../../../../../src/grading/lifetime/_lib/math/minimizeBfgs';

const rosenbrock = (x: readonly number[], g: number[]) => {
  const [a, b] = x as [number, number];
  g[0] = -2 * (1 - a) - 400 * a * (b - a * a);
  g[1] = 200 * (b - a * a);
  return (1 - a) ** 2 + 100 * (b - a * a) ** 2;
};

describe('minimizeBfgs', () => {
  it('finds the minimum of the Rosenbrock valley from (−1.2, 1)', () => {
    const result = minimizeBfgs(rosenbrock, [-1.2, 1], {
      maxIterations: 200,
      gradientTolerance: 1e-10,
    });
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 8);
    expect(result.x[1]).toBeCloseTo(1, 8);
  });

  it('reports max-iterations, keeping the last point, when the limit is too small', () => {
    const result = minimizeBfgs(rosenbrock, [-1.2, 1], {
      maxIterations: 3,
      gradientTolerance: 1e-10,
    });
    expect(result).toMatchObject({ converged: false, reason: 'max-iterations', iterations: 3 });
    expect(result.value).toBeLessThan(rosenbrock([-1.2, 1], [0, 0]));
  });

  it('reports not-finite when the start is outside the domain', () => {
    const result = minimizeBfgs(() => Number.NaN, [0], {
      maxIterations: 10,
      gradientTolerance: 1e-8,
    });
    expect(result).toMatchObject({ converged: false, reason: 'not-finite' });
  });
});

describe('properties', () => {
  it('minimises convex quadratics to their exact minimiser', () => {
    fc.assert(
      fc.property(
        fc.tuple(
          fc.double({ min: 0.01, max: 100, noNaN: true }),
          fc.double({ min: 0.01, max: 100, noNaN: true }),
        ),
        fc.tuple(
          fc.double({ min: -50, max: 50, noNaN: true }),
          fc.double({ min: -50, max: 50, noNaN: true }),
        ),
        ([h1, h2], [c1, c2]) => {
          const f = (x: readonly number[], g: number[]) => {
            const [a, b] = x as [number, number];
            g[0] = h1 * (a - c1) + 0.1 * (b - c2);
            g[1] = h2 * (b - c2) + 0.1 * (a - c1);
            return 0.5 * h1 * (a - c1) ** 2 + 0.5 * h2 * (b - c2) ** 2 + 0.1 * (a - c1) * (b - c2);
          };
          fc.pre(h1 * h2 > 0.02); // positive definite
          const result = minimizeBfgs(f, [0, 0], { maxIterations: 200, gradientTolerance: 1e-9 });
          expect(result.converged).toBe(true);
          expect(
            Math.max(
              Math.abs(result.gradient[0] as number),
              Math.abs(result.gradient[1] as number),
            ),
          ).toBeLessThanOrEqual(1e-9);
        },
      ),
    );
  });
});
