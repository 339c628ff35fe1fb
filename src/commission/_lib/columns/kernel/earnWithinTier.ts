import { POW10, regCompare, regSum } from '../../../../money/_lib/scaled/Register';
import { roundedQuotient } from '../../exact/roundedQuotient';
import type { RawTiers } from '../../pricing/rawTiers';
import { FRACTION_S, FRACTION_U, HEAD, SHARE } from '../SplitShares';
import { type KernelHost, LINES, META, PLAN_CURRENCY, ROUND, SCALE } from './KernelHost';
import type { KComponent, KVersion } from './kernelVersion';
import { memoOutcome } from './memoOutcome';

const MAX = Number.MAX_SAFE_INTEGER;
// The helpers' operands `a` (`A[0]` units, `A[1]` scale) and `b` (`A[2]`, `A[3]`), their result
// `Z` (units, scale) — also how one step hands a value to the next — and the credit's running
// statement total `T`: views of one register file (see `regSum`), so passing and storing a double
// boxes nothing.
const REGS = new Float64Array(8);
const A = REGS.subarray(0, 4);
const Z = REGS.subarray(4, 6);
const T = REGS.subarray(6, 8);

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

/** Room for `need` staged writes (the arrays grow, doubling, and stay). */
function ensureStaging(need: number): void {
  if (atOf.length >= need) return;
  atOf = new Int32Array(need * 2);
  uOf = new Float64Array(need * 2);
  sOf = new Float64Array(need * 2);
}

/** Stages the write of `u` at scale `s` to `at` as write `n`; returns `n + 1`. */
function stageWrite(n: number, at: number, u: number, s: number): number {
  atOf[n] = at;
  uOf[n] = u;
  sOf[n] = s;
  return n + 1;
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
  const b = host.block;
  const m = q * host.stride;
  const o = m + META;
  const w = host.width;
  // Small integers: as int32 they pass to the helpers without a box.
  const scale = (b[m + SCALE] as number) | 0;
  const mode = (b[m + ROUND] as number) | 0;
  const memo = host.fxMemo;
  const baseU = (host.partsU[host.plan.share[j] as number] as number) * memo.docU + 0;
  const baseS = host.partsS + memo.docS;
  if (!(baseU <= MAX && baseU >= -MAX)) return false;
  const components = kv.components;
  ensureStaging(2 + 2 * components.length);
  let n = 0;
  if (kv.planCurrency === b[m + PLAN_CURRENCY]) {
    n = stageCredited(b, o, w, baseU, baseS);
    if (n < 0) return false;
  }
  const ts = b[o + 1 + w] as number;
  T[0] = ts < 0 ? 0 : (b[o + 1] as number);
  T[1] = ts < 0 ? 0 : ts;
  for (let c = 0; c < components.length; c += 1) {
    const k = components[c] as KComponent;
    if (k.rates !== null) {
      if (!rowValue(host, k, j, e, baseU, baseS)) return false;
    } else if (k.tiers !== null) {
      n = segmentValue(b, w, o + 2 + k.slot, k.tiers, baseU, baseS, n);
      if (n < 0) return false;
    } else {
      Z[0] = 0;
      Z[1] = 0;
    }
    if (!inStatementCurrency(memo.payU, memo.payS, scale, mode)) return false;
    n = stageCounted(b, w, o + 2 + host.components + k.slot, n);
    if (n < 0) return false;
  }
  for (let i = 0; i < n; i += 1) {
    const at = atOf[i] as number;
    b[at] = uOf[i] as number;
    b[at + w] = sOf[i] as number;
  }
  b[o + 1] = T[0] as number;
  b[o + 1 + w] = T[1] as number;
  b[m + LINES] = (b[m + LINES] as number) + components.length;
  return true;
}

/** Stages the credited total (at `o`) plus the base, as write 0; returns 1, or −1 on overflow. */
function stageCredited(b: Float64Array, o: number, w: number, baseU: number, baseS: number) {
  const s = b[o + w] as number;
  A[0] = s < 0 ? 0 : (b[o] as number);
  A[1] = s < 0 ? 0 : s;
  A[2] = baseU;
  A[3] = baseS;
  if (!add()) return -1;
  return stageWrite(0, o, Z[0] as number, Z[1] as number);
}

/**
 * A rate-table component's value into `Z`: the base times a percentage, or a fixed amount per line
 * times the credit's share (negative on a negative line), or 0 for no rate. `false` when the
 * outcome is not memoised yet, the share is not a safe integer or the product is too wide.
 */
function rowValue(host: KernelHost, k: KComponent, j: number, e: number, bU: number, bS: number) {
  const row = memoOutcome(host, k, e, j, true);
  if (row < 0) return false;
  const rate = k.rateRows[row] as (typeof k.rateRows)[number];
  let valueU = 0;
  let valueS = 0;
  if (rate.kind === 0) {
    valueU = bU * rate.u;
    valueS = bS + rate.s;
  } else if (rate.kind === 2) {
    const plan = host.plan;
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
  Z[0] = valueU + 0;
  Z[1] = valueS;
  return true;
}

/**
 * A running-tier component's value into `Z` — the base at the rate of the segment the running
 * measure (at `at`) was last seen in, when it stays inside it — staging the new running measure as
 * write `n`; returns `n + 1`, or −1 when the segment is unknown or crossed.
 */
function segmentValue(
  b: Float64Array,
  w: number,
  at: number,
  table: RawTiers,
  baseU: number,
  baseS: number,
  n: number,
): number {
  const segment = b[at + 2 * w - 2] as number;
  const beforeS = b[at + w] as number;
  if (beforeS < 0 || !(segment >= 0 && segment < table.fromU.length) || baseU < 0) return -1;
  const beforeU = b[at] as number;
  A[0] = beforeU;
  A[1] = beforeS;
  A[2] = baseU;
  A[3] = baseS;
  if (!add()) return -1;
  const afterU = Z[0] as number;
  const afterS = Z[1] as number;
  if (!insideSegment(table, segment, beforeU, beforeS, afterU, afterS)) return -1;
  const valueU = baseU * (table.rateU[segment] as number);
  if (valueU > MAX || valueU < -MAX) return -1;
  Z[0] = valueU + 0;
  Z[1] = baseS + (table.rateS[segment] as number);
  return stageWrite(n, at, afterU, afterS);
}

/**
 * Whether the running measure stays in `segment`: from ≤ before and after < to. A bound has no
 * more places than the running figure once it has run a while: scaled up in place (else `compare`).
 */
function insideSegment(
  table: RawTiers,
  segment: number,
  beforeU: number,
  beforeS: number,
  afterU: number,
  afterS: number,
): boolean {
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
  // Open-ended (NaN): nothing above.
  if (Number.isNaN(bound)) return true;
  if (afterS >= toS) return afterU < aligned(bound, afterS - toS);
  A[0] = afterU;
  A[1] = afterS;
  A[2] = bound;
  A[3] = toS;
  return compare() < 0;
}

/** The value in `Z` into the statement currency, rounded to its places (the kernel's `mulRounded`). */
function inStatementCurrency(payU: number, payS: number, scale: number, mode: number): boolean {
  const product = (Z[0] as number) * payU;
  const places = (Z[1] as number) + payS;
  if (product > MAX || product < -MAX || places - scale > 15) return false;
  Z[0] =
    places <= scale
      ? product + 0
      : roundedQuotient(product, POW10[places - scale] as number, mode) + 0;
  Z[1] = places <= scale ? places : scale;
  return true;
}

/**
 * Adds the counted amount in `Z` to the statement total `T` and stages the component's sum (at
 * `at`) plus it as write `n`; returns `n + 1`, or −1 on overflow. Amounts in the statement
 * currency share its scale once set: added in place (the same sum as `add`, whose other cases these
 * are).
 */
function stageCounted(b: Float64Array, w: number, at: number, n: number): number {
  const countedU = Z[0] as number;
  const countedS = Z[1] as number;
  if (T[1] === countedS) {
    const totalU = safe((T[0] as number) + countedU);
    if (Number.isNaN(totalU)) return -1;
    T[0] = totalU;
  } else {
    A[0] = T[0] as number;
    A[1] = T[1] as number;
    A[2] = countedU;
    A[3] = countedS;
    if (!add()) return -1;
    T[0] = Z[0] as number;
    T[1] = Z[1] as number;
  }
  const cs = b[at + w] as number;
  if (cs === countedS) {
    const sumU = safe((b[at] as number) + countedU);
    if (Number.isNaN(sumU)) return -1;
    return stageWrite(n, at, sumU, cs);
  }
  A[0] = cs < 0 ? 0 : (b[at] as number);
  A[1] = cs < 0 ? 0 : cs;
  A[2] = countedU;
  A[3] = countedS;
  if (!add()) return -1;
  return stageWrite(n, at, Z[0] as number, Z[1] as number);
}
