import { Decimal } from '../_lib/decimal';
import { attempt, CrmRulesError, type SafeResult } from '../errors';
import { requireObject } from '../errors/_lib/argumentGuards';
import type { StatementLine } from './model/StatementLine';

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
 * @throws CrmRulesError `INVALID_INPUT` (path `['line', …]`) for a value that is not a statement
 * line (no decimal `amount`, a `rate` or `slices` of the wrong shape)
 * @example
 * ```ts
 * import { computeStatements, isZeroRateLine } from 'crm-rules/commission';
 *
 * const percent = (value: string) => ({ kind: 'flat' as const, rate: { kind: 'rate' as const, value } });
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
  requireObject(line, 'line');
  const { rate, slices } = line;
  if (!isZero(line.amount, ['line', 'amount'])) return false;
  if (rate !== null && (typeof rate !== 'object' || rate === undefined))
    throw notALine(['line', 'rate'], rate);
  if (rate?.kind === 'none') return true;
  if (rate?.kind === 'rate') return isZero(rate.value, ['line', 'rate', 'value']);
  if (slices === null) return false;
  if (!Array.isArray(slices)) throw notALine(['line', 'slices'], slices);
  return (
    slices.length > 0 &&
    slices.every((slice, i) =>
      isZero((slice as { rate?: unknown } | null)?.rate, ['line', 'slices', i, 'rate']),
    )
  );
}

/** Whether a decimal string of a line is zero; `null` is not; anything else is refused. */
function isZero(value: unknown, path: (string | number)[]): boolean {
  if (value === null) return false;
  if (typeof value !== 'string' || !/^[+-]?\d+(\.\d+)?$/.test(value)) throw notALine(path, value);
  return new Decimal(value).isZero();
}

function notALine(path: (string | number)[], value: unknown): CrmRulesError {
  return new CrmRulesError('INVALID_INPUT', 'expected a line of a statement', { path, value });
}

/**
 * Like {@link isZeroRateLine}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeIsZeroRateLine(null).success;
 * //=> false
 * ```
 */
export function safeIsZeroRateLine(line: StatementLine): SafeResult<boolean> {
  return attempt(() => isZeroRateLine(line));
}
