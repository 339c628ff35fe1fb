import { Fixed } from '../../../../money/_lib/scaled/Fixed';
import { POW10, regCompare, regSum } from '../../../../money/_lib/scaled/Register';
import { MODES, roundedQuotient } from '../../exact/roundedQuotient';
import { mulRound } from '../../exact/roundNum';
import type { PaidTrack } from '../../payee/PaidTrack';
import type { KernelHost } from './KernelHost';

const MAX = Number.MAX_SAFE_INTEGER;
/**
 * Internal: the kernel's register file: value `i` is `R[i] × 10^-R[i + 1]`. Helpers take register
 * numbers (small integers), never bare doubles, so nothing is boxed when a call is not inlined.
 */
export const R = new Float64Array(32);
export const ORIGINAL = 0;
export const DOC_RATE = 2;
export const PAY_RATE = 4;
export const BASE = 6;
export const VALUE = 8;
export const COUNTED = 10;
export const TOTAL = 12;
export const BASIS_SUM = 14;
export const BEFORE = 16;
export const AFTER = 18;
export const CELL = 20;
export const RATE = 22;
export const CAP = 24;
export const FRACTION = 26;

// What each line of the credit being priced paid, by component slot (−1: the override), handed
// to the close's `PaidTrack` only once the whole credit is priced.
let paidSlot = new Int32Array(16);
let paidU = new Float64Array(16);
let paidS = new Int32Array(16);
let paidN = 0;
// Accumulator writes of one credit, committed together once every step has succeeded.
let stagedAt = new Int32Array(16);
let stagedU = new Float64Array(16);
let stagedS = new Float64Array(16);
let staged = 0;

const grow = <T extends Int32Array | Float64Array>(a: T): T => {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
};

/** Internal: forgets what the last credit paid and staged. */
export function startCredit(): void {
  paidN = 0;
  staged = 0;
}

/** Internal: notes that the line of component `slot` paid `R[COUNTED]`. */
export function notePaid(slot: number): void {
  if (paidN >= paidSlot.length) {
    paidSlot = grow(paidSlot);
    paidU = grow(paidU);
    paidS = grow(paidS);
  }
  paidSlot[paidN] = slot;
  paidU[paidN] = R[COUNTED] as number;
  paidS[paidN] = R[COUNTED + 1] as number;
  paidN += 1;
}

/** Internal: hands what the lines of credit (payee `q`, event `e`) paid to the close's track. */
export function pushPaid(paid: PaidTrack, q: number, e: number): void {
  for (let i = 0; i < paidN; i += 1)
    paid.push(q, e, paidSlot[i] as number, paidU[i] as number, paidS[i] as number);
}

/** Internal: stages the write of `R[r]` to accumulator `at`. */
export function stage(at: number, r: number): void {
  if (staged >= stagedAt.length) {
    stagedAt = grow(stagedAt);
    stagedU = grow(stagedU);
    stagedS = grow(stagedS);
  }
  stagedAt[staged] = at;
  stagedU[staged] = R[r] as number;
  stagedS[staged] = R[r + 1] as number;
  staged += 1;
}

/** Internal: writes the staged accumulators to the block `b` (scales `w` further on). */
export function commitStaged(b: Float64Array, w: number): void {
  for (let i = 0; i < staged; i += 1) {
    const at = stagedAt[i] as number;
    b[at] = stagedU[i] as number;
    b[at + w] = stagedS[i] as number;
  }
}

/** Internal: `R[d] = R[a] × R[b]`; `false` past 2^53. */
export function mul(d: number, a: number, b: number): boolean {
  const p = (R[a] as number) * (R[b] as number);
  if (p > MAX || p < -MAX) return false;
  R[d] = p + 0;
  R[d + 1] = (R[a + 1] as number) + (R[b + 1] as number);
  return true;
}

/** Internal: `R[d] = R[a] + R[b]` at the larger scale; `false` past 2^53. */
export function sum(d: number, a: number, b: number): boolean {
  return regSum(R, d, a, b);
}

/** Internal: −1, 0, 1 for `R[a]` against `R[b]`, NaN when they cannot be aligned. */
export function compare(a: number, b: number): number {
  return regCompare(R, a, b);
}

/** Internal: `R[d] = round(R[a] × R[b])` to `scale` places by mode code — the value of `mulRound`. */
export function mulRounded(d: number, a: number, b: number, scale: number, mode: number): boolean {
  const u = (R[a] as number) * (R[b] as number);
  const s = (R[a + 1] as number) + (R[b + 1] as number);
  if (u > MAX || u < -MAX || s - scale > 15) {
    const wide = mulRound(
      new Fixed(R[a] as number, R[a + 1] as number),
      new Fixed(R[b] as number, R[b + 1] as number),
      scale,
      MODES[mode] as (typeof MODES)[number],
    );
    if (!(wide instanceof Fixed)) return false;
    R[d] = wide.u;
    R[d + 1] = wide.s;
    return true;
  }
  if (s <= scale) {
    R[d] = u + 0;
    R[d + 1] = s;
    return true;
  }
  R[d] = roundedQuotient(u, POW10[s - scale] as number, mode) + 0;
  R[d + 1] = scale;
  return true;
}

/** Internal: `R[d] = value`. */
export function set(d: number, value: Fixed): void {
  R[d] = value.u;
  R[d + 1] = value.s;
}

/** Internal: loads accumulator `at` (its scale `width` further on; −1: unset, read as 0) into `R[d]`. */
export function load(host: KernelHost, at: number, d: number): boolean {
  const s = host.block[at + host.width] as number;
  R[d] = s < 0 ? 0 : (host.block[at] as number);
  R[d + 1] = s < 0 ? 0 : s;
  return s >= 0;
}
