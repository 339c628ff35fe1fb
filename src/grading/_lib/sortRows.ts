import { CrmRulesError } from '../../errors';
import type { TraceStep } from '../../explain';
import type { CustomerFacts } from '../facts/gradingFacts';

/** Internal: fact rows by customer id, with their input index; a customer twice is an error. */
export function sortRows(
  rows: readonly CustomerFacts[],
): Array<{ row: CustomerFacts; index: number }> {
  if (!Array.isArray(rows))
    throw new CrmRulesError('INVALID_INPUT', 'expected a list of { customerId, facts }', {
      path: ['rows'],
      value: rows,
    });
  const indexed = rows.map((row, index) => {
    if (typeof row !== 'object' || row === null || typeof row.customerId !== 'string')
      throw new CrmRulesError('INVALID_INPUT', 'expected { customerId, facts }', {
        path: ['rows', index],
        value: row,
      });
    return { row, index };
  });
  const inOrder = indexed.every(
    (entry, i) =>
      i === 0 || (indexed[i - 1] as typeof entry).row.customerId <= entry.row.customerId,
  );
  if (!inOrder)
    indexed.sort((a, b) =>
      a.row.customerId < b.row.customerId ? -1 : a.row.customerId > b.row.customerId ? 1 : 0,
    );
  indexed.forEach((entry, i) => {
    if (i > 0 && (indexed[i - 1] as typeof entry).row.customerId === entry.row.customerId)
      throw new CrmRulesError('INVALID_INPUT', 'this customer is graded twice', {
        path: ['rows', entry.index, 'customerId'],
        value: entry.row.customerId,
      });
  });
  return indexed;
}

/** Internal: freezes a step shared by many results. */
export function freezeStep(step: TraceStep): TraceStep {
  Object.freeze(step.params);
  return Object.freeze(step);
}
