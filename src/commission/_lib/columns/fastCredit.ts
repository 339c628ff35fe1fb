import type { TierMode } from '../../model/TierTable';
import { componentTiers } from '../crediting/componentTiers';
import { initialMeasure } from '../crediting/priceLine';
import { CREDIT_NOTE, FIELDS } from '../events/originCodes';
import { ensure } from '../exact/Column';
import { add, Fixed, POW10, ZERO } from '../exact/num';
import { MODES, regCompare, regSum, roundedQuotient } from '../exact/Raw';
import { mulRound } from '../exact/roundNum';
import type { FxHit } from '../prepare/fxCache';
import {
  hasRegisterForm,
  type RawTiers,
  registerTiers,
  rTierCommission,
  segmentOf,
  tierOf,
} from '../pricing/rawTiers';
import type { Term } from './creditPlan';
import { earnWithinTier } from './earnWithinTier';
import {
  BASIS,
  type KernelHost,
  LINES,
  META,
  PAY_CURRENCY,
  PLAN_CURRENCY,
  ROUND,
  SCALE,
} from './KernelHost';
import type { KComponent, KVersion } from './kernelVersion';
import { memoOutcome } from './memoOutcome';
import { FRACTION_S, FRACTION_U, HEAD, SHARE } from './SplitShares';

const MAX = Number.MAX_SAFE_INTEGER;
// The register file: value `i` is `R[i] × 10^-R[i + 1]`. Helpers take register numbers (small
// integers), never bare doubles, so nothing is boxed when a call is not inlined.
const R = new Float64Array(32);
const ORIGINAL = 0;
const DOC_RATE = 2;
const PAY_RATE = 4;
const BASE = 6;
const VALUE = 8;
const COUNTED = 10;
const TOTAL = 12;
const BASIS_SUM = 14;
const BEFORE = 16;
const AFTER = 18;
const CELL = 20;
const RATE = 22;
const CAP = 24;
const FRACTION = 26;

// What each line of the credit being priced paid, by component slot (−1: the override), handed
// to the close's `PaidTrack` only once the whole credit is priced.
let paidSlot = new Int32Array(16);
let paidU = new Float64Array(16);
let paidS = new Int32Array(16);
let paidN = 0;

function notePaid(slot: number): void {
  if (paidN >= paidSlot.length) {
    paidSlot = ensure(paidSlot, paidN + 1);
    paidU = ensure(paidU, paidN + 1);
    paidS = ensure(paidS, paidN + 1);
  }
  paidSlot[paidN] = slot;
  paidU[paidN] = R[COUNTED] as number;
  paidS[paidN] = R[COUNTED + 1] as number;
  paidN += 1;
}
// Accumulator writes of one credit, committed together once every step has succeeded.
let stagedAt = new Int32Array(16);
let stagedU = new Float64Array(16);
let stagedS = new Float64Array(16);
let staged = 0;
// Registers for the tier table (`rTierCommission` works on `Raw` objects).
const tierOut = { u: 0.5, s: 0 };
const tierBefore = { u: 0.5, s: 0 };
const tierAfter = { u: 0.5, s: 0 };

/** `R[d] = R[a] × R[b]`; `false` past 2^53. */
function mul(d: number, a: number, b: number): boolean {
  const p = (R[a] as number) * (R[b] as number);
  if (p > MAX || p < -MAX) return false;
  R[d] = p + 0;
  R[d + 1] = (R[a + 1] as number) + (R[b + 1] as number);
  return true;
}

/** `R[d] = R[a] + R[b]` at the larger scale; `false` past 2^53. */
function sum(d: number, a: number, b: number): boolean {
  return regSum(R, d, a, b);
}

/** −1, 0, 1 for `R[a]` against `R[b]`, NaN when they cannot be aligned. */
function compare(a: number, b: number): number {
  return regCompare(R, a, b);
}

/** `R[d] = round(R[a] × R[b])` to `scale` places by mode code — the value of `mulRound`. */
function mulRounded(d: number, a: number, b: number, scale: number, mode: number): boolean {
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

function set(d: number, value: Fixed): void {
  R[d] = value.u;
  R[d + 1] = value.s;
}

function stage(at: number, r: number): void {
  if (staged >= stagedAt.length) {
    const grow = <T extends Int32Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(a.length * 2);
      b.set(a);
      return b;
    };
    stagedAt = grow(stagedAt);
    stagedU = grow(stagedU);
    stagedS = grow(stagedS);
  }
  stagedAt[staged] = at;
  stagedU[staged] = R[r] as number;
  stagedS[staged] = R[r + 1] as number;
  staged += 1;
}

/** Loads accumulator `at` (its scale `width` further on; −1: unset, read as 0) into `R[d]`. */
function load(host: KernelHost, at: number, d: number): boolean {
  const s = host.block[at + host.width] as number;
  R[d] = s < 0 ? 0 : (host.block[at] as number);
  R[d + 1] = s < 0 ? 0 : s;
  return s >= 0;
}

function fx(host: KernelHost, kv: KVersion, r: number, pay: number, term: Term): FxHit {
  const t = host.table;
  const w = kv.when;
  const at = w === 0 ? (t.rowDocDate[r] as number) : w === 1 ? (t.rowDay[r] as number) : 0;
  const width = w === 0 ? t.docDates.size : w === 1 ? t.days.length : 1;
  const from = pay < 0 ? (t.rowCurrency[r] as number) : pay;
  const cache = pay < 0 ? kv.docFx : kv.payFx;
  const key = from * width + at;
  let hit = cache[key];
  if (hit === undefined) {
    const plan = kv.version.plan;
    const when = host.when(w, r);
    hit =
      pay < 0
        ? host.ctx.fx.get(t.currencies.names[from] as string, plan.currency, when, plan.fx, [
            FIELDS[t.rowOrigin[r] as number] as string,
            t.rowDocIndex[r] as number,
            'currency',
          ])
        : host.ctx.fx.get(
            plan.currency,
            host.currencyOf[term.payeeIndex] as string,
            when,
            plan.fx,
            ['assignments', term.assignment.index, 'currency'],
          );
    cache[key] = hit;
  }
  return hit;
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
 * Internal: what one credit earns, on safe integers and without an object — `creditLines` in
 * totals mode for the common plans (amount crediting, rate tables, flat rates, marginal or whole
 * tiers, line caps, overrides; no SPIFFs, no reversals): the running tier measures, component sums,
 * credited base, the statement total and line count, the payment basis. Returns `false`, with the
 * payee's figures untouched, when `creditLines` must price the credit instead (a decimal.js value,
 * a wider integer, a rate-table miss that is an error, a plan the kernel does not run). Lookups
 * that fail throw the error `creditLines` would throw.
 */
export function fastCredit(
  host: KernelHost,
  kv: KVersion,
  j: number,
  e: number,
  q: number,
): boolean {
  const t = host.table;
  const plan = host.plan;
  const r = t.row[e] as number;
  if (!kv.ok || (t.rowOrigin[r] as number) >= CREDIT_NOTE || !host.partsOk) return false;
  const b = host.block;
  const m = q * host.stride;
  const pay = b[m + PAY_CURRENCY] as number;
  const memo = host.fxMemo;
  if (memo.row !== r || memo.kv !== kv || memo.pay !== pay) {
    // As `creditLines`: both rates are looked up (either may throw) before either is used.
    const term = plan.terms[plan.term[j] as number] as Term;
    const docRate = fx(host, kv, r, -1, term).rate;
    const payRate = fx(host, kv, r, pay, term).rate;
    memo.row = -1;
    if (!(docRate instanceof Fixed && payRate instanceof Fixed)) return false;
    memo.row = r;
    memo.kv = kv;
    memo.pay = pay;
    memo.docU = docRate.u;
    memo.docS = docRate.s;
    memo.payU = payRate.u;
    memo.payS = payRate.s;
  }
  // The common shape first: it reads the rates from the memo and checks its own base.
  if (
    kv.quick &&
    plan.kind[j] !== 2 &&
    b[m + BASIS] !== 1 &&
    host.paid === null &&
    earnWithinTier(host, kv, j, e, q)
  )
    return true;
  R[ORIGINAL] = host.partsU[plan.share[j] as number] as number;
  R[ORIGINAL + 1] = host.partsS;
  R[DOC_RATE] = memo.docU;
  R[DOC_RATE + 1] = memo.docS;
  R[PAY_RATE] = memo.payU;
  R[PAY_RATE + 1] = memo.payS;
  if (!mul(BASE, ORIGINAL, DOC_RATE)) return false;
  staged = 0;
  if (!earn(host, kv, j, e, q)) return false;
  const w = host.width;
  for (let i = 0; i < staged; i += 1) {
    const at = stagedAt[i] as number;
    b[at] = stagedU[i] as number;
    b[at + w] = stagedS[i] as number;
  }
  return true;
}

function earn(host: KernelHost, kv: KVersion, j: number, e: number, q: number): boolean {
  const plan = host.plan;
  const b = host.block;
  const m = q * host.stride;
  const o = m + META;
  const w = host.width;
  const segments = o + 2 * w;
  const scale = b[m + SCALE] as number;
  const mode = b[m + ROUND] as number;
  const basis = b[m + BASIS] === 1;
  if (kv.planCurrency === b[m + PLAN_CURRENCY]) {
    load(host, o, CELL);
    if (!sum(CELL, CELL, BASE)) return false;
    stage(o, CELL);
  }
  load(host, o + 1, TOTAL);
  R[BASIS_SUM] = 0;
  R[BASIS_SUM + 1] = 0;
  const paid = host.paid;
  paidN = 0;
  let lines = 0;
  const kind = plan.kind[j] as number;
  if (kind === 2) {
    const override = plan.override(j);
    if (override !== null) {
      if (!(override.num instanceof Fixed)) return false;
      set(RATE, override.num);
      if (!mul(VALUE, BASE, RATE) || !mulRounded(COUNTED, VALUE, PAY_RATE, scale, mode))
        return false;
      if (!sum(TOTAL, TOTAL, COUNTED) || (basis && !sum(BASIS_SUM, BASIS_SUM, COUNTED)))
        return false;
      if (paid !== null) notePaid(-1);
      lines += 1;
    }
  }
  const components = kv.components;
  for (let c = 0; c < components.length; c += 1) {
    const k = components[c] as KComponent;
    if (k.credit !== 2 && (k.credit === 1) !== (kind === 2)) continue;
    if (k.eligibility !== null && memoOutcome(host, k, e, j, false) !== 1) continue;
    const component = k.component;
    const tiers = component.tiers;
    if (k.rates !== null) {
      const row = memoOutcome(host, k, e, j, true);
      if (row < 0) return false;
      const rate = k.rateRows[row] as (typeof k.rateRows)[number];
      R[RATE] = rate.u;
      R[RATE + 1] = rate.s;
      if (rate.kind === 0) {
        if (!mul(VALUE, BASE, RATE)) return false;
      } else if (rate.kind === 1) {
        R[VALUE] = 0;
        R[VALUE + 1] = 0;
      } else {
        // Fixed per line: the amount times the credit's share, negative on a negative line.
        const first = plan.first;
        const at = plan.set + HEAD + SHARE * (plan.share[j] as number);
        R[FRACTION] = first < 0 ? 1 : (plan.shares.data[at + FRACTION_U] as number);
        R[FRACTION + 1] = first < 0 ? 0 : (plan.shares.data[at + FRACTION_S] as number);
        if ((R[FRACTION + 1] as number) < 0 || !mul(VALUE, RATE, FRACTION)) return false;
        if ((host.table.amtU[e] as number) < 0) R[VALUE] = -(R[VALUE] as number) + 0;
      }
    } else if (tiers !== null) {
      // The payee's run only for tiers the plan version could not compile (it is made on first
      // use, and made early it would outlive the sweep for nothing).
      const table = k.tiers ?? registerTiers(componentTiers(host.runOf(q), component), tiers.mode);
      if (table === null || !hasRegisterForm(tiers.mode)) return false;
      const at = o + 2 + k.slot;
      const seg = segments + k.slot;
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
      // Still inside one tier (the one the running total was last seen in): one rate for the
      // whole line, in either mode. The segment is only a hint; both ends are checked.
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
      if (inside) {
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
    } else {
      R[VALUE] = 0;
      R[VALUE + 1] = 0;
    }
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
    if (!mulRounded(COUNTED, VALUE, PAY_RATE, scale, mode)) return false;
    if (!sum(TOTAL, TOTAL, COUNTED) || (basis && !sum(BASIS_SUM, BASIS_SUM, COUNTED))) return false;
    if (paid !== null) notePaid(k.slot);
    const at = o + 2 + host.components + k.slot;
    load(host, at, CELL);
    if (!sum(CELL, CELL, COUNTED)) return false;
    stage(at, CELL);
    lines += 1;
  }
  stage(o + 1, TOTAL);
  b[m + LINES] = (b[m + LINES] as number) + lines;
  if (paid !== null)
    for (let i = 0; i < paidN; i += 1)
      paid.push(q, e, paidSlot[i] as number, paidU[i] as number, paidS[i] as number);
  if (basis && lines > 0) {
    const key = host.basisKey(e);
    const run = host.runOf(q);
    if (key !== undefined)
      run.basisSums.set(
        key,
        add(
          run.basisSums.get(key) ?? ZERO,
          new Fixed(R[BASIS_SUM] as number, R[BASIS_SUM + 1] as number),
        ),
      );
  }
  return true;
}
