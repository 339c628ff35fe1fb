import { Decimal } from '../_lib/decimal';
import type { StatementLine } from './StatementLine';

/**
 * True for a statement line that pays nothing because its rate is none or 0 %: a row of a rate
 * table with no rate (`rate.kind === 'none'`), a 0 % rate, or tier slices all at 0 % (volume below
 * the first paying tier). A line that pays nothing for another reason — a cap, a gate, a clawback
 * netting to zero — is not one: it explains why the payee's figure moved. Use it to leave the
 * commission-free lines out of a rendered statement (`statement.lines.filter((l) => !isZeroRateLine(l))`);
 * the statement itself keeps every line, so its totals are unchanged.
 *
 * @param line - a line of a statement
 * @returns whether the line pays nothing because its rate is none or 0 %
 * @example
 * ```ts
 * import { computeStatements, isZeroRateLine } from 'crm-rules/commission';
 *
 * const percent = (value: string) => ({ kind: 'flat' as const, rate: { kind: 'percent' as const, value } });
 * const [statement] = computeStatements({
 *   period: '2026-03',
 *   plans: [{
 *     id: 'am', version: 1, name: 'Account managers', effectiveFrom: '2026-01-01', currency: 'USD',
 *     crediting: { base: 'invoiced' },
 *     components: [
 *       { id: 'base', name: 'Base', calculation: percent('0.04') },
 *       { id: 'launch', name: 'Launch bonus', calculation: percent('0') },
 *     ],
 *   }],
 *   assignments: [{ payeeId: 'AM-1', planId: 'am', effectiveFrom: '2026-01-01', currency: 'USD' }],
 *   invoices: [{
 *     id: 'I-1', customerId: 'C-1', ownerId: 'AM-1', issueDate: '2026-03-02', dueDate: '2026-04-01',
 *     currency: 'USD', total: '500.00', lines: [{ lineId: 'L-1', amount: '500.00' }],
 *   }],
 * });
 * statement?.lines.map((line) => [line.component, isZeroRateLine(line)]);
 * //=> [['base', false], ['launch', true]]
 * ```
 */
export function isZeroRateLine(line: StatementLine): boolean {
  const zero = (value: string | null) => value !== null && new Decimal(value).isZero();
  const { rate, slices } = line;
  if (!zero(line.amount)) return false;
  if (rate?.kind === 'none') return true;
  if (rate?.kind === 'percent') return zero(rate.value);
  return slices !== null && slices.length > 0 && slices.every((slice) => zero(slice.rate));
}
