import { CrmRulesError } from '../../../errors';
import { mul } from '../../../money/_lib/scaled/Fixed';
import { parseNum } from '../exact/num';
import type { PayeeRun } from '../payee/PayeeRun';
import type { CompiledComponent } from '../plan/compilePlan';
import { type TierNum, tierNums } from '../pricing/TierNum';

/**
 * Internal: a component's tiers as amounts — as written, or, for the `attainment` measure, the
 * percentage bounds times the payee's period quota.
 */
export function componentTiers(run: PayeeRun, component: CompiledComponent): readonly TierNum[] {
  const tiers = component.tiers;
  if (tiers === null) return [];
  if (tiers.nums !== null) return tiers.nums;
  const cached = run.tierCache.get(component);
  if (cached !== undefined) return cached;
  if (run.quota === null)
    throw new CrmRulesError(
      'INVALID_INPUT',
      `component ${component.def.id} measures attainment: the assignment needs a quota for ${run.ctx.period.label}`,
      {
        path: ['assignments', run.assignment.index, 'quota'],
        value: undefined,
      },
    );
  const nums: TierNum[] = tierNums(
    tiers.raw,
    run.ctx.arithmetic,
    mul(run.quota, parseNum('0.01', run.ctx.arithmetic)),
  );
  run.tierCache.set(component, nums);
  return nums;
}
