import { POW10 } from '../../exact/num';
import { regCompare, regSum, roundedQuotient } from '../../exact/Raw';
import { FRACTION_S, FRACTION_U, HEAD, SHARE } from '../SplitShares';
import { type KernelHost, LINES, META, PLAN_CURRENCY, ROUND, SCALE } from './KernelHost';
import type { KComponent, KVersion } from './kernelVersion';
import { memoOutcome } from './memoOutcome';

const MAX = Number.MAX_SAFE_INTEGER;
// The helpers' operands `a` (`A[0]` units, `A[1]` scale) and `b` (`A[2]`, `A[3]`), and their
// result `Z` (units, scale): views of one register file (see `regSum`), so passing and storing a
// double boxes nothing.
const REGS = new Float64Array(6);
const A = REGS.subarray(0, 4);
const Z = REGS.subarray(4, 6);

// Accumulator writes of one credit, committed together once every step has succeeded.
let atOf = new Int32Array(16);
let uOf = new Float64Array(16);
let sOf = new Float64Array(16);

/** `u × 10^places` when it is a safe integer, else NaN (which every comparison rejects). */
function aligned(u: number, places: number): number {
  const y = u * (POW10[places] ?? Number.NaN);
  return y <= MAX && y >= -MAX ? y : Number.NaN;
}

/** `z` when it is a safe integer (a sum of two), else NaN; tiny, for the optimiser to inline. */
function safe(z: number): number {
  return z <= MAX && z >= -MAX ? z + 0 : Number.NaN;
}

/**
 * `Z = a + b` as the kernel's `sum` (a zero operand yields the other, scale and all). Operands at
 * one scale, the usual case, add here without the aligning code.
 */
function add(): boolean {
  const as = A[1] as number;
  if (as !== A[3]) return addAligned();
  const z = (A[0] as number) + (A[2] as number);
  if (!(z <= MAX && z >= -MAX)) return false;
  Z[0] = z + 0;
  Z[1] = as;
  return true;
}

/** `add` for operands at different scales (the one with fewer places scaled up first). */
function addAligned(): boolean {
  return regSum(REGS, 4, 0, 2);
}

/** −1, 0, 1 for `a` against `b`, as the kernel's `compare` (NaN when they cannot be aligned). */
function compare(): number {
  if (A[1] === A[3]) {
    const x = A[0] as number;
    const y = A[2] as number;
    return x > y ? 1 : x < y ? -1 : 0;
  }
  return compareAligned();
}

/** `compare` for operands at different scales. */
function compareAligned(): number {
  return regCompare(REGS, 0, 2);
}

/**
 * Internal: `earn` (see `fastCredit`) specialised for the common plan shape (`KVersion.quick`): a
 * direct credit, no payment basis, components priced by a rate-table percentage or by running
 * tiers while the running total stays inside the tier it was last seen in. The same steps on the
 * same safe integers, in local variables; it commits the payee's figures and returns `true`, or
 * returns `false` with nothing written for anything else (a tier crossed, a first credit, another
 * kind of rate, a wide product), which `earn` then prices from the start.
 */
export function earnWithinTier(host: KernelHost, kv: KVersion, j: number, e: number, q: number) {
  const plan = host.plan;
  const b = host.block;
  const m = q * host.stride;
  const o = m + META;
  const w = host.width;
  // Small integers: as int32 they pass to the helpers without a box.
  const scale = (b[m + SCALE] as number) | 0;
  const mode = (b[m + ROUND] as number) | 0;
  const memo = host.fxMemo;
  const partsS = host.partsS;
  const baseU = (host.partsU[plan.share[j] as number] as number) * memo.docU + 0;
  const baseS = partsS + memo.docS;
  if (!(baseU <= MAX && baseU >= -MAX)) return false;
  const payU = memo.payU;
  const payS = memo.payS;
  const components = kv.components;
  const need = 2 + 2 * components.length;
  if (atOf.length < need) {
    atOf = new Int32Array(need * 2);
    uOf = new Float64Array(need * 2);
    sOf = new Float64Array(need * 2);
  }
  let n = 0;
  if (kv.planCurrency === b[m + PLAN_CURRENCY]) {
    const s = b[o + w] as number;
    A[0] = s < 0 ? 0 : (b[o] as number);
    A[1] = s < 0 ? 0 : s;
    A[2] = baseU;
    A[3] = baseS;
    if (!add()) return false;
    atOf[n] = o;
    uOf[n] = Z[0] as number;
    sOf[n] = Z[1] as number;
    n += 1;
  }
  const ts = b[o + 1 + w] as number;
  let totalU = ts < 0 ? 0 : (b[o + 1] as number);
  let totalS = ts < 0 ? 0 : ts;
  for (let c = 0; c < components.length; c += 1) {
    const k = components[c] as KComponent;
    let valueU = 0;
    let valueS = 0;
    if (k.rates !== null) {
      const row = memoOutcome(host, k, e, j, true);
      if (row < 0) return false;
      const rate = k.rateRows[row] as (typeof k.rateRows)[number];
      if (rate.kind === 0) {
        valueU = baseU * rate.u;
        valueS = baseS + rate.s;
      } else if (rate.kind === 2) {
        // Fixed per line: the amount times the credit's share, negative on a negative line.
        const first = plan.first;
        const at = plan.set + HEAD + SHARE * (plan.share[j] as number);
        const fU = first < 0 ? 1 : (plan.shares.data[at + FRACTION_U] as number);
        const fS = first < 0 ? 0 : (plan.shares.data[at + FRACTION_S] as number);
        if (fS < 0) return false;
        valueU = rate.u * fU;
        valueS = rate.s + fS;
        if ((host.table.amtU[e] as number) < 0) valueU = -valueU;
      }
      if (valueU > MAX || valueU < -MAX) return false;
      valueU += 0;
    } else if (k.tiers !== null) {
      const table = k.tiers;
      const at = o + 2 + k.slot;
      const segment = b[2 * w + o + k.slot] as number;
      const beforeS = b[at + w] as number;
      if (beforeS < 0 || !(segment >= 0 && segment < table.fromU.length) || baseU < 0) return false;
      const beforeU = b[at] as number;
      A[0] = beforeU;
      A[1] = beforeS;
      A[2] = baseU;
      A[3] = baseS;
      if (!add()) return false;
      const afterU = Z[0] as number;
      const afterS = Z[1] as number;
      // Still inside the segment: from ≤ before and after < to. A bound has no more places than
      // the running figure once it has run a while: scaled up in place (else `compare`).
      const fromS = table.fromS[segment] as number;
      if (beforeS >= fromS) {
        if (!(beforeU >= aligned(table.fromU[segment] as number, beforeS - fromS))) return false;
      } else {
        A[0] = beforeU;
        A[1] = beforeS;
        A[2] = table.fromU[segment] as number;
        A[3] = fromS;
        if (!(compare() >= 0)) return false;
      }
      const bound = table.toU[segment] as number;
      const toS = table.toS[segment] as number;
      if (Number.isNaN(bound)) {
        // open-ended: nothing above
      } else if (afterS >= toS) {
        if (!(afterU < aligned(bound, afterS - toS))) return false;
      } else {
        A[0] = afterU;
        A[1] = afterS;
        A[2] = bound;
        A[3] = toS;
        if (!(compare() < 0)) return false;
      }
      valueU = baseU * (table.rateU[segment] as number);
      valueS = baseS + (table.rateS[segment] as number);
      if (valueU > MAX || valueU < -MAX) return false;
      valueU += 0;
      atOf[n] = at;
      uOf[n] = afterU;
      sOf[n] = afterS;
      n += 1;
    }
    // Into the statement currency, rounded to its places (the kernel's `mulRounded`).
    const product = valueU * payU;
    const places = valueS + payS;
    if (product > MAX || product < -MAX || places - scale > 15) return false;
    const countedU =
      places <= scale
        ? product + 0
        : roundedQuotient(product, POW10[places - scale] as number, mode) + 0;
    const countedS = places <= scale ? places : scale;
    // Amounts in the statement currency share its scale once set: added in place (the same
    // sum as `add`, whose other cases these are).
    if (totalS === countedS) {
      totalU = safe(totalU + countedU);
      if (Number.isNaN(totalU)) return false;
    } else {
      A[0] = totalU;
      A[1] = totalS;
      A[2] = countedU;
      A[3] = countedS;
      if (!add()) return false;
      totalU = Z[0] as number;
      totalS = Z[1] as number;
    }
    const at = o + 2 + host.components + k.slot;
    const cs = b[at + w] as number;
    let sumU = 0;
    if (cs === countedS) {
      sumU = safe((b[at] as number) + countedU);
      if (Number.isNaN(sumU)) return false;
    } else {
      A[0] = cs < 0 ? 0 : (b[at] as number);
      A[1] = cs < 0 ? 0 : cs;
      A[2] = countedU;
      A[3] = countedS;
      if (!add()) return false;
      sumU = Z[0] as number;
    }
    atOf[n] = at;
    uOf[n] = sumU;
    sOf[n] = cs === countedS ? cs : (Z[1] as number);
    n += 1;
  }
  for (let i = 0; i < n; i += 1) {
    const at = atOf[i] as number;
    b[at] = uOf[i] as number;
    b[at + w] = sOf[i] as number;
  }
  b[o + 1] = totalU;
  b[o + 1 + w] = totalS;
  b[m + LINES] = (b[m + LINES] as number) + components.length;
  return true;
}
