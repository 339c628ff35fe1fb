import { CrmRulesError } from '../../../errors';
import type { GradeRecord } from '../../policy/GradeRecord';

/**
 * Internal: checks grade history and groups it by customer, oldest period first.
 *
 * @throws CrmRulesError `INVALID_INPUT` at `['history', index, field]` for a malformed record,
 * a period not before `period`, or two records of one customer and period
 */
export function groupHistory(
  history: Iterable<GradeRecord>,
  period: string,
): Map<string, GradeRecord[]> {
  const byCustomer = new Map<string, GradeRecord[]>();
  let index = 0;
  for (const record of history) {
    const path = ['history', index];
    if (typeof record !== 'object' || record === null)
      throw new CrmRulesError('INVALID_INPUT', 'expected a grade record', { path, value: record });
    for (const field of ['customerId', 'period', 'grade', 'computed'] as const) {
      const value = record[field];
      if (typeof value !== 'string' || value === '')
        throw new CrmRulesError('INVALID_INPUT', `expected ${field} as a non-empty string`, {
          path: [...path, field],
          value,
        });
    }
    if (record.period >= period)
      throw new CrmRulesError('INVALID_INPUT', `history must be earlier than ${period}`, {
        path: [...path, 'period'],
        value: record.period,
      });
    const list = byCustomer.get(record.customerId) ?? [];
    if (list.some((other) => other.period === record.period))
      throw new CrmRulesError('INVALID_INPUT', 'two grades for one customer and period', {
        path: [...path, 'period'],
        value: record.period,
      });
    list.push(record);
    byCustomer.set(record.customerId, list);
    index += 1;
  }
  for (const list of byCustomer.values()) list.sort((a, b) => (a.period < b.period ? -1 : 1));
  return byCustomer;
}
