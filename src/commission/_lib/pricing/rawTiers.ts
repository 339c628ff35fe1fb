import { Fixed, toDec } from '../../../money/_lib/scaled/Fixed';
import {
  type Register,
  rAdd,
  rCmp,
  register,
  rMul,
  rNeg,
} from '../../../money/_lib/scaled/Register';
import type { TierMode } from '../../model/TierTable';
import { parseNum } from '../exact/num';
import type { TierNum } from './TierNum';

/** Internal: a tier table as safe scaled integers (`toU` is NaN for the open last tier). */
export interface RawTiers {
  readonly fromU: Float64Array;
  readonly fromS: Int32Array;
  readonly toU: Float64Array;
  readonly toS: Int32Array;
  readonly rateU: Float64Array;
  readonly rateS: Int32Array;
}

const cache = new WeakMap<readonly TierNum[], RawTiers | null>();

/** Internal: a tier table on the fast path, or `null` when a bound or rate is a decimal.js value. */
export function rawTiers(tiers: readonly TierNum[]): RawTiers | null {
  let found = cache.get(tiers);
  if (found !== undefined) return found;
  const n = tiers.length;
  const t: RawTiers = {
    fromU: new Float64Array(n),
    fromS: new Int32Array(n),
    toU: new Float64Array(n),
    toS: new Int32Array(n),
    rateU: new Float64Array(n),
    rateS: new Int32Array(n),
  };
  found = t;
  tiers.forEach((tier, i) => {
    const { from, to, rate } = tier;
    if (!(from instanceof Fixed && rate instanceof Fixed && (to === null || to instanceof Fixed)))
      found = null;
    else {
      t.fromU[i] = from.u;
      t.fromS[i] = from.s;
      t.toU[i] = to === null ? Number.NaN : to.u;
      t.toS[i] = to === null ? 0 : to.s;
      t.rateU[i] = rate.u;
      t.rateS[i] = rate.s;
    }
  });
  cache.set(tiers, found);
  return found;
}

const slopes = new WeakMap<readonly TierNum[], RawTiers | null>();

/**
 * Internal: the register form of a tier table for a mode: as written, or for `interpolated-amount`
 * the table of per-unit rates `amount ÷ width` — priced as `marginal`, the same function — when
 * each is a short exact decimal (else `null`, and the object path prices it).
 */
export function registerTiers(tiers: readonly TierNum[], mode: TierMode): RawTiers | null {
  if (mode !== 'interpolated-amount') return rawTiers(tiers);
  let found = slopes.get(tiers);
  if (found !== undefined) return found;
  const rates: TierNum[] = [];
  for (const tier of tiers) {
    if (tier.to === null) break;
    const width = toDec(tier.to).minus(toDec(tier.from));
    const amount = toDec(tier.rate);
    const rate = amount.div(width);
    if (!rate.times(width).eq(amount)) break;
    rates.push({ from: tier.from, to: tier.to, rate: parseNum(rate.toFixed(), 'auto') });
  }
  found = rates.length === tiers.length ? rawTiers(rates) : null;
  slopes.set(tiers, found);
  return found;
}

const start = register();
const end = register();
const length = register();
const part = register();
const sum = register();
const high = register();
const bound = register();
const rate = register();

function load(out: Register, us: Float64Array, ss: Int32Array, i: number): void {
  out.u = us[i] as number;
  out.s = ss[i] as number;
}

/** Internal: the segment `x` falls in: the last tier it reaches, −1 below the first; −2 unknown. */
export function segmentOf(t: RawTiers, x: Register): number {
  for (let i = t.fromU.length - 1; i >= 0; i -= 1) {
    load(bound, t.fromU, t.fromS, i);
    const c = rCmp(x, bound);
    if (Number.isNaN(c)) return -2;
    if (c >= 0) return i;
  }
  return -1;
}

/**
 * Internal: whether the register form prices a tier mode (`marginal`, `whole`,
 * `interpolated-amount` through {@link registerTiers}); an `interpolated-rate` rate is a quotient
 * of the measure, priced by the object path. The kernel asks this before it takes a tiered
 * component.
 */
export function hasRegisterForm(mode: TierMode): boolean {
  switch (mode) {
    case 'marginal':
    case 'whole':
    case 'interpolated-amount':
      return true;
    case 'interpolated-rate':
      return false;
    default: {
      const unhandled: never = mode;
      throw new TypeError(`unknown tier mode ${String(unhandled)}`);
    }
  }
}

/**
 * Internal: `F(after) − F(before)` of a `marginal`, `whole` or `interpolated-amount` tier table
 * (its {@link registerTiers} form) into `out` — the value of `tierCommission` — on safe
 * integers; `false` when they do not suffice.
 */
export function rTierCommission(
  out: Register,
  t: RawTiers,
  mode: TierMode,
  before: Register,
  after: Register,
): boolean {
  switch (mode) {
    case 'marginal':
    case 'interpolated-amount':
      return rMarginal(out, t, before, after);
    case 'whole':
      return rWhole(out, t, before, after);
    case 'interpolated-rate':
      return false; // see hasRegisterForm
    default: {
      const unhandled: never = mode;
      throw new TypeError(`no register form for the tier mode ${String(unhandled)}`);
    }
  }
}

/**
 * Internal: the tier `x` lies in — below 0, a first tier from 0 — or −1 outside every tier (below
 * a first tier above 0, in a gap, above a closed last tier); −2 unknown.
 */
export function tierOf(t: RawTiers, x: Register): number {
  const i = segmentOf(t, x);
  if (i < -1) return i;
  if (i < 0) return t.fromU[0] === 0 ? 0 : -1;
  load(bound, t.toU, t.toS, i);
  if (Number.isNaN(bound.u)) return i;
  const c = rCmp(x, bound);
  return Number.isNaN(c) ? -2 : c < 0 ? i : -1;
}

/** `rate` = the rate of tier `i`, or 0 outside the tiers (`i` = −1). */
function loadRate(t: RawTiers, i: number): void {
  if (i >= 0) load(rate, t.rateU, t.rateS, i);
  else {
    rate.u = 0;
    rate.s = 0;
  }
}

/** `whole`: F(x) = x × rate(x), the rate of the tier x falls in (below 0, the first; else 0). */
function rWhole(out: Register, t: RawTiers, before: Register, after: Register): boolean {
  const i = tierOf(t, after);
  const k = tierOf(t, before);
  if (i < -1 || k < -1) return false;
  loadRate(t, i);
  if (!rMul(high, after, rate)) return false;
  loadRate(t, k);
  if (!rMul(part, before, rate)) return false;
  rNeg(part, part);
  return rAdd(out, high, part);
}

/** `marginal`: each slice of [before, after] at the rate of the tier it lies in. */
function rMarginal(out: Register, t: RawTiers, before: Register, after: Register): boolean {
  const direction = rCmp(after, before);
  if (Number.isNaN(direction)) return false;
  sum.u = 0;
  sum.s = 0;
  if (direction !== 0) {
    const lo = direction > 0 ? before : after;
    const hi = direction > 0 ? after : before;
    // Only the segments from lo's to hi's can be non-empty (below the first tier: segment −1).
    // Below a first tier that starts above 0 lies outside the tiers: it pays nothing.
    const low = segmentOf(t, lo);
    const last = segmentOf(t, hi);
    if (low < -1 || last < -1) return false;
    const first = t.fromU[0] === 0 ? low : Math.max(low, 0);
    for (let i = first; i <= last; i += 1) {
      // start = max(lo, from), end = min(hi, to); below the first tier, from lo and to its start.
      start.u = lo.u;
      start.s = lo.s;
      if (i >= 0) {
        load(bound, t.fromU, t.fromS, i);
        const c = rCmp(lo, bound);
        if (Number.isNaN(c)) return false;
        if (c < 0) load(start, t.fromU, t.fromS, i);
      }
      end.u = hi.u;
      end.s = hi.s;
      if (i < 0) load(bound, t.fromU, t.fromS, 0);
      else load(bound, t.toU, t.toS, i);
      if (!Number.isNaN(bound.u)) {
        const c = rCmp(hi, bound);
        if (Number.isNaN(c)) return false;
        if (c > 0) {
          end.u = bound.u;
          end.s = bound.s;
        }
      }
      const c = rCmp(end, start);
      if (Number.isNaN(c)) return false;
      if (c <= 0) continue;
      rNeg(start, start);
      if (!rAdd(length, end, start)) return false;
      if (direction < 0) rNeg(length, length);
      load(rate, t.rateU, t.rateS, i < 0 ? 0 : i);
      if (!rMul(part, length, rate)) return false;
      if (!rAdd(sum, sum, part)) return false;
    }
  }
  out.u = sum.u;
  out.s = sum.s;
  return true;
}
