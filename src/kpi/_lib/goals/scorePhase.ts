import type { TraceStep } from '../../../explain';
import { type Decimal, type DecimalInput, decimalToString, toDecimal } from '../../../money';
import { addDays, dayNumber } from '../../../period';
import type { GoalPhase, PhasedGoal } from '../../PhasedGoal';
import { scoreCurve } from '../../scoreCurve';
import { renameHead, withPaths } from '../errorPaths';
import { prorateDecimal } from './prorateDecimal';

/** One phase of a scored long-term goal. */
export interface PhaseResult {
  /** The phase id. */
  readonly phase: string;
  /** `complete` (its last day is on or before `asOf`), `current` or `future`. */
  readonly status: 'complete' | 'current' | 'future';
  /** The days of the phase. */
  readonly days: number;
  /** The days from its first day through `asOf` (all of them once complete, 0 in the future). */
  readonly elapsedDays: number;
  /** The phase target. */
  readonly target: string;
  /** The target to date: all of it once complete, prorated while current, 0 in the future. */
  readonly targetToDate: string;
  /** The actual to date, or `null` for a phase not begun. */
  readonly actual: string | null;
  /** The curve's score against the target to date, or `null` when not scored. */
  readonly score: string | null;
  /** The weight, percent. */
  readonly weight: string;
  /** `weight × score ÷ 100`, or `null` when not scored. */
  readonly contribution: string | null;
  /** The phase's steps (`kpi.goal.phase.*`, `kpi.curve.*`). */
  readonly trace: readonly TraceStep[];
}

/** Scores phase `i` as of `asOf` (inclusive); `actual` is checked by the caller. */
export function scorePhase(
  goal: PhasedGoal,
  i: number,
  actual: DecimalInput | undefined,
  asOf: string,
): PhaseResult & { readonly weighted: Decimal | null } {
  const phase = goal.phases[i] as GoalPhase;
  const days = dayNumber(phase.end) - dayNumber(phase.start);
  const elapsed = Math.max(0, Math.min(days, dayNumber(asOf) - dayNumber(phase.start) + 1));
  const status = elapsed === 0 ? 'future' : elapsed === days ? 'complete' : 'current';
  const toDate = prorateDecimal(phase.target, elapsed, days, goal.scale);
  const base = {
    phase: phase.id,
    status,
    days,
    elapsedDays: elapsed,
    target: phase.target,
    targetToDate: decimalToString(toDate),
    weight: phase.weight,
  } as const;
  if (status === 'future' || actual === undefined)
    return unscored(base, null, [
      { code: 'kpi.goal.phase.future', params: { phase: phase.id, start: phase.start } },
    ]);
  const value = toDecimal(actual, ['actuals', phase.id]);
  const steps = [openingStep(phase, status, elapsed, days, base.targetToDate)];
  if (goal.curve.kind === 'ratio' && toDate.isZero())
    return unscored(base, decimalToString(value), [
      ...steps,
      { code: 'kpi.goal.phase.no-target', params: { phase: phase.id } },
    ]);
  const point = withPaths(
    () => scoreCurve(goal.curve, { actual: value, target: toDate }),
    renameHead({
      curve: ['goal', 'curve'],
      actual: ['actuals', phase.id],
      target: ['goal', 'phases', i, 'target'],
    }),
  );
  const score = toDecimal(point.score);
  const weighted = score.times(phase.weight);
  const contribution = weighted.div(100);
  steps.push(...point.trace, {
    code: 'kpi.goal.phase.contribution',
    params: {
      phase: phase.id,
      score: point.score,
      weight: phase.weight,
      contribution: decimalToString(contribution),
    },
  });
  return {
    ...base,
    actual: decimalToString(value),
    score: point.score,
    contribution: decimalToString(contribution),
    weighted,
    trace: steps,
  };
}

/** The step that says how far along a begun phase is. */
function openingStep(
  phase: GoalPhase,
  status: 'complete' | 'current',
  elapsed: number,
  days: number,
  targetToDate: string,
): TraceStep {
  return status === 'complete'
    ? {
        code: 'kpi.goal.phase.complete',
        params: {
          phase: phase.id,
          start: phase.start,
          last: addDays(phase.end, -1),
          target: phase.target,
        },
      }
    : {
        code: 'kpi.goal.phase.current',
        params: { phase: phase.id, target: phase.target, elapsed, days, targetToDate },
      };
}

type PhaseBase = Omit<PhaseResult, 'actual' | 'score' | 'contribution' | 'trace'>;

/** A phase result without a score (not begun, or no target to date on a ratio curve). */
function unscored(
  base: PhaseBase,
  actual: string | null,
  trace: TraceStep[],
): PhaseResult & { readonly weighted: null } {
  return { ...base, actual, score: null, contribution: null, weighted: null, trace };
}
