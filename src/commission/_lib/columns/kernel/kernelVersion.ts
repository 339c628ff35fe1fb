import { Fixed } from '../../../../money/_lib/scaled/Fixed';
import type { QuotaMeasure } from '../../../model/QuotaMeasure';
import type { Interner } from '../../exact/Column';
import type { Num } from '../../exact/num';
import type { CompiledComponent, CompiledPlan } from '../../plan/compilePlan';
import type { CompiledRate, CompiledRateTable } from '../../plan/compileRates';
import type { MemoCondition } from '../../plan/memoCondition';
import type { FxHit } from '../../prepare/fxCache';
import { hasRegisterForm, type RawTiers, registerTiers } from '../../pricing/rawTiers';
import type { FactKeys } from '../factKeys';
import type { Memo } from '../Memo';

/** Internal: a rate as the kernel applies it: 0 percent, 1 none, 2 fixed per line. */
export interface KRate {
  readonly kind: number;
  readonly u: number;
  readonly s: number;
}

/** Internal: a component as the kernel prices it. */
export interface KComponent {
  readonly component: CompiledComponent;
  /** Its accumulator slot (components of every plan, by id). */
  readonly slot: number;
  /** Which credit it takes: 0 direct, 1 roll-up, 2 all. */
  readonly credit: number;
  readonly eligibility: MemoCondition | null;
  readonly eligibilityMemo: Memo | null;
  readonly rates: CompiledRateTable | null;
  readonly rateMemo: Memo | null;
  /** The table's rows in precedence order, then the no-match rate (if any). */
  readonly rateRows: readonly KRate[];
  /** The tier table (`null` for the attainment measure: per payee, by quota). */
  readonly tiers: RawTiers | null;
  readonly capU: Float64Array;
  readonly capS: Int32Array;
}

/** Internal: a plan version as the kernel runs it; `ok: false` sends its credits to `creditLines`. */
export interface KVersion {
  /** A number of its own (for a payee's last version used). */
  readonly id: number;
  readonly ok: boolean;
  /**
   * Whether `earnWithinTier` may try its credits first: every component direct or for all credits, with
   * no eligibility condition and no line cap, priced by a rate table or by running tiers.
   */
  readonly quick: boolean;
  readonly version: CompiledPlan;
  /** The plan currency's number (see `ColumnRun.planCurrency`). */
  readonly planCurrency: number;
  readonly components: readonly KComponent[];
  /** The FX date: 0 document date, 1 credit date, 2 period end, 3 period average. */
  readonly when: number;
  /** FX hits by currency and date index (document → plan, plan → statement currency). */
  readonly docFx: Array<FxHit | undefined>;
  readonly payFx: Array<FxHit | undefined>;
}

const WHEN = { 'document-date': 0, 'payment-date': 1, 'period-end': 2, 'period-average': 3 };

function kRate(rate: CompiledRate): KRate | null {
  const value = rate.value;
  if (rate.kind === 'none') return { kind: 1, u: 0, s: 0 };
  if (!(value instanceof Fixed)) return null;
  if (rate.kind === 'rate') return { kind: 0, u: value.u, s: value.s };
  if (rate.kind === 'fixed-per-line') return { kind: 2, u: value.u, s: value.s };
  return null;
}

function fixedAll(values: readonly Num[]): boolean {
  return values.every((value) => value instanceof Fixed);
}

/** A component as the kernel prices it, and whether the kernel can (`ok`). */
function kComponent(
  component: CompiledComponent,
  slots: Interner,
  facts: FactKeys,
): { k: KComponent; ok: boolean } {
  let ok = true;
  const rates = component.rates;
  const rows: KRate[] = [];
  if (rates !== null)
    for (const rate of [
      ...rates.rows.map((row) => row.rate),
      ...(rates.noMatch === null ? [] : [rates.noMatch]),
    ]) {
      const k = kRate(rate);
      if (k === null) ok = false;
      else rows.push(k);
    }
  const tiers = component.tiers;
  if (
    tiers !== null &&
    (!hasRegisterForm(tiers.mode) ||
      (tiers.nums !== null && registerTiers(tiers.nums, tiers.mode) === null))
  )
    ok = false;
  if (!fixedAll(component.lineCaps)) ok = false;
  const eligibilityMemo =
    component.eligibility === null ? null : facts.memo(component.eligibility.facts);
  const rateMemo = rates === null ? null : facts.memo(rates.facts);
  if (
    (component.eligibility !== null && eligibilityMemo === null) ||
    (rates !== null && rateMemo === null)
  )
    ok = false;
  const credit = component.def.credit;
  const k: KComponent = {
    component,
    slot: slots.id(component.def.id),
    credit: credit === 'direct' ? 0 : credit === 'roll-up' ? 1 : 2,
    eligibility: component.eligibility,
    eligibilityMemo,
    rates,
    rateMemo,
    rateRows: rows,
    tiers: tiers?.nums === null || tiers === null ? null : registerTiers(tiers.nums, tiers.mode),
    capU: Float64Array.from(component.lineCaps, (cap) => (cap instanceof Fixed ? cap.u : 0)),
    capS: Int32Array.from(component.lineCaps, (cap) => (cap instanceof Fixed ? cap.s : 0)),
  };
  return { k, ok };
}

/**
 * Whether the kernel's credited figure (the base, added in `fastCredit`) is the plan's attainment
 * measure: units (`quantity`) are added by `creditLines` on the object path.
 */
function kernelCredits(measure: QuotaMeasure): boolean {
  switch (measure) {
    case 'money':
      return true;
    case 'quantity':
      return false;
    default: {
      const never: never = measure;
      return never;
    }
  }
}

/** Whether `earnWithinTier` may try a version's credits first (see `KVersion.quick`). */
function quickComponents(components: readonly KComponent[]): boolean {
  return components.every(
    (k) =>
      k.credit !== 1 &&
      k.eligibility === null &&
      k.capU.length === 0 &&
      (k.rates !== null ||
        k.component.tiers === null ||
        (k.tiers !== null &&
          hasRegisterForm(k.component.tiers.mode) &&
          k.component.tiers.measure !== 'line')),
  );
}

/**
 * Internal: prepares a plan version for the column kernel: component slots, memos by fact codes,
 * rates, tiers and caps as safe integers. Versions with margin crediting, SPIFFs, fixed-per-unit
 * rates, rate-interpolated tiers, amount-interpolated tiers whose per-unit rates are not short
 * exact decimals, or conditions on amounts stay with `creditLines` (`ok: false`).
 */
export function kernelVersion(
  version: CompiledPlan,
  id: number,
  slots: Interner,
  facts: FactKeys,
  currencies: Interner,
): KVersion {
  const plan = version.plan;
  let ok =
    plan.crediting.measure === 'amount' &&
    kernelCredits(plan.quotaMeasure ?? 'money') &&
    version.spiffs.length === 0 &&
    fixedAll([...version.overrideRates.values()].map((rate) => rate.num));
  const components = version.components.map((component): KComponent => {
    const made = kComponent(component, slots, facts);
    if (!made.ok) ok = false;
    return made.k;
  });
  return {
    id,
    ok,
    quick: ok && quickComponents(components),
    version,
    planCurrency: currencies.id(plan.currency),
    components,
    when: WHEN[plan.fx.policy],
    docFx: [],
    payFx: [],
  };
}
