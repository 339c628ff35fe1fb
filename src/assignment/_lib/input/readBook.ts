import * as z from 'zod';
import { CrmRulesError, parseWith } from '../../../errors';
import { EntityId } from '../../../model';
import { Decimal, minorUnits } from '../../../money';
import { type AssignmentCustomer, AssignmentManager } from '../../AssignmentBook';
import { readCustomer, readOwner } from './quickRows';

/** The book's outline; the rows are read one by one (see `quickRows`). */
const Outline = z.strictObject({
  customers: z.array(z.unknown()),
  managers: z.array(AssignmentManager),
  current: z.array(z.unknown()).default([]),
});
const Owner = z.strictObject({ customerId: EntityId, managerId: EntityId });

/** Internal: a customer as the engine holds it, with its value in whole minor units. */
export interface BookCustomer {
  readonly spec: AssignmentCustomer;
  readonly value: number;
  /** The index of the current owner in the sorted managers, -1 for none, -2 for an unknown id. */
  readonly owner: number;
  readonly ownerId: string | null;
}

/** Internal: the parsed book, customers and managers sorted by id. */
export interface Book {
  readonly customers: readonly BookCustomer[];
  readonly managers: readonly AssignmentManager[];
  readonly scale: number;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Internal: parses the book, refuses duplicate ids (`INVALID_INPUT` at the second one) and values
 * in another currency (`CURRENCY_MISMATCH`) or finer than the currency's minor unit
 * (`INVALID_AMOUNT`), and sorts customers and managers by id — so the result never depends on
 * input order. Values are whole minor units, exact up to 2^53 in total (`LIMIT_EXCEEDED` past it).
 */
export function readBook(input: unknown, currency: string): Book {
  const outline = parseWith(Outline, input, { path: ['book'] });
  const book = {
    managers: outline.managers,
    customers: outline.customers.map((row, i) => readCustomer(row, ['book', 'customers', i])),
    current: outline.current.map((row, i) => readOwner(row, ['book', 'current', i], Owner)),
  };
  firstDuplicate(
    book.managers.map((m) => m.id),
    'managers',
    'id',
  );
  firstDuplicate(
    book.customers.map((c) => c.id),
    'customers',
    'id',
  );
  firstDuplicate(
    book.current.map((c) => c.customerId),
    'current',
    'customerId',
  );
  const managers = [...book.managers].sort(byId);
  const index = new Map(managers.map((m, i) => [m.id, i] as const));
  const owners = new Map(book.current.map((row) => [row.customerId, row.managerId] as const));
  const scale = 10 ** minorUnits(currency);
  let total = 0;
  const customers = book.customers.map((spec, i): BookCustomer => {
    const value = minor(spec, scale, currency, i);
    total += value;
    if (!Number.isSafeInteger(total))
      throw new CrmRulesError('LIMIT_EXCEEDED', 'the total customer value is too large', {
        path: ['book', 'customers', i, 'value'],
        value: spec.value,
      });
    const ownerId = owners.get(spec.id) ?? null;
    const owner = ownerId === null ? -1 : (index.get(ownerId) ?? -2);
    return { spec, value, owner, ownerId };
  });
  customers.sort((a, b) => byId(a.spec, b.spec));
  return { customers, managers, scale };
}

/** A plain non-negative amount: whole part, optional fraction (exact as integers below 2^53). */
const WHOLE_OR_CENTS = /^\+?(\d+)(?:\.(\d+))?$/;

function minor(spec: AssignmentCustomer, scale: number, currency: string, i: number): number {
  if (spec.value === undefined) return 0;
  const path = ['book', 'customers', i, 'value'];
  if (spec.value.currency !== currency)
    throw new CrmRulesError('CURRENCY_MISMATCH', `customer values are in ${currency}`, {
      path: [...path, 'currency'],
      value: spec.value.currency,
    });
  // Up to 12 characters: the whole part times the scale stays far below 2^53, exactly.
  const quick = spec.value.amount.length <= 12 ? WHOLE_OR_CENTS.exec(spec.value.amount) : null;
  const digits = Math.round(Math.log10(scale));
  if (quick !== null && (quick[2]?.length ?? 0) <= digits)
    return Number(quick[1]) * scale + Number((quick[2] ?? '').padEnd(digits, '0') || 0);
  const units = new Decimal(spec.value.amount).times(scale);
  if (!units.isInteger() || units.isNegative())
    throw new CrmRulesError(
      'INVALID_AMOUNT',
      `expected a value ≥ 0 in whole ${currency} minor units`,
      {
        path: [...path, 'amount'],
        value: spec.value.amount,
      },
    );
  return units.toNumber();
}

function firstDuplicate(ids: readonly string[], list: string, field: string): void {
  const seen = new Map<string, number>();
  ids.forEach((id, i) => {
    const first = seen.get(id);
    if (first !== undefined)
      throw new CrmRulesError('INVALID_INPUT', `duplicate ${field} (first at ${list}[${first}])`, {
        path: ['book', list, i, field],
        value: id,
      });
    seen.set(id, i);
  });
}
