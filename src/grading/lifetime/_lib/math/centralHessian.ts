/**
 * The Hessian of `f` at `x` by central differences: (f(x + hᵢ) − 2f(x) + f(x − hᵢ)) / hᵢ² on the
 * diagonal and the four-point formula off it, with steps `h`. 1 + 2n + 2n(n − 1) evaluations.
 *
 * @param f - the function
 * @param x - the point
 * @param h - the step of each coordinate (> 0)
 * @returns the symmetric n × n matrix
 * @example
 * ```ts
 * centralHessian(([a, b]) => a * a * b, [1, 2], [1e-3, 1e-3]).map((row) => row.map((v) => Math.round(v)));
 * //=> [[4, 2], [2, 0]]
 * ```
 */
export function centralHessian(
  f: (x: readonly number[]) => number,
  x: readonly number[],
  h: readonly number[],
): number[][] {
  const n = x.length;
  const at = (moves: ReadonlyArray<readonly [number, number]>): number => {
    const point = [...x];
    for (const [i, step] of moves) point[i] = (point[i] as number) + step;
    return f(point);
  };
  const f0 = f(x);
  const hessian = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    const hi = h[i] as number;
    (hessian[i] as number[])[i] = (at([[i, hi]]) - 2 * f0 + at([[i, -hi]])) / (hi * hi);
    for (let j = 0; j < i; j++) {
      const hj = h[j] as number;
      const value =
        (at([
          [i, hi],
          [j, hj],
        ]) -
          at([
            [i, hi],
            [j, -hj],
          ]) -
          at([
            [i, -hi],
            [j, hj],
          ]) +
          at([
            [i, -hi],
            [j, -hj],
          ])) /
        (4 * hi * hj);
      (hessian[i] as number[])[j] = value;
      (hessian[j] as number[])[i] = value;
    }
  }
  return hessian;
}
