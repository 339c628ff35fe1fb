import type { CommissionInput } from './CommissionInput';

/**
 * A closed period to recompute (see `ClosePeriodOptions.recalculate`): its corrected input
 * and the statements it closed with, as `closePeriod` returned them (or their JSON, read
 * back from where they were stored).
 *
 * @example
 * ```ts
 * const invoice = { id: 'INV-1', customerId: 'C-1', ownerId: 'AM-7', issueDate: '2026-01-05', dueDate: '2026-02-04', currency: 'USD', total: '1000.00' };
 * const january = {
 *   period: '2026-01',
 *   plans: [{ id: 'p', version: 1, name: 'Plan', effectiveFrom: '2026-01-01', currency: 'USD',
 *     crediting: { base: 'invoiced' },
 *     components: [{ id: 'base', name: 'Base', calculation: { kind: 'flat', rate: { kind: 'rate', value: '0.04' } } }] }],
 *   assignments: [{ payeeId: 'AM-7', planId: 'p', effectiveFrom: '2026-01-01', currency: 'USD' }],
 *   invoices: [invoice],
 * };
 * const jan = closePeriod(emptyCommissionState(), january);
 * // January closed, then its invoice was corrected to 1,200: February pays the difference.
 * const corrected = { ...january, invoices: [{ ...invoice, total: '1200.00' }] };
 * const feb = closePeriod(jan.state, { ...january, period: '2026-02', invoices: [] }, {
 *   recalculate: [{ input: corrected, closed: jan.statements }],
 * });
 * feb.statements[0]?.totals.payable;
 * //=> '8.00'
 * ```
 */
export interface Recalculation {
  /** The closed period's full input, with the corrected data or plan versions. */
  readonly input: CommissionInput;
  /** Every statement the period closed with (checked against the totals the state kept). */
  readonly closed: readonly unknown[];
}
