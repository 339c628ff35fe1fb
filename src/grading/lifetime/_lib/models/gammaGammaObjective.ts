import { digamma, lnGamma } from '../math/gamma';
import type { Objective } from '../math/minimizeBfgs';

/** Repeat customers sorted by (x, m), laid out for fast Gamma-Gamma evaluations. */
export interface GammaGammaData {
  /** Distinct frequencies, with per-frequency count, Σ ln m and Σ ln x. */
  readonly xs: Float64Array;
  readonly xCount: Float64Array;
  readonly xLnSpend: Float64Array;
  /** Per row: index into `xs`, x·m, the customers it stands for. */
  readonly rowX: Int32Array;
  readonly rowXm: Float64Array;
  readonly rowWeight: Float64Array;
  /** Rows, and customers (Σ weight). */
  readonly rows: number;
  readonly count: number;
  readonly meanSpend: number;
  readonly maxSpend: number;
}

/**
 * Sorts repeat customers by (x, m) and aggregates what depends on x only, so one evaluation
 * costs a few gamma functions per distinct x and one logarithm per customer.
 *
 * @param rows - repeat customers: frequency x > 0, mean spend m > 0, optional weight w (default 1)
 * @returns the sorted, aggregated layout
 * @example
 * ```ts
 * prepareGammaGamma([{ x: 2, m: 10 }, { x: 1, m: 5 }]).xs;
 * //=> Float64Array [1, 2]
 * ```
 */
export function prepareGammaGamma(
  rows: ReadonlyArray<{ x: number; m: number; w?: number }>,
): GammaGammaData {
  const sorted = [...rows].sort((u, v) => u.x - v.x || u.m - v.m);
  const xs = Float64Array.from(new Set(sorted.map((row) => row.x)));
  const index = new Map(Array.from(xs, (x, k) => [x, k]));
  const xCount = new Float64Array(xs.length);
  const xLnSpend = new Float64Array(xs.length);
  const rowX = new Int32Array(sorted.length);
  const rowXm = new Float64Array(sorted.length);
  const rowWeight = new Float64Array(sorted.length);
  let total = 0;
  let count = 0;
  let maxSpend = 0;
  sorted.forEach((row, i) => {
    const k = index.get(row.x) as number;
    const w = row.w ?? 1;
    xCount[k] = (xCount[k] as number) + w;
    xLnSpend[k] = (xLnSpend[k] as number) + w * Math.log(row.m);
    rowX[i] = k;
    rowXm[i] = row.x * row.m;
    rowWeight[i] = w;
    total += w * row.m;
    count += w;
    maxSpend = Math.max(maxSpend, row.m);
  });
  return {
    xs,
    xCount,
    xLnSpend,
    rowX,
    rowXm,
    rowWeight,
    rows: sorted.length,
    count,
    meanSpend: total / count,
    maxSpend,
  };
}

const DOMAIN = 16; // e¹⁶ ≈ 9·10⁶: beyond it a parameter has run off (see checkFitResult)

/**
 * The fitting objective over θ = (ln p, ln q, ln γ): mean negative log-likelihood plus
 * `penalizer · (p² + q² + (γ / max spend)²)`, with its analytic gradient.
 *
 * @param data - from `prepareGammaGamma`
 * @param penalizer - the L2 penalty weight
 * @param start - the starting log-parameters (the search domain is ±16 around them)
 * @returns the objective: f(θ), writing ∇f(θ); NaN outside the domain
 * @example
 * ```ts
 * Number.isFinite(gammaGammaObjective(data, 0, [0, 0, 0])([0, 0, 0], [0, 0, 0]));
 * //=> true
 * ```
 */
export function gammaGammaObjective(
  data: GammaGammaData,
  penalizer: number,
  start: readonly number[],
): Objective {
  const nx = data.xs.length;
  const coef = new Float64Array(nx);
  return (theta, gradient) => {
    for (let i = 0; i < 3; i++)
      if (!(Math.abs((theta[i] as number) - (start[i] as number)) <= DOMAIN)) return Number.NaN;
    const p = Math.exp(theta[0] as number);
    const q = Math.exp(theta[1] as number);
    const gamma = Math.exp(theta[2] as number);
    const lnG = Math.log(gamma);
    const lnGammaQ = lnGamma(q);
    const psiQ = digamma(q);
    let ll = 0;
    let gp = 0;
    let gq = 0;
    let gg = 0;
    for (let k = 0; k < nx; k++) {
      const x = data.xs[k] as number;
      const w = data.xCount[k] as number;
      const px = p * x;
      const psiPxq = digamma(px + q);
      ll +=
        w * (lnGamma(px + q) - lnGamma(px) - lnGammaQ + q * lnG + px * Math.log(x)) +
        (px - 1) * (data.xLnSpend[k] as number);
      gp += x * (w * (psiPxq - digamma(px) + Math.log(x)) + (data.xLnSpend[k] as number));
      gq += w * (psiPxq - psiQ + lnG);
      gg += (w * q) / gamma;
      coef[k] = px + q;
    }
    let sum = 0;
    let compensation = 0; // Neumaier: keeps the mean exact to rounding for large samples
    for (let i = 0; i < data.rows; i++) {
      const k = data.rowX[i] as number;
      const w = data.rowWeight[i] as number;
      const x = data.xs[k] as number;
      const base = gamma + (data.rowXm[i] as number);
      const lnBase = Math.log(base);
      const c = coef[k] as number;
      const term = -w * c * lnBase;
      const next = sum + term;
      compensation += Math.abs(sum) >= Math.abs(term) ? sum - next + term : term - next + sum;
      sum = next;
      gp -= w * x * lnBase;
      gq -= w * lnBase;
      gg -= (w * c) / base;
    }
    ll += sum + compensation;
    const n = data.count;
    const s = gamma / data.maxSpend;
    gradient[0] = (-p * gp) / n + 2 * penalizer * p * p;
    gradient[1] = (-q * gq) / n + 2 * penalizer * q * q;
    gradient[2] = (-gamma * gg) / n + 2 * penalizer * s * s;
    return -ll / n + penalizer * (p * p + q * q + s * s);
  };
}
