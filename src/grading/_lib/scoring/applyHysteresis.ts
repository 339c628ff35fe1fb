import type { TraceStep } from '../../../explain';
import type { Hysteresis } from '../../policy/GradePolicy';
import type { GradeChange, GradeRecord } from '../../policy/GradeRecord';

/** Internal: the assigned grade, how it changed, and the step explaining the decision. */
export interface HysteresisOutcome {
  readonly grade: string;
  readonly change: GradeChange;
  readonly step: TraceStep | null;
}

/**
 * Internal: applies hysteresis to the grade the rules computed. Let `held` be the grade assigned
 * in the latest earlier period. If the rules give a worse grade, the customer is demoted only
 * when the rules gave a grade worse than `held` in each of the last `demoteAfterPeriods` periods
 * (this one included) — and then to the best of those grades, the mildest demotion every one of
 * those periods supports. Promotions mirror this with `promoteAfterPeriods`, to the worst of the
 * better grades. A previous grade this policy does not know starts afresh (`new`).
 *
 * @param computed - the grade the rules give now
 * @param history - the customer's earlier records, oldest first
 * @param rank - each grade's position, best = 0
 */
export function applyHysteresis(
  computed: string,
  history: readonly GradeRecord[] | undefined,
  rank: ReadonlyMap<string, number>,
  hysteresis: Hysteresis,
): HysteresisOutcome {
  const last = history?.[history.length - 1];
  if (history === undefined || last === undefined)
    return { grade: computed, change: 'new', step: null };
  const held = last.grade;
  const heldRank = rank.get(held);
  if (heldRank === undefined)
    return {
      grade: computed,
      change: 'new',
      step: { code: 'grading.policy.previous-unknown', params: { previous: held } },
    };
  const computedRank = rank.get(computed) as number;
  if (computedRank === heldRank) return { grade: held, change: 'same', step: null };
  const demoting = computedRank > heldRank;
  const needed = demoting ? hysteresis.demoteAfterPeriods : hysteresis.promoteAfterPeriods;
  const window = [computedRank];
  for (let j = history.length - 1; j >= 0 && window.length < needed; j -= 1) {
    const earlier = rank.get((history[j] as GradeRecord).computed);
    if (earlier === undefined || (demoting ? earlier <= heldRank : earlier >= heldRank)) break;
    window.push(earlier);
  }
  if (window.length < needed)
    return {
      grade: held,
      change: 'held',
      step: {
        code: demoting ? 'grading.policy.hold.demotion' : 'grading.policy.hold.promotion',
        params: { held, computed, periods: window.length, needed },
      },
    };
  const target = demoting ? Math.min(...window) : Math.max(...window);
  const grade = [...rank.entries()].find(([, position]) => position === target)?.[0] as string;
  return {
    grade,
    change: demoting ? 'demoted' : 'promoted',
    step: {
      code: demoting ? 'grading.policy.demoted' : 'grading.policy.promoted',
      params: { from: held, to: grade, periods: needed },
    },
  };
}
