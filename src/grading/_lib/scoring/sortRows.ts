import { CrmRulesError } from '../../../errors';
import type { TraceStep } from '../../../explain';
import type { CustomerFacts } from '../../facts/gradingFacts';

/** Internal: fact rows by customer id, and where each sits in the input. */
export interface SortedRows {
  readonly rows: readonly CustomerFacts[];
  /** The input index of each row, or `null` when the input was already in order. */
  readonly indexes: Int32Array | null;
}

/** Internal: fact rows by customer id, with their input index; a customer twice is an error. */
export function sortRows(rows: readonly CustomerFacts[]): SortedRows {
  if (!Array.isArray(rows))
    throw new CrmRulesError('INVALID_INPUT', 'expected a list of { customerId, facts }', {
      path: ['rows'],
      value: rows,
    });
  let inOrder = true;
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index];
    if (typeof row !== 'object' || row === null || typeof row.customerId !== 'string')
      throw new CrmRulesError('INVALID_INPUT', 'expected { customerId, facts }', {
        path: ['rows', index],
        value: row,
      });
    if (index > 0 && (rows[index - 1] as CustomerFacts).customerId > row.customerId)
      inOrder = false;
  }
  // Most callers pass gradingFacts' rows, already in order: no copy then.
  let sorted = rows;
  let indexes: Int32Array | null = null;
  if (!inOrder) {
    const order = rows.map((_, index) => index);
    const idOf = (index: number) => (rows[index] as CustomerFacts).customerId;
    order.sort((a, b) => (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0));
    sorted = order.map((index) => rows[index] as CustomerFacts);
    indexes = Int32Array.from(order);
  }
  for (let i = 1; i < sorted.length; i += 1)
    if ((sorted[i - 1] as CustomerFacts).customerId === (sorted[i] as CustomerFacts).customerId)
      throw new CrmRulesError('INVALID_INPUT', 'this customer is graded twice', {
        path: ['rows', indexes === null ? i : (indexes[i] as number), 'customerId'],
        value: (sorted[i] as CustomerFacts).customerId,
      });
  return { rows: sorted, indexes };
}

/** Internal: freezes a step shared by many results. */
export function freezeStep(step: TraceStep): TraceStep {
  Object.freeze(step.params);
  return Object.freeze(step);
}
