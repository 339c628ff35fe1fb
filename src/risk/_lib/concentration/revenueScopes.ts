import { Decimal } from '../../../money';
import { decimalOfUnits } from '../../../money/decimalWords';
import type { ConcentrationFigures } from '../../ConcentrationReport';
import { addTo } from '../exposure/addTo';
import { type ConcentrationSums, concentrationOf } from './concentrationOf';
import { concentrationOfUnits } from './concentrationOfUnits';
import type { RevenueColumns } from './readRevenueRows';

const LIMIT = Number.MAX_SAFE_INTEGER;

/** One scope's concentration: its figures and exact sums. */
export type ScopeConcentration = { figures: ConcentrationFigures; sums: ConcentrationSums };

/** The concentration of the company and of each manager's book (its distinct customers). */
export interface RevenueScopes {
  readonly company: ScopeConcentration;
  readonly managers: Map<string, { own: ScopeConcentration; customerCount: number }>;
}

/**
 * The revenue of the company and of each manager's book from the rows' columns, in whole units
 * (float additions, exact while every sum stays below 2^53: a sum past it could only round
 * further out, so checking the result is enough); `undefined` when a row's amount is not whole
 * units or a sum outgrows 2^53 − 1 ({@link decimalScopes} then does it with decimals).
 */
function unitScopes(
  columns: RevenueColumns,
  scope: { topN: number; currency: string; places: number },
): RevenueScopes | undefined {
  if (columns.texts.size > 0) return undefined;
  const { customer, manager, units, customerIds, managerIds } = columns;
  const n = units.length;
  const revenue = new Float64Array(customerIds.length);
  // Rows by manager (a counting sort), for the books.
  const starts = new Int32Array(managerIds.length + 1);
  for (let r = 0; r < n; r += 1) {
    const c = customer[r] as number;
    const sum = (revenue[c] as number) + (units[r] as number);
    if (sum > LIMIT || sum < -LIMIT) return undefined;
    revenue[c] = sum;
    const at = (manager[r] as number) + 1;
    starts[at] = (starts[at] as number) + 1;
  }
  for (let m = 1; m < starts.length; m += 1)
    starts[m] = (starts[m] as number) + (starts[m - 1] as number);
  const byManager = new Int32Array(n);
  const next = starts.slice(0, managerIds.length);
  for (let r = 0; r < n; r += 1) {
    const m = manager[r] as number;
    const at = next[m] as number;
    byManager[at] = r;
    next[m] = at + 1;
  }
  const allSlots = Array.from(customerIds, (_, slot) => slot);
  const company = concentrationOfUnits(allSlots, revenue, customerIds, scope);
  if (company === undefined) return undefined;
  const managers: RevenueScopes['managers'] = new Map();
  const book = new Float64Array(customerIds.length);
  const inBook = new Uint8Array(customerIds.length);
  for (let m = 0; m < managerIds.length; m += 1) {
    const slots: number[] = [];
    for (let at = starts[m] as number; at < (starts[m + 1] as number); at += 1) {
      const r = byManager[at] as number;
      const c = customer[r] as number;
      if (inBook[c] === 0) {
        inBook[c] = 1;
        slots.push(c);
      }
      book[c] = (book[c] as number) + (units[r] as number);
    }
    const own = concentrationOfUnits(slots, book, customerIds, scope);
    for (const c of slots) {
      inBook[c] = 0;
      book[c] = 0;
    }
    if (own === undefined) return undefined;
    managers.set(managerIds[m] as string, { own, customerCount: slots.length });
  }
  return { company, managers };
}

/** The same scopes with decimal sums: for amounts finer than the minor unit or huge sums. */
function decimalScopes(columns: RevenueColumns, topN: number, currency: string, places: number) {
  const byCustomer = new Map<string, Decimal>();
  const byManager = new Map<string, Map<string, Decimal>>();
  columns.units.forEach((units, r) => {
    const text = columns.texts.get(r);
    const amount = text === undefined ? decimalOfUnits(units, places) : new Decimal(text);
    const customerId = columns.customerIds[columns.customer[r] as number] as string;
    const managerId = columns.managerIds[columns.manager[r] as number] as string;
    addTo(byCustomer, customerId, amount);
    const book = byManager.get(managerId) ?? new Map<string, Decimal>();
    addTo(book, customerId, amount);
    byManager.set(managerId, book);
  });
  const managers: RevenueScopes['managers'] = new Map();
  for (const [managerId, book] of byManager)
    managers.set(managerId, {
      own: concentrationOf(book, topN, currency),
      customerCount: book.size,
    });
  return { company: concentrationOf(byCustomer, topN, currency), managers };
}

/**
 * The concentration of the company and of each manager's book: whole minor units on integers,
 * anything else with decimals — the same figures either way.
 */
export function revenueScopes(
  columns: RevenueColumns,
  scope: { topN: number; currency: string; places: number },
): RevenueScopes {
  return (
    unitScopes(columns, scope) ?? decimalScopes(columns, scope.topN, scope.currency, scope.places)
  );
}
