/**
 * The inverse of a symmetric positive-definite matrix, by its Cholesky factor A = L Lᵀ
 * (A⁻¹ = L⁻ᵀ L⁻¹); `null` when A is not positive definite (a pivot ≤ 0 or not finite). Exact
 * enough for the 3 × 3 and 4 × 4 information matrices of the fits.
 *
 * @param a - a symmetric n × n matrix
 * @returns its inverse, or `null`
 * @example
 * ```ts
 * invertPositiveDefinite([[4, 2], [2, 3]]);
 * //=> [[0.375, -0.25], [-0.25, 0.5]]
 * ```
 */
export function invertPositiveDefinite(a: readonly (readonly number[])[]): number[][] | null {
  const n = a.length;
  const l = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = (a[i] as readonly number[])[j] as number;
      for (let k = 0; k < j; k++)
        sum -= ((l[i] as number[])[k] as number) * ((l[j] as number[])[k] as number);
      if (i === j) {
        if (!(sum > 0) || !Number.isFinite(sum)) return null;
        (l[i] as number[])[i] = Math.sqrt(sum);
      } else (l[i] as number[])[j] = sum / ((l[j] as number[])[j] as number);
    }
  }
  // L⁻¹ by forward substitution, column by column.
  const inv = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let c = 0; c < n; c++)
    for (let i = c; i < n; i++) {
      let sum = i === c ? 1 : 0;
      for (let k = c; k < i; k++)
        sum -= ((l[i] as number[])[k] as number) * ((inv[k] as number[])[c] as number);
      (inv[i] as number[])[c] = sum / ((l[i] as number[])[i] as number);
    }
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => {
      let sum = 0;
      for (let k = Math.max(i, j); k < n; k++)
        sum += ((inv[k] as number[])[i] as number) * ((inv[k] as number[])[j] as number);
      return sum;
    }),
  );
}
