import type { ErrorPath } from '../../../errors';
import type { CommissionPlan } from '../../model/CommissionPlan';
import type { Component } from '../../model/Component';
import type { Modifier } from '../../model/Modifier';
import type { Spiff } from '../../model/Spiff';
import type { AmountTier, OutsideTiers, Tier, TierMeasure, TierMode } from '../../model/TierTable';
import { type Arithmetic, type Num, parseNum } from '../exact/num';
import { type CompiledBand, compileBands } from '../pricing/bandFactor';
import { type TierNum, tierNums } from '../pricing/TierNum';
import { asLineFact, LINE_FACT_TABLE, type LineFact } from '../schema/lineFactTable';
import type { CategoryTree } from './categoryTree';
import {
  type CompiledRate,
  type CompiledRateTable,
  compileRate,
  compileRateTable,
} from './compileRates';
import { type MemoCondition, memoCondition } from './memoCondition';
import { parsePlanCondition } from './planConditions';

/** Internal: a component ready to run. */
export interface CompiledComponent {
  readonly def: Component;
  readonly index: number;
  readonly eligibility: MemoCondition | null;
  readonly rates: CompiledRateTable | null;
  readonly tiers: {
    readonly mode: TierMode;
    readonly measure: TierMeasure;
    /** The stated outcome outside the tiers (`null`: the table covers every amount). */
    readonly outside: OutsideTiers | null;
    readonly raw: ReadonlyArray<Tier | AmountTier>;
    /** Bounds as amounts (`null` for the attainment measure, scaled per payee quota). */
    readonly nums: readonly TierNum[] | null;
  } | null;
  /** Line caps in the plan currency. */
  readonly lineCaps: readonly Num[];
  /**
   * The period modifiers, in order, with their index in `modifiers` and, for a multiplier, its
   * bands read (else none).
   */
  readonly periodModifiers: ReadonlyArray<{
    readonly modifier: Modifier;
    readonly index: number;
    readonly bands: readonly CompiledBand[];
  }>;
}

/** Internal: a SPIFF ready to run. */
export interface CompiledSpiff {
  readonly def: Spiff;
  readonly index: number;
  readonly when: MemoCondition;
  readonly award: CompiledRate;
  readonly max: Num | null;
}

/** Internal: a plan version ready to run. */
export interface CompiledPlan {
  readonly plan: CommissionPlan;
  /** Its index in the caller's `plans`. */
  readonly index: number;
  readonly components: readonly CompiledComponent[];
  readonly spiffs: readonly CompiledSpiff[];
  /** The facts any condition of the plan reads. */
  readonly facts: ReadonlySet<LineFact>;
  /** True when some condition reads a payee or credit fact (facts then differ per credit). */
  readonly perCredit: boolean;
  readonly overrideRates: ReadonlyMap<number, { readonly num: Num; readonly text: string }>;
}

/** Internal: compiles a parsed plan version (conditions, rates, tiers, caps). */
export function compilePlan(
  plan: CommissionPlan,
  index: number,
  arithmetic: Arithmetic,
  path: ErrorPath,
  categories: CategoryTree | null = null,
): CompiledPlan {
  const facts = new Set<LineFact>();
  const condition = (json: unknown, at: ErrorPath): MemoCondition => {
    const parsed = parsePlanCondition(json, plan.currency, [...path, ...at]);
    for (const fact of parsed.facts) facts.add(asLineFact(fact.name));
    return memoCondition(parsed);
  };
  const components = plan.components.map((def, i): CompiledComponent => {
    const at = ['components', i];
    const calc = def.calculation;
    const rates =
      calc.kind === 'tiers'
        ? null
        : compileRateTable(
            calc,
            plan.currency,
            arithmetic,
            [...path, ...at, 'calculation'],
            categories,
          );
    if (rates !== null) for (const fact of rates.facts) facts.add(asLineFact(fact));
    return {
      def,
      index: i,
      eligibility:
        def.eligibility === undefined ? null : condition(def.eligibility, [...at, 'eligibility']),
      rates,
      tiers: compileTiers(calc, arithmetic),
      ...compileModifiers(def, arithmetic),
    };
  });
  const spiffs = plan.spiffs.map((def, i) => ({
    def,
    index: i,
    when: condition(def.when, ['spiffs', i, 'when']),
    award: compileRate(def.award, arithmetic, null, null),
    max: def.maxPerPayee === undefined ? null : parseNum(def.maxPerPayee.amount, arithmetic),
  }));
  const overrideRates = new Map(
    (plan.crediting.rollUp?.overrideRates ?? []).map((entry) => [
      entry.level,
      { num: parseNum(entry.rate, arithmetic), text: entry.rate },
    ]),
  );
  const perCredit = [...facts].some((name) => LINE_FACT_TABLE[name].perCredit);
  return { plan, index, components, spiffs, facts, perCredit, overrideRates };
}

/** A component's tier table, its bounds read (`null` for a rate-table component). */
function compileTiers(
  calc: Component['calculation'],
  arithmetic: Arithmetic,
): CompiledComponent['tiers'] {
  if (calc.kind !== 'tiers') return null;
  return {
    mode: calc.mode,
    measure: calc.measure,
    outside: calc.outsideTiers ?? null,
    raw: calc.tiers,
    nums: calc.measure === 'attainment' ? null : tierNums(calc.tiers, arithmetic),
  };
}

/** A component's line caps, read, and its other modifiers (a multiplier's bands compiled). */
function compileModifiers(
  def: Component,
  arithmetic: Arithmetic,
): Pick<CompiledComponent, 'lineCaps' | 'periodModifiers'> {
  return {
    lineCaps: def.modifiers.flatMap((m) =>
      m.kind === 'cap' && m.per === 'line' ? [parseNum(m.amount.amount, arithmetic)] : [],
    ),
    periodModifiers: def.modifiers.flatMap((modifier, k) =>
      modifier.kind === 'cap' && modifier.per === 'line'
        ? []
        : [
            {
              modifier,
              index: k,
              bands: modifier.kind === 'multiplier' ? compileBands(modifier.bands) : [],
            },
          ],
    ),
  };
}
