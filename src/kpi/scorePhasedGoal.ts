import { attempt, CrmRulesError, parseWith, type SafeResult } from '../errors';
import type { TraceStep } from '../explain';
import { Decimal, type DecimalInput, decimalToString } from '../money';
import { limitedQuotient } from '../money/_lib/amountLimits';
import { isoDate } from '../period';
import { type PhaseResult, scorePhase } from './_lib/goals/scorePhase';
import { PhasedGoal } from './PhasedGoal';

export type { PhaseResult } from './_lib/goals/scorePhase';

/** Options of {@link scorePhasedGoal}. */
export interface PhasedGoalOptions {
  /** The day the goal is scored as of (inclusive), `YYYY-MM-DD`. */
  readonly asOf: string;
}

/** A long-term goal scored as of a day. */
export interface PhasedGoalResult {
  /** The goal id. */
  readonly goal: string;
  /** The day scored as of. */
  readonly asOf: string;
  /** Per phase, in order. */
  readonly phases: readonly PhaseResult[];
  /**
   * The score to date: the weighted average `Σ weight × score ÷ Σ weight` over the phases scored
   * (complete and current), or `null` before the first phase begins.
   */
  readonly scoreToDate: string | null;
  /** `Σ weight × score ÷ 100` over the phases scored, phases not begun counting 0. */
  readonly total: string;
  /** The goal's steps (`kpi.goal.*`). */
  readonly trace: readonly TraceStep[];
}

/**
 * Scores a long-term goal in phases as of a day. A **complete** phase (its last day on or before
 * `asOf`) is scored on the goal's curve against its target; the **current** phase against its
 * target prorated to the days elapsed — `target × elapsed ÷ days`, `elapsed` counting its first
 * day through `asOf`, at the goal's `scale` by largest remainder (so the target to date and the
 * rest add up to the target); a ratio curve does not score a phase whose target to date is 0. A
 * phase not begun is not scored. The score to date is the weighted average over the phases
 * scored; the total counts the phases not begun as 0. Exact but for the curve's and the
 * average's one division (half-up, 40 significant digits).
 *
 * @param goal - the goal (parsed here; plain JSON is fine)
 * @param actuals - the actual to date per phase id, for every complete and the current phase
 * @param options - `asOf`, the day scored as of (inclusive)
 * @returns each phase's status, target to date, score and contribution, and the goal's scores
 * @throws CrmRulesError for a bad goal under `['goal', …]` (`WEIGHTS_NOT_100`,
 * `INVALID_DATE_RANGE` for phases out of order, overlapping or outside the goal); `INVALID_DATE`
 * at `['options', 'asOf']`; `INVALID_INPUT` at `['actuals', id]` for a missing actual or an
 * unknown phase, and the curve's errors there
 * @example
 * ```ts
 * const goal = {
 *   id: 'expand-east', start: '2026-01-01', end: '2029-01-01',
 *   curve: { kind: 'ratio', direction: 'higher-is-better', cap: '1.5' },
 *   phases: [
 *     { id: 'y1', start: '2026-01-01', end: '2027-01-01', target: '1000000', weight: '40' },
 *     { id: 'y2', start: '2027-01-01', end: '2028-01-01', target: '3650000', weight: '30' },
 *     { id: 'y3', start: '2028-01-01', end: '2029-01-01', target: '5000000', weight: '30' },
 *   ],
 * };
 * // y1 complete: 1.2; y2 90 of 365 days → target to date 900,000, 450,000 → 0.5.
 * const r = scorePhasedGoal(goal, { y1: '1200000', y2: '450000' }, { asOf: '2027-03-31' });
 * [r.phases[1]?.targetToDate, r.phases[1]?.score, r.scoreToDate, r.total];
 * //=> ['900000', '0.5', '0.9', '0.63']
 * ```
 */
export function scorePhasedGoal(
  goal: unknown,
  actuals: Readonly<Record<string, DecimalInput>>,
  options: PhasedGoalOptions,
): PhasedGoalResult {
  const parsed = parseWith(PhasedGoal, goal, { path: ['goal'] });
  const asOf = isoDate(options?.asOf, ['options', 'asOf']);
  const given = checkActuals(parsed, actuals);
  const phases = parsed.phases.map((phase, i) => {
    const result = scorePhase(parsed, i, given.get(phase.id), asOf);
    if (result.status !== 'future' && !given.has(phase.id))
      throw new CrmRulesError(
        'INVALID_INPUT',
        `no actual for phase ${phase.id}, begun by ${asOf}`,
        {
          path: ['actuals', phase.id],
          value: undefined,
        },
      );
    return result;
  });
  const scored = phases.filter((p) => p.weighted !== null);
  const weights = Decimal.sum(0, ...scored.map((p) => p.weight));
  const sum = Decimal.sum(0, ...scored.map((p) => p.weighted as Decimal));
  const total = sum.div(100);
  const toDate = weights.isZero() ? null : limitedQuotient(sum.div(weights), ['actuals']);
  const trace: TraceStep[] = [
    toDate === null
      ? { code: 'kpi.goal.to-date.none', params: { asOf } }
      : {
          code: 'kpi.goal.to-date',
          params: {
            asOf,
            phases: scored.length,
            weight: decimalToString(weights),
            score: decimalToString(toDate),
          },
        },
    { code: 'kpi.goal.total', params: { score: decimalToString(total) } },
  ];
  return {
    goal: parsed.id,
    asOf,
    phases: phases.map(({ weighted: _, ...phase }) => phase),
    scoreToDate: toDate === null ? null : decimalToString(toDate),
    total: decimalToString(total),
    trace,
  };
}

/** The actuals by phase id, refusing a box that is not an object and ids of no phase. */
function checkActuals(goal: PhasedGoal, actuals: unknown): Map<string, DecimalInput> {
  if (typeof actuals !== 'object' || actuals === null || Array.isArray(actuals))
    throw new CrmRulesError('INVALID_INPUT', 'expected the actuals by phase id', {
      path: ['actuals'],
      value: actuals,
    });
  const ids = new Set(goal.phases.map((p) => p.id));
  const given = new Map<string, DecimalInput>();
  for (const [id, value] of Object.entries(actuals)) {
    if (!ids.has(id))
      throw new CrmRulesError('INVALID_INPUT', `no phase ${id} in goal ${goal.id}`, {
        path: ['actuals', id],
        value,
      });
    given.set(id, value as DecimalInput);
  }
  return given;
}

/**
 * Like {@link scorePhasedGoal}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeScorePhasedGoal({}, {}, { asOf: '2026-01-01' }).error?.code;
 * //=> 'INVALID_INPUT'
 * ```
 */
export function safeScorePhasedGoal(
  goal: unknown,
  actuals: Readonly<Record<string, DecimalInput>>,
  options: PhasedGoalOptions,
): SafeResult<PhasedGoalResult> {
  return attempt(() => scorePhasedGoal(goal, actuals, options));
}
