import { add, Fixed, ZERO } from '../../../../money/_lib/scaled/Fixed';
import { CREDIT_NOTE, FIELDS } from '../../events/originCodes';
import type { FxHit } from '../../prepare/fxCache';
import type { Term } from '../PayeeTerms';
import { capValue, componentValue } from './componentValue';
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
import {
  BASE,
  BASIS_SUM,
  CELL,
  COUNTED,
  commitStaged,
  DOC_RATE,
  load,
  mul,
  mulRounded,
  notePaid,
  ORIGINAL,
  PAY_RATE,
  pushPaid,
  R,
  RATE,
  set,
  stage,
  startCredit,
  sum,
  TOTAL,
  VALUE,
} from './registers';

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
  startCredit();
  if (!earn(host, kv, j, e, q)) return false;
  commitStaged(b, host.width);
  return true;
}

/** The credit's lines: the override of a roll-up, then one per component that takes it. */
function earn(host: KernelHost, kv: KVersion, j: number, e: number, q: number): boolean {
  const b = host.block;
  const m = q * host.stride;
  const o = m + META;
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
  const kind = host.plan.kind[j] as number;
  let lines = kind === 2 ? overrideLine(host, j, scale, mode, basis) : 0;
  if (lines < 0) return false;
  const components = kv.components;
  for (let c = 0; c < components.length; c += 1) {
    const k = components[c] as KComponent;
    if (k.credit !== 2 && (k.credit === 1) !== (kind === 2)) continue;
    if (k.eligibility !== null && memoOutcome(host, k, e, j, false) !== 1) continue;
    if (!componentValue(host, k, j, e, q) || !capValue(k)) return false;
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
  if (paid !== null) pushPaid(paid, q, e);
  if (basis && lines > 0) addBasis(host, e, q);
  return true;
}

/** The override line of roll-up credit `j` (1), none (0), or −1 when the kernel cannot price it. */
function overrideLine(
  host: KernelHost,
  j: number,
  scale: number,
  mode: number,
  basis: boolean,
): number {
  const override = host.plan.override(j);
  if (override === null) return 0;
  if (!(override.num instanceof Fixed)) return -1;
  set(RATE, override.num);
  if (!mul(VALUE, BASE, RATE) || !mulRounded(COUNTED, VALUE, PAY_RATE, scale, mode)) return -1;
  if (!sum(TOTAL, TOTAL, COUNTED) || (basis && !sum(BASIS_SUM, BASIS_SUM, COUNTED))) return -1;
  if (host.paid !== null) notePaid(-1);
  return 1;
}

/** Adds what the credit's lines paid (`R[BASIS_SUM]`) to its payment basis in the payee's run. */
function addBasis(host: KernelHost, e: number, q: number): void {
  const key = host.basisKey(e);
  if (key === undefined) return;
  const run = host.runOf(q);
  run.basisSums.set(
    key,
    add(
      run.basisSums.get(key) ?? ZERO,
      new Fixed(R[BASIS_SUM] as number, R[BASIS_SUM + 1] as number),
    ),
  );
}
