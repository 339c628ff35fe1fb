import { CrmRulesError } from '../../../errors';
import type { TraceStep } from '../../../explain';
import type { DecimalInput } from '../../../money';
import { Exact40 } from '../../../money/_lib/Exact40';
import type { CurveInput } from '../../CurveInput';
import type { Scorecard } from '../../Scorecard';
import { withinScale } from './combineScores';
import { curvePointAt, readTarget } from './curvePoint';
import type { PreparedCard } from './preparedCards';
import { aggregateValues, type SubPeriodValue } from './subPeriods';

/** Sub-period values of a KPI, aggregated by its `aggregate` rule before the curve scores them. */
export interface SubPeriodInput {
  /** The sub-period values (see `aggregateSubPeriods`). */
  readonly subPeriods: readonly SubPeriodValue[];
  /** The target for the whole period; required by `ratio` curves. */
  readonly target?: DecimalInput | undefined;
}

/** What a scorecard takes per KPI: the value for the period, or its sub-period values. */
export type KpiValue = CurveInput | SubPeriodInput;

/** Internal: one KPI measured — its score within the scale, curve point, value and steps. */
export interface Measured {
  readonly score: Exact40;
  readonly point: string;
  readonly value: { readonly actual: string; readonly target: string | null };
  readonly trace: TraceStep[];
}

/** Each KPI's curve point, kept within the scale; refuses missing and unknown KPI values. */
export function measureValues(
  prepared: PreparedCard,
  values: Readonly<Record<string, KpiValue>>,
): Map<string, Measured> {
  const { card, ids, constant } = prepared;
  if (typeof values !== 'object' || values === null || Array.isArray(values))
    throw new CrmRulesError('INVALID_INPUT', 'expected values by KPI id', {
      path: ['values'],
      value: values,
    });
  for (const id of Object.keys(values))
    if (!ids.has(id))
      throw new CrmRulesError('INVALID_INPUT', `no KPI "${id}" on the scorecard`, {
        path: ['values', id],
        value: id,
      });
  const out = new Map<string, Measured>();
  for (const kpi of card.kpis) {
    const path = ['values', kpi.id];
    const given = Object.hasOwn(values, kpi.id) ? values[kpi.id] : undefined;
    if (given === undefined || given === null || typeof given !== 'object')
      throw new CrmRulesError('INVALID_INPUT', `missing the value of KPI "${kpi.id}"`, {
        path,
        value: given,
      });
    const { input, steps } = periodValue(kpi, given, path);
    const actual = Exact40.from(input.actual, [...path, 'actual']);
    const read = readTarget(kpi.curve, input, path);
    const point = curvePointAt(kpi.curve, actual, read, path, constant);
    const scaled = withinScale(
      point.score,
      card.scale,
      kpi.id,
      'kpi.scorecard.scale.kpi',
      constant,
    );
    const target =
      input.target === undefined
        ? null
        : (read ?? Exact40.from(input.target, [...path, 'target'])).toFixed();
    if (steps.length > 0) steps.push(point.step, ...scaled.steps);
    out.set(kpi.id, {
      score: scaled.score,
      point: point.score.toFixed(),
      value: { actual: actual.toFixed(), target },
      trace: steps.length > 0 ? steps : [point.step, ...scaled.steps],
    });
  }
  return out;
}

/** The KPI's value for the period: as given, or its sub-period values aggregated. */
function periodValue(
  kpi: Scorecard['kpis'][number],
  given: KpiValue,
  path: string[],
): { input: CurveInput; steps: TraceStep[] } {
  if (!Object.hasOwn(given, 'subPeriods')) return { input: given as CurveInput, steps: [] };
  const { subPeriods, target } = given as SubPeriodInput;
  if (Object.hasOwn(given, 'actual'))
    throw new CrmRulesError('INVALID_INPUT', 'give either actual or subPeriods, not both', {
      path: [...path, 'actual'],
      value: (given as CurveInput).actual,
    });
  if (kpi.aggregate === undefined)
    throw new CrmRulesError(
      'INVALID_INPUT',
      `KPI "${kpi.id}" states no aggregate rule for sub-period values`,
      { path: [...path, 'subPeriods'], value: kpi.id },
    );
  const { value, step } = aggregateValues(subPeriods, kpi.aggregate, [...path, 'subPeriods']);
  return { input: { actual: value, target }, steps: [step] };
}
