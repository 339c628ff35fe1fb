import { digammaRising, lnRising } from '../math/gamma';
import type { Objective } from '../math/minimizeBfgs';
import type { BgNbdData } from './prepareBgNbd';

/** Log-parameters beyond this distance from the start are outside the search domain. */
const DOMAIN = 16; // e¹⁶ ≈ 9·10⁶: beyond it a parameter has run off (see checkFitResult)

/**
 * The fitting objective over θ = (ln r, ln α, ln a, ln b): the mean negative log-likelihood
 * plus `penalizer · (r² + (α/max T)² + a² + b²)` (lifetimes' L2 penalizer, α measured in
 * units of the longest T), with its analytic gradient in θ.
 *
 * @param data - grouped data from `prepareBgNbd`
 * @param penalizer - the L2 penalty weight
 * @param start - the starting log-parameters (the search domain is ±16 around them)
 * @returns the objective: f(θ), writing ∇f(θ); NaN outside the domain
 * @example
 * ```ts
 * const f = bgNbdObjective(prepareBgNbd(groups), 0, [0, 0, 0, 0]);
 * Number.isFinite(f([0, 0, 0, 0], [0, 0, 0, 0]));
 * //=> true
 * ```
 */
export function bgNbdObjective(
  data: BgNbdData,
  penalizer: number,
  start: readonly number[],
): Objective {
  const nx = data.xs.length;
  const cX = new Float64Array(nx);
  const invBx = new Float64Array(nx);
  const LT = new Float64Array(data.Ts.length);
  const RT = new Float64Array(data.Ts.length);
  const Ltx = new Float64Array(data.txs.length);
  const Rtx = new Float64Array(data.txs.length);
  const scale = data.maxT > 0 ? data.maxT : 1;
  return (theta, gradient) => {
    for (let i = 0; i < 4; i++)
      if (!(Math.abs((theta[i] as number) - (start[i] as number)) <= DOMAIN)) return Number.NaN;
    const r = Math.exp(theta[0] as number);
    const alpha = Math.exp(theta[1] as number);
    const a = Math.exp(theta[2] as number);
    const b = Math.exp(theta[3] as number);
    const lnAlpha = Math.log(alpha);
    const lnA = Math.log(a);
    let ll = 0;
    let gr = 0;
    let gAlpha = 0;
    let ga = 0;
    let gb = 0;
    for (let k = 0; k < nx; k++) {
      const x = data.xs[k] as number;
      const w = data.xWeight[k] as number;
      const psiAb = digammaRising(a + b, x);
      ll += w * (lnRising(r, x) + r * lnAlpha + lnRising(b, x) - lnRising(a + b, x));
      gr += w * (digammaRising(r, x) + lnAlpha);
      gAlpha += (w * r) / alpha;
      ga -= w * psiAb;
      gb += w * (digammaRising(b, x) - psiAb);
      if (x > 0) {
        cX[k] = lnA - Math.log(b + x - 1);
        invBx[k] = 1 / (b + x - 1);
      }
    }
    for (let j = 0; j < data.Ts.length; j++) {
      const L = Math.log(alpha + (data.Ts[j] as number));
      const R = 1 / (alpha + (data.Ts[j] as number));
      LT[j] = L;
      RT[j] = R;
      const w = data.tWeight[j] as number;
      const wr = r * w + (data.tFrequencyWeight[j] as number);
      ll -= wr * L;
      gr -= w * L;
      gAlpha -= wr * R;
    }
    for (let m = 0; m < data.txs.length; m++) {
      Ltx[m] = Math.log(alpha + (data.txs[m] as number));
      Rtx[m] = 1 / (alpha + (data.txs[m] as number));
    }
    // The repeat groups' terms are summed with Neumaier's compensation: at a million customers
    // plain summation leaves noise near 1e-13 in the mean, which stalls the last line searches.
    let sum = 0;
    let compensation = 0;
    const groups = data.repeatWeight.length;
    for (let g = 0; g < groups; g++) {
      const k = data.repeatX[g] as number;
      const m = data.repeatTx[g] as number;
      const j = data.repeatT[g] as number;
      const x = data.xs[k] as number;
      const w = data.repeatWeight[g] as number;
      const dL = (Ltx[m] as number) - (LT[j] as number);
      const d = (cX[k] as number) - (r + x) * dL;
      const e = Math.exp(-Math.abs(d));
      const term = w * ((d > 0 ? d : 0) + Math.log1p(e));
      const next = sum + term;
      compensation += Math.abs(sum) >= Math.abs(term) ? sum - next + term : term - next + sum;
      sum = next;
      const ws = (w * (d >= 0 ? 1 : e)) / (1 + e);
      gr -= ws * dL;
      gAlpha -= ws * (r + x) * ((Rtx[m] as number) - (RT[j] as number));
      ga += ws / a;
      gb -= ws * (invBx[k] as number);
    }
    ll += sum + compensation;
    const n = data.totalWeight;
    const s = alpha / scale;
    gradient[0] = (-r * gr) / n + 2 * penalizer * r * r;
    gradient[1] = (-alpha * gAlpha) / n + 2 * penalizer * s * s;
    gradient[2] = (-a * ga) / n + 2 * penalizer * a * a;
    gradient[3] = (-b * gb) / n + 2 * penalizer * b * b;
    return -ll / n + penalizer * (r * r + s * s + a * a + b * b);
  };
}
