import { attempt, parseWith, type SafeResult } from '../errors';
import type { TraceStep } from '../explain';
import {
  allocate,
  Decimal,
  decimalToString,
  type Money,
  minorUnits,
  money,
  roundDecimal,
} from '../money';
import { roundingStep } from '../money/_lib/roundingStep';
import { bonusScore, bonusTarget, inputsBox, type KpiBonusInputs } from './_lib/bonus/bonusInputs';
import { type Combined, combineMultipliers } from './_lib/bonus/combineMultipliers';
import { curvePercent } from './_lib/bonus/payoutPercent';
import { KpiBonusPlan } from './KpiBonusPlan';

export type { KpiBonusInputs } from './_lib/bonus/bonusInputs';

/** A computed KPI bonus: every step from the target to the payout. */
export interface KpiBonusResult {
  /** The plan id. */
  readonly plan: string;
  /** The target bonus (the amount, or base salary × percent ÷ 100), exact. */
  readonly target: Money;
  /** The score that drove the bonus, as a decimal string. */
  readonly score: string;
  /** The payout percent the curve gives at the score (`'50'` = 50 %). */
  readonly curvePercent: string;
  /** The combined multiplier (1 when the plan has none). */
  readonly factor: string;
  /** `curvePercent × factor`, capped at `capPercent`: the percent of the target paid. */
  readonly percent: string;
  /** Whether the cap lowered the percent. */
  readonly capped: boolean;
  /** `target × percent ÷ 100`, rounded once to the currency's minor unit by the plan's mode. */
  readonly payout: Money;
  /**
   * Additive plans: the payout split by each multiplier's weighted share (`allocate`, so the
   * parts add up to the payout), by multiplier id; `null` for multiplicative plans.
   */
  readonly parts: Readonly<Record<string, Money>> | null;
  /** Target, score, curve point, multipliers, cap and payout steps (`kpi.curve.*`, `kpi.bonus.*`). */
  readonly trace: readonly TraceStep[];
}

/**
 * Computes a KPI bonus from a {@link KpiBonusPlan}: the target bonus × the payout percent of the
 * score on the plan's curve × the combined multipliers (multiplicative: their product;
 * additive: `Σ weight × result ÷ 100`), capped at `capPercent`, ÷ 100, rounded once to the
 * currency's minor unit with the plan's rounding mode. The products carry 40 significant digits;
 * nothing is ever NaN or Infinity.
 *
 * @param plan - the bonus plan version (parsed here; plain JSON is fine)
 * @param inputs - `{ score, multipliers?, baseSalary? }`: the score a decimal or a scored
 * scorecard, one result per plan multiplier, the base salary for a percent-of-salary target
 * @returns the payout with every step as a trace
 * @throws CrmRulesError for a bad plan under `['plan', …]` (`INVALID_AMOUNT` for a negative
 * target bonus, `WEIGHTS_NOT_100` for additive weights not adding up to 100, `CURRENCY_MISMATCH`);
 * `INVALID_INPUT` for a missing score, KPI score, multiplier or base salary (`['inputs', …]`), a
 * negative multiplier, or a curve giving a negative payout
 * @example
 * ```ts
 * const plan = {
 *   id: 'am-bonus', effectiveFrom: '2026-01-01', currency: 'CNY',
 *   target: { kind: 'amount', amount: { amount: '20000', currency: 'CNY' } },
 *   payoutCurve: { kind: 'linear', points: [{ x: '80', y: '50' }, { x: '100', y: '100' }, { x: '150', y: '200' }] },
 *   multipliers: [{ id: 'business' }],
 * };
 * computeKpiBonus(plan, { score: '90', multipliers: { business: '1.1' } }).payout.amount.toFixed(2);
 * //=> '16500.00'
 * ```
 */
export function computeKpiBonus(plan: unknown, inputs: KpiBonusInputs): KpiBonusResult {
  const parsed = parseWith(KpiBonusPlan, plan, { path: ['plan'] });
  const box = inputsBox(inputs);
  const [target, targetStep] = bonusTarget(parsed, box);
  const [score, scoreStep] = bonusScore(parsed, box);
  const [fromCurve, curveSteps] = curvePercent(parsed, score);
  const combined = combineMultipliers(parsed, box);
  const uncapped = fromCurve.times(combined.factor);
  const cap = parsed.capPercent === undefined ? null : new Decimal(parsed.capPercent);
  const capped = cap !== null && uncapped.gt(cap);
  const percent = capped ? cap : uncapped;
  const trace: TraceStep[] = [targetStep, scoreStep, ...curveSteps, ...combined.steps];
  if (capped)
    trace.push({
      code: 'kpi.bonus.cap',
      params: { percent: decimalToString(uncapped), cap: decimalToString(cap) },
    });
  const exact = target.amount.times(percent).div(100);
  const scale = minorUnits(parsed.currency);
  const payout = money(roundDecimal(exact, scale, parsed.rounding.mode), parsed.currency);
  const exactText = decimalToString(exact);
  trace.push(
    {
      code: 'kpi.bonus.payout',
      params: {
        target: decimalToString(target.amount, scale),
        percent: decimalToString(percent),
        exact: exactText,
        currency: parsed.currency,
      },
    },
    roundingStep(
      exactText,
      decimalToString(payout.amount, scale),
      parsed.currency,
      parsed.rounding.mode,
      scale,
    ),
  );
  return {
    plan: parsed.id,
    target,
    score: decimalToString(score),
    curvePercent: decimalToString(fromCurve),
    factor: decimalToString(combined.factor),
    percent: decimalToString(percent),
    capped,
    payout,
    parts: splitPayout(payout, combined),
    trace,
  };
}

/** The payout split by the additive shares (largest remainder); `null` when multiplicative. */
function splitPayout(payout: Money, combined: Combined): Record<string, Money> | null {
  const shares = combined.shares;
  if (shares === null) return null;
  const anyShare = shares.some((s) => !s.share.isZero());
  const parts = anyShare
    ? allocate(
        payout,
        shares.map((s) => s.share),
      )
    : shares.map(() => money(0, payout.currency));
  return Object.fromEntries(shares.map((s, i) => [s.id, parts[i] as Money]));
}

/**
 * Like {@link computeKpiBonus}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeComputeKpiBonus({}, { score: '90' }).error?.code;
 * //=> 'INVALID_INPUT'
 * ```
 */
export function safeComputeKpiBonus(
  plan: unknown,
  inputs: KpiBonusInputs,
): SafeResult<KpiBonusResult> {
  return attempt(() => computeKpiBonus(plan, inputs));
}
