import { attempt, type ErrorPath, parseWith, type SafeResult } from '../errors';
import { requirePath } from '../errors/_lib/argumentGuards';
import { checkJsonBounds } from '../errors/_lib/checkJsonBounds';
import { parsePlanCondition, planConditions } from './_lib/plan/planConditions';
import { CommissionPlan } from './model/CommissionPlan';

/**
 * Validates one plan version: its shape (see {@link CommissionPlan}), its tier tables and bands
 * (`INVALID_TIERS` at the tier's path), the currency of every amount, and every condition against
 * {@link LINE_FACTS}.
 *
 * @param input - the plan version as JSON, untrusted
 * @param path - where the plan sits in the caller's input (prefixes every error path)
 * @returns the plan with its defaults filled in
 * @throws CrmRulesError `INVALID_INPUT`, `INVALID_TIERS`, `INVALID_AMOUNT`, `CURRENCY_MISMATCH`,
 * `INVALID_DATE`, `INVALID_DATE_RANGE`, and the condition codes `INVALID_RULE`, `UNKNOWN_FACT`,
 * `FACT_TYPE_MISMATCH`, `UNSAFE_KEY` — each with the path into `input`
 * @example
 * ```ts
 * parseCommissionPlan({
 *   id: 'p', version: 1, name: 'P', effectiveFrom: '2026-01-01', currency: 'USD', crediting: { base: 'booked' },
 *   components: [{ id: 'c', name: 'C', calculation: { kind: 'tiers', mode: 'marginal', measure: 'line',
 *     tiers: [{ from: '0', to: '100', rate: '0.04' }, { from: '90', to: null, rate: '0.06' }] } }],
 * });
 * //=> throws CrmRulesError INVALID_TIERS at ['components', 0, 'calculation', 'tiers', 1, 'from']
 * ```
 */
export function parseCommissionPlan(input: unknown, path: ErrorPath = []): CommissionPlan {
  requirePath(path);
  checkJsonBounds(input, path);
  const plan = parseWith(CommissionPlan, input, { path });
  for (const [at, json] of planConditions(plan))
    parsePlanCondition(json, plan.currency, [...path, ...at]);
  return plan;
}

/**
 * Like {@link parseCommissionPlan}, but returns `{ success, data | error }` instead of throwing.
 *
 * @param input - the plan version as JSON, untrusted
 * @param path - where the plan sits in the caller's input
 * @returns the plan or the {@link index!CrmRulesError}
 * @example
 * ```ts
 * safeParseCommissionPlan({ id: 'p' }).success;
 * //=> false
 * ```
 */
export function safeParseCommissionPlan(
  input: unknown,
  path: ErrorPath = [],
): SafeResult<CommissionPlan> {
  return attempt(() => parseCommissionPlan(input, path));
}
