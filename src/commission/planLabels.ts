import { attempt, type SafeResult } from '../errors';
import type { Labels, LocalizedLabel } from '../explain';
import { parseCommissionPlan } from './parseCommissionPlan';

/**
 * The labels per locale of a commission plan's components, for `renderTrace(line.trace, {
 * locale, catalog: commissionCatalog, labels })`: `{ component: { [id]: label } }`, only for
 * components that have a `label`. A trace shows a component without one by its id.
 *
 * @param plan - a commission plan (parsed as {@link parseCommissionPlan} does)
 * @returns the labels
 * @throws CrmRulesError as {@link parseCommissionPlan}
 * @example
 * ```ts
 * planLabels({
 *   id: 'p', version: 1, name: 'P', effectiveFrom: '2026-01-01', currency: 'USD', crediting: { base: 'booked' },
 *   components: [{ id: 'base', name: 'Base', label: { 'zh-CN': '基本提成' },
 *     calculation: { kind: 'flat', rate: { kind: 'rate', value: '0.04' } } }],
 * });
 * //=> { component: { base: { 'zh-CN': '基本提成' } } }
 * ```
 */
export function planLabels(plan: unknown): Labels {
  const component: Record<string, LocalizedLabel> = {};
  for (const { id, label } of parseCommissionPlan(plan).components)
    if (label !== undefined) component[id] = label;
  return { component };
}

/**
 * Like {@link planLabels}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safePlanLabels(null).success;
 * //=> false
 * ```
 */
export function safePlanLabels(plan: unknown): SafeResult<Labels> {
  return attempt(() => planLabels(plan));
}
