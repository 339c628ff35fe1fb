import { Fixed, ZERO } from '../../../../money/_lib/scaled/Fixed';
import type { TierMode } from '../../../model/TierTable';
import { componentTiers } from '../../crediting/componentTiers';
import { initialMeasure } from '../../crediting/priceLine';
import {
  hasRegisterForm,
  type RawTiers,
  registerTiers,
  rTierCommission,
  segmentOf,
  tierOf,
} from '../../pricing/rawTiers';
import { FRACTION_S, FRACTION_U, HEAD, SHARE } from '../SplitShares';
import { type KernelHost, META } from './KernelHost';
import type { KComponent } from './kernelVersion';
import { memoOutcome } from './memoOutcome';
import {
  AFTER,
  BASE,
  BEFORE,
  CAP,
  CELL,
  compare,
  FRACTION,
  load,
  mul,
  R,
  RATE,
  set,
  stage,
  sum,
  VALUE,
} from './registers';

// Registers for the tier table (`rTierCommission` works on `Register` objects).
const tierOut = { u: 0.5, s: 0 };
const tierBefore = { u: 0.5, s: 0 };
const tierAfter = { u: 0.5, s: 0 };

/**
 * Internal: what component `k` earns on credit `j` of event `e` (payee `q`), before
 * line caps, into `R[VALUE]` — by its rate table, its tiers (advancing the running measure, staged),
 * or 0. `false` when `creditLines` must price the credit instead.
 */
export function componentValue(
  host: KernelHost,
  k: KComponent,
  j: number,
  e: number,
  q: number,
): boolean {
  if (k.rates !== null) return rateValue(host, k, j, e);
  if (k.component.tiers !== null) return tierValue(host, k, q);
  R[VALUE] = 0;
  R[VALUE + 1] = 0;
  return true;
}

/** A rate table's value: the base times a percentage, nothing, or a fixed amount per line. */
function rateValue(host: KernelHost, k: KComponent, j: number, e: number): boolean {
  const plan = host.plan;
  const row = memoOutcome(host, k, e, j, true);
  if (row < 0) return false;
  const rate = k.rateRows[row] as (typeof k.rateRows)[number];
  R[RATE] = rate.u;
  R[RATE + 1] = rate.s;
  if (rate.kind === 0) return mul(VALUE, BASE, RATE);
  if (rate.kind === 1) {
    R[VALUE] = 0;
    R[VALUE + 1] = 0;
    return true;
  }
  // Fixed per line: the amount times the credit's share, negative on a negative line.
  const first = plan.first;
  const at = plan.set + HEAD + SHARE * (plan.share[j] as number);
  R[FRACTION] = first < 0 ? 1 : (plan.shares.data[at + FRACTION_U] as number);
  R[FRACTION + 1] = first < 0 ? 0 : (plan.shares.data[at + FRACTION_S] as number);
  if ((R[FRACTION + 1] as number) < 0 || !mul(VALUE, RATE, FRACTION)) return false;
  if ((host.table.amtU[e] as number) < 0) R[VALUE] = -(R[VALUE] as number) + 0;
  return true;
}

/** A tier table's value from the running measure before the credit to after it (staged). */
function tierValue(host: KernelHost, k: KComponent, q: number): boolean {
  const b = host.block;
  const o = q * host.stride + META;
  const component = k.component;
  const tiers = component.tiers as NonNullable<typeof component.tiers>;
  // The payee's run only for tiers the plan version could not compile (it is made on first
  // use, and made early it would outlive the sweep for nothing).
  const table = k.tiers ?? registerTiers(componentTiers(host.runOf(q), component), tiers.mode);
  if (table === null || !hasRegisterForm(tiers.mode)) return false;
  const at = o + 2 + k.slot;
  const seg = o + 2 * host.width + k.slot;
  const line = tiers.measure === 'line';
  // A negative line under the line measure is priced as a mirror (see `priceLine`).
  if (line && (R[BASE] as number) < 0) return false;
  let segment = line ? -9 : (b[seg] as number);
  if (line) {
    R[BEFORE] = 0;
    R[BEFORE + 1] = 0;
  } else if (!load(host, at, BEFORE)) {
    // From 0, or (over the plan year) from the carried base, which the payee's run reads.
    const start =
      tiers.measure === 'plan-year-to-date' ? initialMeasure(host.runOf(q), component) : ZERO;
    if (!(start instanceof Fixed)) return false;
    set(BEFORE, start);
    segment = -9;
  }
  if (!sum(AFTER, BEFORE, BASE)) return false;
  // Outside every tier under `outsideTiers: 'error'`: `creditLines` stops the run.
  if (tiers.outside === 'error' && outsideAfter(table)) return false;
  if (withinSegment(table, segment)) {
    R[RATE] = table.rateU[segment] as number;
    R[RATE + 1] = table.rateS[segment] as number;
    if (!mul(VALUE, BASE, RATE)) return false;
  } else {
    segment = tiered(table, tiers.mode);
    if (segment < -1) return false;
  }
  if (!line) {
    stage(at, AFTER);
    b[seg] = segment;
  }
  return true;
}

/**
 * Whether the credit stays inside one tier (the one the running total was last seen in): then one
 * rate prices the whole line, in either mode. The segment is only a hint; both ends are checked.
 */
function withinSegment(table: RawTiers, segment: number): boolean {
  let inside = segment >= 0 && segment < table.fromU.length && (R[BASE] as number) >= 0;
  if (inside) {
    R[CELL] = table.fromU[segment] as number;
    R[CELL + 1] = table.fromS[segment] as number;
    inside = compare(BEFORE, CELL) >= 0;
  }
  const bound = inside ? (table.toU[segment] as number) : Number.NaN;
  if (inside && !Number.isNaN(bound)) {
    R[CELL] = bound;
    R[CELL + 1] = table.toS[segment] as number;
    inside = compare(AFTER, CELL) < 0;
  }
  return inside;
}

/** The tier commission from `R[BEFORE]` to `R[AFTER]` into `R[VALUE]`, and the segment after. */
function tiered(table: RawTiers, mode: TierMode): number {
  tierBefore.u = R[BEFORE] as number;
  tierBefore.s = R[BEFORE + 1] as number;
  tierAfter.u = R[AFTER] as number;
  tierAfter.s = R[AFTER + 1] as number;
  if (!rTierCommission(tierOut, table, mode, tierBefore, tierAfter)) return -2;
  R[VALUE] = tierOut.u;
  R[VALUE + 1] = tierOut.s;
  return segmentOf(table, tierAfter);
}

/** Whether the running total `R[AFTER]` lies outside every tier (or cannot be placed). */
function outsideAfter(table: RawTiers): boolean {
  tierAfter.u = R[AFTER] as number;
  tierAfter.s = R[AFTER + 1] as number;
  return tierOf(table, tierAfter) < 0;
}

/**
 * Internal: caps `R[VALUE]` at each of the component's line caps, by magnitude (a negative line
 * keeps its sign); `false` when a cap cannot be compared.
 */
export function capValue(k: KComponent): boolean {
  for (let i = 0; i < k.capU.length; i += 1) {
    R[CAP] = k.capU[i] as number;
    R[CAP + 1] = k.capS[i] as number;
    const negative = (R[VALUE] as number) < 0;
    if (negative) R[VALUE] = -(R[VALUE] as number);
    const over = compare(VALUE, CAP);
    if (negative) R[VALUE] = -(R[VALUE] as number) + 0;
    if (Number.isNaN(over)) return false;
    if (over > 0) {
      R[VALUE] = negative ? -(R[CAP] as number) + 0 : (R[CAP] as number);
      R[VALUE + 1] = R[CAP + 1] as number;
    }
  }
  return true;
}
