import { CrmRulesError } from '../../../errors';
import type { TraceStep } from '../../../explain';
import { type Decimal, decimalToString, toDecimal } from '../../../money';
import type { KpiBonusPlan } from '../../KpiBonusPlan';
import { scoreCurve } from '../../scoreCurve';
import { renameHead, withPaths } from '../errorPaths';

/** The payout percent the plan's curve gives at `score`, with the curve's step and its own. */
export function curvePercent(plan: KpiBonusPlan, score: Decimal): [Decimal, TraceStep[]] {
  const point = withPaths(
    () => scoreCurve(plan.payoutCurve, { actual: score, target: plan.scoreTarget }),
    renameHead({
      curve: ['plan', 'payoutCurve'],
      actual: ['inputs', 'score'],
      target: ['plan', 'scoreTarget'],
    }),
  );
  const value = toDecimal(point.score);
  const percent = plan.curveUnit === 'fraction' ? value.times(100) : value;
  if (percent.isNegative() && !percent.isZero())
    throw new CrmRulesError('INVALID_INPUT', 'the payout curve gives a negative payout', {
      path: ['plan', 'payoutCurve'],
      value: point.score,
    });
  const step: TraceStep = {
    code: plan.curveUnit === 'fraction' ? 'kpi.bonus.curve.fraction' : 'kpi.bonus.curve',
    params: {
      score: decimalToString(score),
      point: point.score,
      percent: decimalToString(percent),
    },
  };
  return [percent, [...point.trace, step]];
}
