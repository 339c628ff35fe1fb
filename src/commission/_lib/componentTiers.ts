import { CrmRulesError } from '../../errors';
import type { CompiledComponent } from './compilePlan';
import { mul, parseNum } from './num';
import type { PayeeRun } from './PayeeRun';
import { type TierNum, tierNums } from './tiers';

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
