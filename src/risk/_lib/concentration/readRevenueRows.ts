import { CrmRulesError, parseWith } from '../../../errors';
import { fastUnits } from '../../../money/_lib/scaled/parseUnits';
import { RevenueRow } from '../../RevenueRow';
import { plainId, plainRecord } from '../input/plainInput';

const FIELDS: ReadonlySet<string> = new Set(['customerId', 'managerId', 'amount']);

/**
 * Revenue rows read into columns: per row its customer's and manager's slot (ids in first-seen
 * order) and its amount in whole units of 10^−`places`, `NaN` where the amount is not whole (or
 * longer than 15 digits) — its text is then in `texts`.
 */
export interface RevenueColumns {
  readonly customerIds: string[];
  readonly managerIds: string[];
  readonly customer: number[];
  readonly manager: number[];
  readonly units: number[];
  readonly texts: Map<number, string>;
}

/**
 * `raw` when it is surely a valid {@link RevenueRow} as it stands, its amount aside — a plain
 * object with exactly the three fields, plain ids and a string amount — else `undefined` (the
 * schema then decides, with its own error for a bad row).
 */
function wellFormed(raw: unknown): RevenueRow | undefined {
  const row = plainRecord(raw, FIELDS, 3);
  if (row === undefined || Object.keys(row).length !== 3) return undefined;
  const { customerId, managerId, amount } = row;
  if (!plainId(customerId) || !plainId(managerId) || typeof amount !== 'string') return undefined;
  return { customerId, managerId, amount };
}

function slotOf(slots: Map<string, number>, ids: string[], id: string): number {
  const found = slots.get(id);
  if (found !== undefined) return found;
  slots.set(id, ids.length);
  ids.push(id);
  return ids.length - 1;
}

/**
 * Reads revenue rows (untrusted) into columns: the common, well-formed row by a hand check, any
 * other through the `RevenueRow` schema, so a bad row fails with the schema's error at
 * `['rows', index, …]`.
 *
 * @throws CrmRulesError `INVALID_INPUT` (not an iterable; a bad row)
 */
export function readRevenueRows(rows: Iterable<unknown>, places: number): RevenueColumns {
  if (typeof (rows as { [Symbol.iterator]?: unknown })?.[Symbol.iterator] !== 'function')
    throw new CrmRulesError('INVALID_INPUT', 'expected an iterable of revenue rows', {
      path: ['rows'],
      value: rows,
    });
  const customers = new Map<string, number>();
  const managers = new Map<string, number>();
  const columns: RevenueColumns = {
    customerIds: [],
    managerIds: [],
    customer: [],
    manager: [],
    units: [],
    texts: new Map(),
  };
  let index = 0;
  for (const raw of rows) {
    // A string of at most 15 digits and `places` decimals that fastUnits reads is a valid
    // DecimalString; anything else — a bad row, or a valid but unusual one — goes to the schema.
    const plain = wellFormed(raw);
    let units = plain === undefined ? Number.NaN : fastUnits(plain.amount, places);
    let row = plain as RevenueRow;
    if (Number.isNaN(units)) {
      row = parseWith(RevenueRow, raw, { path: ['rows', index] });
      units = fastUnits(row.amount, places);
      if (Number.isNaN(units)) columns.texts.set(index, row.amount);
    }
    columns.customer.push(slotOf(customers, columns.customerIds, row.customerId));
    columns.manager.push(slotOf(managers, columns.managerIds, row.managerId));
    columns.units.push(units);
    index += 1;
  }
  return columns;
}
