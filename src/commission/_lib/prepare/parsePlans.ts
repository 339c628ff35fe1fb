import { CrmRulesError } from '../../../errors';
import { type Period, parsePeriod } from '../../../period';
import type { CommissionInput } from '../../model/CommissionInput';
import type { CommissionPlan } from '../../model/CommissionPlan';
import { parseCommissionPlan } from '../../parseCommissionPlan';
import { datedList } from '../exact/datedList';
import type { Arithmetic } from '../exact/num';
import { list, remap } from '../exact/remap';
import { buildCategoryTree } from '../plan/categoryTree';
import { compilePlan } from '../plan/compilePlan';
import type { PlanHistory } from './RunContext';

export function parsePlans(
  input: CommissionInput,
  arithmetic: Arithmetic,
): Map<string, PlanHistory> {
  const byId = new Map<string, Array<{ plan: CommissionPlan; index: number }>>();
  list(input.plans, 'plans').forEach((raw, index) => {
    const plan = parseCommissionPlan(raw, ['plans', index]);
    const versions = byId.get(plan.id) ?? [];
    const other = versions.find(
      (v) =>
        v.plan.version === plan.version ||
        v.plan.currency !== plan.currency ||
        v.plan.quotaMeasure !== plan.quotaMeasure,
    );
    if (other !== undefined) {
      const clash =
        other.plan.version === plan.version
          ? 'version'
          : other.plan.currency !== plan.currency
            ? 'currency'
            : 'quotaMeasure';
      throw new CrmRulesError(
        'INVALID_INPUT',
        clash === 'quotaMeasure'
          ? `the versions of plan ${plan.id} measure quotas alike; plans[${other.index}] measures ${other.plan.quotaMeasure ?? 'money'}`
          : `plan ${plan.id} already has a version with this ${clash} (plans[${other.index}])`,
        {
          path: ['plans', index, clash],
          value: plan[clash],
        },
      );
    }
    versions.push({ plan, index });
    byId.set(plan.id, versions);
  });
  const plans = new Map<string, PlanHistory>();
  const categories = buildCategoryTree(input.categories);
  for (const [id, versions] of byId) {
    const compiled = versions.map(({ plan, index }) => ({
      ...compilePlan(plan, index, arithmetic, ['plans', index], categories),
      effectiveFrom: plan.effectiveFrom,
      ...(plan.effectiveTo === undefined ? {} : { effectiveTo: plan.effectiveTo }),
    }));
    plans.set(id, {
      id,
      versions: remap(
        () => datedList(compiled, []),
        ['plans'],
        versions.map((v) => v.index),
      ),
    });
  }
  return plans;
}

export function resolvePeriod(label: string, plans: Map<string, PlanHistory>): Period {
  const all = [...plans.values()].flatMap((history) => history.versions.items);
  const first = all.sort((a, b) => a.index - b.index)[0];
  if (first === undefined)
    throw new CrmRulesError('INVALID_INPUT', 'at least one plan is needed', {
      path: ['plans'],
      value: [],
    });
  const period = parsePeriod(label, first.plan.calendar, ['period']);
  for (const version of all) {
    if (
      version.plan.effectiveFrom >= period.end ||
      (version.effectiveTo ?? '9999-12-31') <= period.start
    )
      continue;
    const own = parsePeriod(label, version.plan.calendar, ['period']);
    if (
      version.plan.periodGrain !== period.grain ||
      own.start !== period.start ||
      own.end !== period.end
    )
      throw new CrmRulesError(
        'INVALID_PERIOD',
        `plan ${version.plan.id} v${version.plan.version} closes ${version.plan.periodGrain} periods in its own calendar; ${label} does not fit it`,
        {
          path: [
            'plans',
            version.index,
            version.plan.periodGrain !== period.grain ? 'periodGrain' : 'calendar',
          ],
          value: label,
        },
      );
  }
  return period;
}
