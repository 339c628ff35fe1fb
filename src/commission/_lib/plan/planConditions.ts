import { CrmRulesError, type ErrorPath } from '../../../errors';
import { type ParsedCondition, parseCondition } from '../../../rules';
import { LINE_FACTS } from '../../lineFacts';
import type { CommissionPlan } from '../../model/CommissionPlan';

/** Internal: every condition of a plan with its path, for checking and compiling. */
export function planConditions(plan: CommissionPlan): Array<[ErrorPath, unknown]> {
  const found: Array<[ErrorPath, unknown]> = [];
  plan.components.forEach((component, i) => {
    if (component.eligibility !== undefined)
      found.push([['components', i, 'eligibility'], component.eligibility]);
    const calc = component.calculation;
    if (calc.kind === 'rate-table')
      calc.rows.forEach((row, j) => {
        found.push([['components', i, 'calculation', 'rows', j, 'when'], row.when]);
      });
  });
  plan.spiffs.forEach((spiff, i) => {
    found.push([['spiffs', i, 'when'], spiff.when]);
  });
  return found;
}

/** Internal: parses one plan condition against LINE_FACTS, money in the plan currency. */
export function parsePlanCondition(
  json: unknown,
  currency: string,
  path: ErrorPath,
): ParsedCondition {
  const condition = parseCondition(json, LINE_FACTS, { path });
  for (const fact of condition.facts)
    if (fact.currency !== null && fact.currency !== currency)
      throw new CrmRulesError(
        'CURRENCY_MISMATCH',
        `${fact.name} is compared in ${fact.currency}; plan conditions compare money in the plan currency ${currency}`,
        { path, value: fact.currency },
      );
  return condition;
}
